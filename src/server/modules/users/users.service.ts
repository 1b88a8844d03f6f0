import type { Kysely } from 'kysely';
import { AppError, type FieldIssue } from '../../../domain/errors.ts';
import {
  isRole,
  ROLE_DEFINITIONS,
  type RoleId,
  type ScopeLevel,
} from '../../../domain/permissions.ts';
import { isSystem, type Actor, type Initiator } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import { checkNewPassword, generateTemporaryPassword } from '../auth/password-policy.ts';
import { deleteUserSessions } from '../auth/session.repository.ts';
import { hasKnownRole } from '../auth/session-state.ts';
import { USERNAME_PATTERN } from './users.schema.ts';
import { isVisibleOffice, userNotFound, visibleUserOffices } from './user-scope.ts';
import { toUserView, type UserView } from './user-view.ts';
import {
  countActiveAdministrators,
  findOfficeById,
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  updateUser,
  type UserChanges,
} from './users.repository.ts';

const SCOPES: readonly ScopeLevel[] = ['office', 'kanwil', 'agreement', 'national'];
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What creating a user needs; the HTTP body, the CLI and the demo seed all pass this. */
export interface CreateUserInput {
  username: string;
  fullName: string;
  email?: string | null;
  officeId: string;
  role: string;
  scopeLevel?: string;
  /** Omit to generate a temporary password that must be changed at first sign-in. */
  password?: string;
}

/** A created user and, when one was generated, its temporary password (shown once). */
export interface CreatedUser {
  user: UserView;
  temporaryPassword: string | null;
}

function issue(path: string, message: string, messageEn: string): FieldIssue {
  return { path, message, messageEn };
}

function validationError(issues: FieldIssue[]): AppError {
  const first = issues[0];
  return new AppError('validation', first?.message ?? 'Masukan tidak valid.', {
    messageEn: first?.messageEn ?? 'Invalid input.',
    issues,
  });
}

function duplicateUsername(username: string): AppError {
  const message = `Nama pengguna ${username} sudah dipakai.`;
  const messageEn = `The username ${username} is taken.`;
  return new AppError('conflict', message, {
    messageEn,
    issues: [issue('username', message, messageEn)],
  });
}

function unknownOffice(): FieldIssue {
  return issue('officeId', 'Kantor tidak dikenal.', 'Unknown office.');
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

function requireManage(initiator: Initiator): void {
  if (!isSystem(initiator) && !initiator.permissions.has('user.manage')) {
    throw new AppError('forbidden', 'Peran Anda tidak memiliki izin user.manage.', {
      messageEn: 'Your role lacks the permission user.manage.',
      permission: 'user.manage',
    });
  }
}

/** Checks every field of a new user at once, so a form shows all its problems together. */
function validateNewUser(input: CreateUserInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    issues.push(
      issue(
        'username',
        'Nama pengguna 3-40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
        'Username: 3-40 characters of lowercase letters, digits, dot, underscore or hyphen.',
      ),
    );
  }
  const fullName = input.fullName.trim();
  if (fullName.length === 0 || fullName.length > 200) {
    issues.push(
      issue(
        'fullName',
        'Nama lengkap wajib diisi (maks. 200).',
        'Full name is required (max 200).',
      ),
    );
  }
  if (input.email && !EMAIL_PATTERN.test(input.email)) {
    issues.push(issue('email', 'Alamat email tidak valid.', 'Invalid email address.'));
  }
  if (!isRole(input.role)) {
    issues.push(
      issue('role', `Peran tidak dikenal: ${input.role}.`, `Unknown role: ${input.role}.`),
    );
  }
  if (input.scopeLevel !== undefined && !(SCOPES as readonly string[]).includes(input.scopeLevel)) {
    issues.push(issue('scopeLevel', 'Cakupan tidak dikenal.', 'Unknown scope level.'));
  }
  if (input.password !== undefined) {
    const problem = checkNewPassword('password', input.password, username);
    if (problem) issues.push(problem);
  }
  return issues;
}

/**
 * Creates a user: validates every field (naming each one at fault), hashes the password or
 * generates a temporary one, and writes the user and its audit row in one transaction. Shared by
 * the HTTP route, the CLI and the demo seed.
 */
