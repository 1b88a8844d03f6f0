import { randomBytes } from 'node:crypto';
import { ROLE_DEFINITIONS, type RoleId, type ScopeLevel } from '../../src/domain/permissions.ts';
import type { Database } from '../../src/server/db/connection.ts';
import type { OfficeRow } from '../../src/server/db/schema.ts';
import { hashPassword } from '../../src/server/modules/auth/password.ts';
import { newTotpSecret } from '../../src/server/modules/auth/totp.ts';

/** The password of every factory user unless a test picks its own. */
export const TEST_PASSWORD = 'sandi-uji-yang-panjang-1';

// One argon2 hash for the whole file: hashing per user would cost ~10 ms each.
const TEST_PASSWORD_HASH = await hashPassword(TEST_PASSWORD);

function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** Options for a test office; everything has a default. */
export interface TestOfficeOptions {
  kind?: OfficeRow['kind'];
  code?: string;
  name?: string;
  parentId?: string | null;
  timeZone?: OfficeRow['time_zone'];
}

/**
 * Inserts an office directly. A Kanim or TPI without `parentId` gets a fresh Kanwil as parent,
 * so the hierarchy checks of the schema hold.
 */
export async function createTestOffice(
  database: Pick<Database, 'db'>,
  options: TestOfficeOptions = {},
): Promise<{ id: string; code: string; name: string }> {
  const kind = options.kind ?? 'kanim';
  let parentId = options.parentId ?? null;
  if (parentId === null && (kind === 'kanim' || kind === 'tpi')) {
    parentId = (await createTestOffice(database, { kind: 'kanwil', timeZone: options.timeZone }))
      .id;
  }
  const suffix = uniqueSuffix();
  const code = options.code ?? `T-${kind.toUpperCase()}-${suffix}`;
  const name = options.name ?? `Kantor Uji ${kind} ${suffix}`;
  const row = await database.db
    .insertInto('offices')
    .values({
      kind,
      code,
      name,
      short_name: name.slice(0, 30),
      parent_id: parentId,
      checkpoint_type: kind === 'tpi' ? 'airport' : null,
      partner_type: kind === 'partner' ? 'police' : null,
      time_zone: options.timeZone ?? 'Asia/Jakarta',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, code, name };
}

/** Options for a test user; everything but the role has a default. */
export interface TestUserOptions {
  role: RoleId;
  /** The user's office; a fresh Kanim when omitted. */
  officeId?: string;
  username?: string;
  fullName?: string;
  /** A password of the test's own (hashed per call, so slower than the default). */
  password?: string;
  scopeLevel?: ScopeLevel;
  /** Enrol TOTP; defaults to true for roles that require it, so `signIn` completes. */
  totp?: boolean;
  mustChangePassword?: boolean;
  disabled?: boolean;
  language?: 'id' | 'en';
}

/** A user a test can sign in as. */
export interface TestUser {
  id: string;
  username: string;
  password: string;
  officeId: string;
  totpSecret?: string;
}

/** Inserts a user directly (no audit row, fast hash); see `signIn` in sign-in.ts to act as it. */
export async function createTestUser(
  database: Pick<Database, 'db'>,
  options: TestUserOptions,
): Promise<TestUser> {
  const officeId = options.officeId ?? (await createTestOffice(database)).id;
  const username = options.username ?? `${options.role.replace(/_/g, '-')}-${uniqueSuffix()}`;
  const password = options.password ?? TEST_PASSWORD;
  const passwordHash =
    options.password === undefined ? TEST_PASSWORD_HASH : await hashPassword(options.password);
  const definition = ROLE_DEFINITIONS[options.role];
  const totpSecret = (options.totp ?? definition.requiresTotp) ? newTotpSecret() : undefined;
  const row = await database.db
    .insertInto('users')
    .values({
      username,
      full_name: options.fullName ?? `Pengguna Uji ${username}`,
      office_id: officeId,
      role: options.role,
      scope_level: options.scopeLevel ?? definition.defaultScope,
      password_hash: passwordHash,
      must_change_password: options.mustChangePassword ?? false,
      totp_secret: totpSecret ?? null,
      disabled: options.disabled ?? false,
      language: options.language ?? 'id',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, username, password, officeId, ...(totpSecret ? { totpSecret } : {}) };
}
