import type { Permission, RoleId, ScopeLevel } from '../../domain/permissions.ts';
import type { Label } from './auth.api.ts';
import { request } from './client.ts';

/** One user as the users list shows them. */
export interface UserSummary {
  id: string;
  username: string;
  fullName: string;
  email?: string | null;
  role: RoleId;
  officeId: string;
  officeName?: string;
  office?: { id: string; name: string };
  scopeLevel: ScopeLevel;
  disabled: boolean;
  totpEnabled?: boolean;
  mustChangePassword?: boolean;
  lockedUntil?: string | null;
  createdAt?: string;
}

/** One role with what it may do, from GET /api/roles. */
export interface RoleInfo {
  id: RoleId;
  label: Label;
  labels?: { id: string; en: string };
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

/** A user with the temporary password the server generated, shown once. */
export interface UserWithTemporaryPassword {
  user: UserSummary;
  temporaryPassword?: string;
}

function unwrapList<T>(answer: T[] | { items: T[] } | Record<string, T[]>, key: string): T[] {
  if (Array.isArray(answer)) return answer;
  const value = (answer as Record<string, T[]>)[key] ?? (answer as { items?: T[] }).items;
  return value ?? [];
}

/** Lists users, optionally of one office or role. */
export async function listUsers(filter: {
  officeId?: string;
  role?: string;
}): Promise<UserSummary[]> {
  const answer = await request<UserSummary[] | { items: UserSummary[] }>('GET', '/users', {
    query: filter,
  });
  return unwrapList(answer, 'users');
}

/** Creates a user; without a password the server returns a temporary one. */
export function createUser(input: CreateUserInput): Promise<UserWithTemporaryPassword> {
  return request('POST', '/users', { body: input });
}

/** Updates role, office, scope or the disabled flag. */
export function updateUser(id: string, input: UpdateUserInput): Promise<unknown> {
  return request('PATCH', `/users/${encodeURIComponent(id)}`, { body: input });
}

/** Resets a password: the answer carries a temporary password, shown once. */
export function resetPassword(id: string): Promise<{ temporaryPassword: string }> {
  return request('POST', `/users/${encodeURIComponent(id)}/reset-password`, { body: {} });
}

/** Lists the roles with their permissions. */
export async function listRoles(): Promise<RoleInfo[]> {
  const answer = await request<RoleInfo[] | { items: RoleInfo[] }>('GET', '/roles');
  return unwrapList(answer, 'roles');
}