export async function createUser(
  deps: AppDeps,
  initiator: Initiator,
  input: CreateUserInput,
): Promise<CreatedUser> {
  requireManage(initiator);
  const issues = validateNewUser(input);
  const db = deps.database.db;
  const office = await findOfficeById(db, input.officeId);
  if (!office) issues.push(unknownOffice());
  if (issues.length > 0) throw validationError(issues);
  const visible = await visibleUserOffices(db, initiator);
  if (!office || !isVisibleOffice(visible, office.id)) throw validationError([unknownOffice()]);
  const role = input.role as RoleId;
  const username = input.username.trim().toLowerCase();
  if (await findUserByUsername(db, username)) throw duplicateUsername(username);
  const temporaryPassword = input.password === undefined ? generateTemporaryPassword() : null;
  const passwordHash = await hashPassword(input.password ?? temporaryPassword ?? '');
  const scopeLevel =
    (input.scopeLevel as ScopeLevel | undefined) ?? ROLE_DEFINITIONS[role].defaultScope;
  const now = deps.clock();
  try {
    const id = await db.transaction().execute(async (trx) => {
      const newId = await insertUser(trx, {
        username,
        full_name: input.fullName.trim(),
        email: input.email?.trim() || null,
        office_id: office.id,
        role,
        scope_level: scopeLevel,
        password_hash: passwordHash,
        password_changed_at: now,
        must_change_password: temporaryPassword !== null,
        created_at: now,
        updated_at: now,
      });
      await appendAudit(
        trx,
        initiator,
        {
          action: 'user.created',
          targetType: 'user',
          targetId: newId,
          details: {
            username,
            role,
            officeId: office.id,
            officeCode: office.code,
            scopeLevel,
            temporaryPassword: temporaryPassword !== null,
          },
        },
        deps.clock,
      );
      return newId;
    });
    return { user: await loadUserView(deps, id), temporaryPassword };
  } catch (error) {
    // Two requests raced for the same username: the database's unique index decided.
    if (isUniqueViolation(error)) throw duplicateUsername(username);
    throw error;
  }
}

async function loadUserView(deps: AppDeps, id: string): Promise<UserView> {
  const user = await findUserById(deps.database.db, id);
  if (!user || !hasKnownRole(user)) throw userNotFound();
  return toUserView(user, deps.clock());
}

async function findVisibleUser(db: Kysely<DB>, initiator: Initiator, id: string) {
  const user = await findUserById(db, id);
  if (!user || !hasKnownRole(user)) throw userNotFound();
  const visible = await visibleUserOffices(db, initiator);
  if (!isVisibleOffice(visible, user.office_id)) throw userNotFound();
  return user;
}

/** Users the actor may see, optionally of one office and one role. */
export async function listUsersFor(
  deps: AppDeps,
  actor: Actor,
  filter: { officeId?: string; role?: string },
): Promise<UserView[]> {
  const db = deps.database.db;
  const visible = await visibleUserOffices(db, actor);
  const rows = await listUsers(db, { ...filter, ...(visible ? { officeIds: visible } : {}) });
  const now = deps.clock();
  return rows.filter(hasKnownRole).map((u) => toUserView(u, now));
}

/** One user within the actor's scope; out of scope reads as not found. */
export async function getUser(deps: AppDeps, actor: Actor, id: string): Promise<UserView> {
  const user = await findVisibleUser(deps.database.db, actor, id);
  return toUserView(user, deps.clock());
}

/** Changes an administrator may make to a user. */
export interface UserUpdate {
  fullName?: string;
  email?: string | null;
  officeId?: string;
  role?: RoleId;
  scopeLevel?: ScopeLevel;
  disabled?: boolean;
}

function lastAdministrator(path: string): AppError {
  const message = 'Administrator aktif terakhir tidak dapat dinonaktifkan atau diganti perannya.';
  const messageEn = 'The last active administrator cannot be disabled or given another role.';
  return new AppError('conflict', message, {
    messageEn,
    issues: [issue(path, message, messageEn)],
  });
}

/**
 * Changes a user's role, office, scope, name or disabled flag. A new role without a scope takes
 * the role's default scope; disabling ends the user's sessions; the last active administrator
 * stays one. Writes the change and its audit row (with before and after) in one transaction.
 */
