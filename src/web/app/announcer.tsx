import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

type Tone = 'success' | 'info' | 'danger';

interface AnnouncerValue {
  /** Shows a status message and has screen readers read it out. */
  announce: (message: string, tone?: Tone) => void;
}

const STATUS_VISIBLE_MS = 8000;

const AnnouncerContext = createContext<AnnouncerValue>({ announce: () => undefined });

/** A polite live region for status messages, shown in the corner for a few seconds. */
export function AnnouncerProvider({ children }: { children: ReactNode }): ReactNode {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ text: string; tone: Tone; key: number } | null>(null);
  const announce = useCallback((text: string, tone: Tone = 'success') => {
    setMessage({ text, tone, key: Date.now() });
  }, []);
  const value = useMemo(() => ({ announce }), [announce]);
  useEffect(() => {
    if (!message) return;
    // Long enough to read twice; a stale message on the next page would mislead.
    const timer = window.setTimeout(() => setMessage(null), STATUS_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <AnnouncerContext.Provider value={value}>
      <div className="status-region" role="status" aria-live="polite">
        {message ? (
          <p key={message.key} className={`status status--${message.tone}`}>
            {message.text}
            <button
              type="button"
              className="status__close"
              aria-label={t('common.close')}
              onClick={() => setMessage(null)}
            >
              ×
            </button>
          </p>
        ) : null}
      </div>
      {children}
    </AnnouncerContext.Provider>
  );
}

/** The announcer of the nearest provider. */
export function useAnnouncer(): AnnouncerValue {
  return useContext(AnnouncerContext);
}
