import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql, type Insertable } from 'kysely';
import { expect } from 'vitest';
import type { DataKind, RoleId, ScopeLevel } from '../../src/domain/permissions.ts';
import type { Database } from '../../src/server/db/connection.ts';
import type { OfficesTable } from '../../src/server/db/schema.ts';
import { createTestUser } from './factories.ts';
import { signIn, type SignedIn } from './sign-in.ts';

/** The ids of a small two-Kanwil organisation. */
export interface TestOrg {
  kanwilA: string;
  kanimA1: string;
  tpiA1: string;
  kanimA2: string;
  kanwilB: string;
  kanimB1: string;
  /** A police partner attached to Kanwil B. */
  partner: string;
}

/**
 * Inserts two Kanwil (WIB): A with Kanim A1 (and its airport TPI A1) and Kanim A2; B with
 * Kanim B1 and a police partner. Codes carry a random suffix so several orgs fit one database.
 */
export async function createTestOrg(database: Pick<Database, 'db'>): Promise<TestOrg> {
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const insert = async (
    values: Omit<Insertable<OfficesTable>, 'code' | 'short_name' | 'time_zone'> & { key: string },
  ): Promise<string> => {
    const { key, ...rest } = values;
    const row = await database.db
      .insertInto('offices')
      .values({
        ...rest,
        code: `${key}-${suffix}`,
        short_name: key,
        time_zone: 'Asia/Jakarta',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const kanwilA = await insert({ key: 'KWA', kind: 'kanwil', name: `Kanwil Uji A ${suffix}` });
  const kanimA1 = await insert({
    key: 'KIA1',
    kind: 'kanim',
    name: `Kanim Uji A1 ${suffix}`,
    office_class: 'Kelas I TPI',
    parent_id: kanwilA,
  });
  const tpiA1 = await insert({
    key: 'TPIA1',
    kind: 'tpi',
    name: `TPI Uji A1 ${suffix}`,
    checkpoint_type: 'airport',
    parent_id: kanimA1,
  });
  const kanimA2 = await insert({
    key: 'KIA2',
    kind: 'kanim',
    name: `Kanim Uji A2 ${suffix}`,
    office_class: 'Kelas II Non TPI',
    parent_id: kanwilA,
  });
  const kanwilB = await insert({ key: 'KWB', kind: 'kanwil', name: `Kanwil Uji B ${suffix}` });
  const kanimB1 = await insert({
    key: 'KIB1',
    kind: 'kanim',
    name: `Kanim Uji B1 ${suffix}`,
    office_class: 'Kelas I TPI',
    parent_id: kanwilB,
  });
  const partner = await insert({
    key: 'POLB',
    kind: 'partner',
    name: `Polda Uji B ${suffix}`,
    partner_type: 'police',
    parent_id: kanwilB,
  });
  return { kanwilA, kanimA1, tpiA1, kanimA2, kanwilB, kanimB1, partner };
}

/** Options for an agreement inserted directly. */
export interface TestAgreementOptions {
  parties: string[];
  dataKinds?: DataKind[];
  status?: 'draft' | 'active' | 'ended';
  validFrom?: string;
  validUntil?: string | null;
  proposingOfficeId?: string;
}

/** Inserts an agreement and its parties directly (no approvals, no audit); returns its id. */
export async function createTestAgreement(
  database: Pick<Database, 'db'>,
  options: TestAgreementOptions,
): Promise<string> {
  const row = await database.db
    .insertInto('sharing_agreements')
    .values({
      title: 'Perjanjian uji',
      data_kinds: options.dataKinds ?? ['watchlist'],
      valid_from: options.validFrom ?? '2024-01-01',
      valid_until: options.validUntil ?? null,
      status: options.status ?? 'active',
      proposing_office_id: options.proposingOfficeId ?? options.parties[0] ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('sharing_agreement_parties')
    .values(options.parties.map((office_id) => ({ agreement_id: row.id, office_id })))
    .execute();
  return row.id;
}

/** A user created for a test and signed in through the real routes. */
export interface SignedInUser {
  id: string;
  username: string;
  officeId: string;
  headers: SignedIn['headers'];
}

/**
 * Creates a user with `role` at `officeId` (optionally another scope) and signs them in; pass the
 * app's clock when it is a test clock, so TOTP codes follow it.
 */
export async function signInAs(
  app: FastifyInstance,
  database: Pick<Database, 'db'>,
  role: RoleId,
  officeId: string,
  scopeLevel?: ScopeLevel,
  clock?: () => Date,
): Promise<SignedInUser> {
  const user = await createTestUser(database, {
    role,
    officeId,
    ...(scopeLevel ? { scopeLevel } : {}),
  });
  const session = await signIn(app, user.username, user.password, user.totpSecret, {
    ...(clock ? { clock } : {}),
  });
  return { id: user.id, username: user.username, officeId, headers: session.headers };
}

/** One bad request and what the answer must say. */
export interface BadInputCase {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: () => string;
  body?: () => unknown;
  status: number;
  /** The path of the field the answer must name (a regular expression for `[i]` paths). */
  field?: string | RegExp;
}

const WRITTEN_TABLES = [
  'offices',
  'office_coverage',
  'sharing_agreements',
  'sharing_agreement_parties',
  'notifications',
  'break_glass_grants',
  'audit_log',
] as const;

async function countWrites(database: Pick<Database, 'db'>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) {
    const result = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(database.db);
    out[table] = result.rows[0]?.n ?? -1;
  }
  const approvals = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM sharing_agreement_parties
    WHERE approved_by IS NOT NULL`.execute(database.db);
  out.approvals = approvals.rows[0]?.n ?? -1;
  return out;
}

/**
 * Sends one bad request as a user who may call the route and checks the answer: the status, a
 * problem document naming the field, and not one row written to the organisation tables.
 */
export async function expectBadInputRefused(
  app: FastifyInstance,
  database: Pick<Database, 'db'>,
  user: Pick<SignedInUser, 'headers'>,
  c: BadInputCase,
): Promise<void> {
  const before = await countWrites(database);
  const body = c.body?.();
  const res = await app.inject({
    method: c.method,
    url: c.url(),
    headers: { ...user.headers, 'accept-language': 'en' },
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  expect(res.statusCode, res.body).toBe(c.status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  if (c.field !== undefined) {
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    const field = c.field;
    expect(
      paths.some((p) => (typeof field === 'string' ? p === field : field.test(p))),
      `paths ${JSON.stringify(paths)}`,
    ).toBe(true);
  }
  expect(await countWrites(database)).toEqual(before);
}
