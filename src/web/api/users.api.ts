import type { Permission, RoleId, ScopeLevel } from '../../domain/permissions.ts';
import type { OfficeKind } from './auth.api.ts';
import { request } from './client.ts';

/** A label in both languages. */
export interface BilingualLabel {
  id: string;
  en: string;
}

/** One user as administration sees them. */
export interface UserSummary {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: RoleId;
  roleLabel: BilingualLabel;
  office: { id: string; code: string; name: string; kind: OfficeKind };
  scopeLevel: ScopeLevel;
  disabled: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One role with what it may do, from GET /api/roles. */
export interface RoleInfo {
  id: RoleId;
  label: BilingualLabel;
  permissions: Permission[];
  defaultScope: ScopeLevel;
  requiresTotp: boolean;
}

/** Input of the create-user dialog. */
export interface CreateUserInput {
  username: string;
  fullName: string;
  email?: string;
  officeId: string;
  role: string;
  scopeLevel?: ScopeLevel;
}

/** Changes an administrator may make to a user. */
export interface UpdateUserInput {
  role?: string;
  officeId?: string;
  disabled?: boolean;
  scopeLevel?: ScopeLevel;
}

/** A created user with the temporary password the server generated, shown once. */
export interface CreatedUser {
  user: UserSummary;
  temporaryPassword: string | null;
}

/** Lists users the caller may see, optionally of one office or role. */
export async function listUsers(filter: {
  officeId?: string;
  role?: string;
}): Promise<UserSummary[]> {
  const answer = await request<{ users: UserSummary[] }>('GET', '/users', { query: filter });
  return answer.users;
}

/** Creates a user; without a password the server returns a temporary one. */
export function createUser(input: CreateUserInput): Promise<CreatedUser> {
  return request('POST', '/users', { body: input });
}

/** Updates role, office, scope or the disabled flag. */
export function updateUser(id: string, input: UpdateUserInput): Promise<UserSummary> {
  return request('PATCH', `/users/${encodeURIComponent(id)}`, { body: input });
}

/** Resets a password: the answer carries a temporary password, shown once. */
export function resetPassword(
  id: string,
): Promise<{ temporaryPassword: string; sessionsEnded: number }> {
  return request('POST', `/users/${encodeURIComponent(id)}/reset-password`);
}

/** Lists the roles with their permissions. */
export async function listRoles(): Promise<RoleInfo[]> {
  const answer = await request<{ roles: RoleInfo[] }>('GET', '/roles');
  return answer.roles;
}