export async function updateUserByAdmin(
  deps: AppDeps,
  actor: Actor,
  id: string,
  update: UserUpdate,
): Promise<UserView> {
  requireManage(actor);
  const db = deps.database.db;
  const user = await findVisibleUser(db, actor, id);
  if (update.officeId !== undefined && update.officeId !== user.office_id) {
    const office = await findOfficeById(db, update.officeId);
    const visible = await visibleUserOffices(db, actor);
    if (!office || !isVisibleOffice(visible, office.id)) throw validationError([unknownOffice()]);
  }
  if (update.email && !EMAIL_PATTERN.test(update.email)) {
    throw validationError([issue('email', 'Alamat email tidak valid.', 'Invalid email address.')]);
  }
  if (update.disabled === true && user.id === actor.userId) {
    const message = 'Anda tidak dapat menonaktifkan akun sendiri.';
    const messageEn = 'You cannot disable your own account.';
    throw new AppError('conflict', message, {
      messageEn,
      issues: [issue('disabled', message, messageEn)],
    });
  }
  const changes: UserChanges = {};
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  const note = <K extends string>(field: K, from: unknown, to: unknown): boolean => {
    if (to === undefined || from === to) return false;
    diff[field] = { from, to };
    return true;
  };
  if (note('fullName', user.full_name, update.fullName?.trim()))
    changes.full_name = update.fullName?.trim();
  if (
    note('email', user.email, update.email === undefined ? undefined : update.email?.trim() || null)
  ) {
    changes.email = update.email?.trim() || null;
  }
  if (note('officeId', user.office_id, update.officeId)) changes.office_id = update.officeId;
  if (note('role', user.role, update.role)) changes.role = update.role;
  const scope =
    update.scopeLevel ??
    (update.role && update.role !== user.role
      ? ROLE_DEFINITIONS[update.role].defaultScope
      : undefined);
  if (note('scopeLevel', user.scope_level, scope)) changes.scope_level = scope;
  if (note('disabled', user.disabled, update.disabled)) changes.disabled = update.disabled;
  if (Object.keys(diff).length === 0) return toUserView(user, deps.clock());

  const losesAdmin =
    user.role === 'administrator' &&
    !user.disabled &&
    ((changes.role !== undefined && changes.role !== 'administrator') || changes.disabled === true);
  const now = deps.clock();
  await db.transaction().execute(async (trx) => {
    if (losesAdmin && (await countActiveAdministrators(trx)) <= 1) {
      throw lastAdministrator(changes.disabled ? 'disabled' : 'role');
    }
    await updateUser(trx, user.id, changes, now);
    const sessionsEnded = changes.disabled ? await deleteUserSessions(trx, user.id) : 0;
    await appendAudit(
      trx,
      actor,
      {
        action: 'user.updated',
        targetType: 'user',
        targetId: user.id,
        details: { username: user.username, changes: diff, sessionsEnded },
      },
      deps.clock,
    );
  });
  return loadUserView(deps, user.id);
}

/**
 * Gives a user a new temporary password (returned once), to be changed at next sign-in; ends
 * every session and clears the lockout.
 */
export async function resetUserPassword(
  deps: AppDeps,
  initiator: Initiator,
  id: string,
): Promise<{ temporaryPassword: string; sessionsEnded: number }> {
  requireManage(initiator);
  const db = deps.database.db;
  const user = await findVisibleUser(db, initiator, id);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const now = deps.clock();
  const sessionsEnded = await db.transaction().execute(async (trx) => {
    await updateUser(
      trx,
      user.id,
      {
        password_hash: passwordHash,
        password_changed_at: now,
        must_change_password: true,
        failed_attempts: 0,
        locked_until: null,
      },
      now,
    );
    const ended = await deleteUserSessions(trx, user.id);
    await appendAudit(
      trx,
      initiator,
      {
        action: 'user.password_reset',
        targetType: 'user',
        targetId: user.id,
        details: {
          username: user.username,
          sessionsEnded: ended,
          lockoutCleared: user.failed_attempts > 0,
        },
      },
      deps.clock,
    );
    return ended;
  });
  return { temporaryPassword, sessionsEnded };
}
