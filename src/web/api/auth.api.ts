import type { Permission, RoleId, ScopeLevel } from '../../domain/permissions.ts';
import { request, type Language } from './client.ts';

/** The kinds of office the organisation knows. */
export type OfficeKind = 'kanwil' | 'kanim' | 'tpi' | 'partner';

/** A label the server may send as one string or in both languages. */
export type Label = string | { id: string; en: string };

/** The signed-in user as GET /api/auth/session describes them. */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: RoleId;
  roleLabel: Label;
  office: { id: string; code: string; name: string; kind: OfficeKind; timeZone?: string };
  permissions: Permission[];
  scopeLevel: ScopeLevel;
  language: Language;
  totpEnabled: boolean;
  mustChangePassword: boolean;
}

/**
 * The session answer of sign-in, the TOTP step, enrolment and GET /auth/session: the user, the
 * token every state-changing call must echo, and the step still pending, if any.
 */
export interface SessionInfo {
  user: SessionUser;
  csrfToken: string;
  secondFactorRequired: boolean;
  totpEnrolmentRequired: boolean;
}

/** True when the session is complete (no TOTP step or enrolment pending). */
export function isComplete(info: SessionInfo): boolean {
  return !info.secondFactorRequired && !info.totpEnrolmentRequired;
}

/** A TOTP enrolment in progress: the secret as text, its URI and a QR code as SVG markup. */
export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

/** Reads the current session; answers null when nobody is signed in. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await request<SessionInfo>('GET', '/auth/session', { expectUnauthenticated: true });
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 401) return null;
    throw error;
  }
}

/** Signs in with a username and password. */
export function signIn(username: string, password: string): Promise<SessionInfo> {
  return request('POST', '/auth/sign-in', {
    body: { username, password },
    expectUnauthenticated: true,
  });
}

/** Completes sign-in with the current six-digit TOTP code. */
export function verifyTotp(code: string): Promise<SessionInfo> {
  return request('POST', '/auth/totp', { body: { code }, expectUnauthenticated: true });
}

/** Ends the session. */
export function signOut(): Promise<unknown> {
  return request('POST', '/auth/sign-out', { expectUnauthenticated: true });
}

/** Starts TOTP enrolment: the server keeps the secret pending until a code confirms it. */
export function startTotpEnrolment(): Promise<TotpEnrolment> {
  return request('POST', '/account/totp/start', { expectUnauthenticated: true });
}

/** Confirms TOTP enrolment with a code from the authenticator. */
export function confirmTotpEnrolment(code: string): Promise<SessionInfo> {
  return request('POST', '/account/totp/confirm', { body: { code }, expectUnauthenticated: true });
}

/** Changes the password; the server keeps this session and ends the others. */
export function changePassword(
  currentPassword: string,
  newPassword: string,
): Promise<{ sessionsEnded: number }> {
  return request('POST', '/account/password', { body: { currentPassword, newPassword } });
}

/** Saves the preferred language of the signed-in user. */
export function saveLanguage(language: Language): Promise<unknown> {
  return request('PUT', '/account/language', { body: { language } });
}
