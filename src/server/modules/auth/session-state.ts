import {
  isRole,
  permissionsOf,
  ROLE_DEFINITIONS,
  type Permission,
  type RoleId,
} from '../../../domain/permissions.ts';
import type { Actor } from '../../context/actor.ts';
import type { UserWithOffice } from '../users/users.repository.ts';

/**
 * Where a session stands: `complete` acts as the user; `totp` waits for the code of an enrolled
 * user; `enrol` belongs to a user whose role needs TOTP and who has none yet.
 */
export type SessionStage = 'complete' | 'totp' | 'enrol';

/** The session the current request carries, whatever its stage. */
export interface AuthSession {
  /** The stored id (SHA-256 of the cookie token). */
  id: string;
  stage: SessionStage;
  csrfToken: string;
  user: UserWithOffice & { role: RoleId };
  /** When the password was checked: the absolute lifetime counts from here. */
  signedInAt: Date;
}

/** A user whose role is one of the known roles. */
export function hasKnownRole(user: UserWithOffice): user is UserWithOffice & { role: RoleId } {
  return isRole(user.role);
}

/**
 * The stage follows from the user as they are now, not as they were at sign-in: a role that
 * starts to require TOTP sends its sessions to enrolment at once.
 */
export function sessionStage(
  secondFactorDone: boolean,
  user: Pick<UserWithOffice, 'totp_secret'> & { role: RoleId },
): SessionStage {
  if (user.totp_secret !== null) return secondFactorDone ? 'complete' : 'totp';
  return ROLE_DEFINITIONS[user.role].requiresTotp ? 'enrol' : 'complete';
}

/** The actor a fully signed-in user acts as. */
export function actorFromUser(user: UserWithOffice & { role: RoleId }, requestId: string): Actor {
  return {
    userId: user.id,
    username: user.username,
    fullName: user.full_name,
    officeId: user.office_id,
    role: user.role,
    scopeLevel: user.scope_level,
    permissions: permissionsOf(user.role),
    requestId,
    language: user.language,
  };
}

/** What the web app learns about the signed-in user. */
export interface AccountView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: RoleId;
  roleLabel: { id: string; en: string };
  office: { id: string; code: string; name: string; kind: UserWithOffice['office_kind'] };
  permissions: Permission[];
  scopeLevel: UserWithOffice['scope_level'];
  language: 'id' | 'en';
  totpEnabled: boolean;
  mustChangePassword: boolean;
}

/** The answer of sign-in, the TOTP step and GET /auth/session. */
export interface SessionView {
  user: AccountView;
  csrfToken: string;
  secondFactorRequired: boolean;
  totpEnrolmentRequired: boolean;
}

/** Builds the account view of a user. */
export function toAccountView(user: UserWithOffice & { role: RoleId }): AccountView {
  return {
    id: user.id,
    username: user.username,
    fullName: user.full_name,
    email: user.email,
    role: user.role,
    roleLabel: ROLE_DEFINITIONS[user.role].label,
    office: {
      id: user.office_id,
      code: user.office_code,
      name: user.office_name,
      kind: user.office_kind,
    },
    permissions: [...ROLE_DEFINITIONS[user.role].permissions],
    scopeLevel: user.scope_level,
    language: user.language,
    totpEnabled: user.totp_secret !== null,
    mustChangePassword: user.must_change_password,
  };
}

/** Builds the session view for a user at a stage. */
export function toSessionView(
  user: UserWithOffice & { role: RoleId },
  csrfToken: string,
  stage: SessionStage,
): SessionView {
  return {
    user: toAccountView(user),
    csrfToken,
    secondFactorRequired: stage === 'totp',
    totpEnrolmentRequired: stage === 'enrol',
  };
}
