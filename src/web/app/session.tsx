import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import type { Permission } from '../../domain/permissions.ts';
import {
  fetchSession,
  isComplete,
  saveLanguage,
  signOut as callSignOut,
  type SessionInfo,
} from '../api/auth.api.ts';
import { configureClient, type Language } from '../api/client.ts';
import { listNotifications } from '../api/notifications.api.ts';
import { fetchOffice } from '../api/org.api.ts';
import { DEFAULT_TIME_ZONE } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Where the app stands with the server. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  /** Password accepted; the TOTP code or TOTP enrolment is still to come. */
  | { status: 'pending'; info: SessionInfo }
  | { status: 'signed-in'; info: SessionInfo };

interface SessionValue {
  state: SessionState;
  /** The office zone every date is shown in. */
  timeZone: string;
  unreadCount: number;
  /** Reloads the session after sign-in or an account change. */
  refresh: () => Promise<SessionInfo | null>;
  /** Remembers the CSRF token handed out by sign-in before the session is complete. */
  setCsrfToken: (token: string) => void;
  refreshUnread: () => void;
  signOut: () => Promise<void>;
  can: (permission: Permission) => boolean;
}

const SessionContext = createContext<SessionValue | null>(null);
const UNREAD_POLL_MS = 60_000;

/** Loads the session once, wires the API client to it, and keeps the unread count fresh. */
export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const { language, setLanguage } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [timeZone, setTimeZone] = useState(DEFAULT_TIME_ZONE);
  const [unreadCount, setUnreadCount] = useState(0);
  const csrfRef = useRef<string | null>(null);
  const languageRef = useRef(language);
  languageRef.current = language;
  // A language picked on the sign-in page, in this page load: it outlasts the sign-in.
  const chosenSignedOut = useRef<Language | null>(null);
  const shownLanguage = useRef(language);
  const signedOut = state.status === 'anonymous';
  useEffect(() => {
    if (language === shownLanguage.current) return;
    shownLanguage.current = language;
    if (signedOut) chosenSignedOut.current = language;
  }, [language, signedOut]);

  useEffect(() => {
    configureClient({
      language: () => languageRef.current,
      csrfToken: () => csrfRef.current,
      onUnauthenticated: () => {
        csrfRef.current = null;
        setState((previous) =>
          previous.status === 'signed-in' ? { status: 'anonymous', expired: true } : previous,
        );
      },
    });
  }, []);

  const refresh = useCallback(async (): Promise<SessionInfo | null> => {
    const info = await fetchSession().catch(() => null);
    if (!info) {
      csrfRef.current = null;
      setState({ status: 'anonymous', expired: false });
      return null;
    }
    csrfRef.current = info.csrfToken;
    // A language picked on the sign-in page is kept and saved as the user's preference;
    // otherwise the user's saved preference wins over the browser's remembered choice.
    const chosen = chosenSignedOut.current;
    const saved: Language = info.user.language === 'en' ? 'en' : 'id';
    if (chosen && isComplete(info)) {
      chosenSignedOut.current = null;
      shownLanguage.current = chosen;
      setLanguage(chosen);
      if (chosen !== saved) void saveLanguage(chosen).catch(() => undefined);
    } else if (!chosen) {
      shownLanguage.current = saved;
      setLanguage(saved);
    }
    setState(isComplete(info) ? { status: 'signed-in', info } : { status: 'pending', info });
    return info;
  }, [setLanguage]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = state.status === 'signed-in' ? state.info : null;
  const officeId = signedIn?.user.office.id;
  const officeZone = signedIn?.user.office.timeZone;
  const mayReadOffices = signedIn?.user.permissions.includes('office.read') ?? false;
  useEffect(() => {
    if (!officeId) return;
    if (officeZone) {
      setTimeZone(officeZone);
      return;
    }
    if (!mayReadOffices) return;
    let live = true;
    fetchOffice(officeId)
      .then((office) => {
        if (live && office.timeZone) setTimeZone(office.timeZone);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [officeId, officeZone, mayReadOffices]);

  const refreshUnread = useCallback(() => {
    listNotifications()
      .then((list) => setUnreadCount(list.unread))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!signedIn) return;
    refreshUnread();
    const timer = window.setInterval(refreshUnread, UNREAD_POLL_MS);
    return () => window.clearInterval(timer);
  }, [signedIn, refreshUnread]);

  const signOut = useCallback(async () => {
    await callSignOut().catch(() => undefined);
    csrfRef.current = null;
    setUnreadCount(0);
    setState({ status: 'anonymous', expired: false });
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      timeZone,
      unreadCount,
      refresh,
      setCsrfToken: (token) => {
        csrfRef.current = token;
      },
      refreshUnread,
      signOut,
      can: (permission) => signedIn?.user.permissions.includes(permission) ?? false,
    }),
    [state, timeZone, unreadCount, refresh, refreshUnread, signOut, signedIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session and what the signed-in user may do. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** The signed-in session; only for pages rendered behind sign-in. */
export function useSignedIn(): SessionInfo {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedIn outside a signed-in page');
  return state.info;
}
