import { ROLE_DEFINITIONS, ROLES, type RoleId } from '../../../domain/permissions.ts';
import type { UserWithOffice } from './users.repository.ts';

/** A user as administration sees it (never the hash or the TOTP secret). */
export interface UserView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: RoleId;
  roleLabel: { id: string; en: string };
  office: { id: string; code: string; name: string; kind: UserWithOffice['office_kind'] };
  scopeLevel: UserWithOffice['scope_level'];
  disabled: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Builds the administration view of a user. */
export function toUserView(user: UserWithOffice & { role: RoleId }, now: Date): UserView {
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
    scopeLevel: user.scope_level,
    disabled: user.disabled,
    totpEnabled: user.totp_secret !== null,
    mustChangePassword: user.must_change_password,
    failedAttempts: user.failed_attempts,
    lockedUntil:
      user.locked_until && user.locked_until > now ? user.locked_until.toISOString() : null,
    createdAt: user.created_at.toISOString(),
    updatedAt: user.updated_at.toISOString(),
  };
}

/** Every role with its labels, permissions, default scope and second-factor rule. */
export function listRoles() {
  return ROLES.map((id) => {
    const d = ROLE_DEFINITIONS[id];
    return {
      id,
      label: d.label,
      permissions: [...d.permissions],
      defaultScope: d.defaultScope,
      requiresTotp: d.requiresTotp,
    };
  });
}
