import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type {
  DesaActivitiesTable,
  DesaBinaanTable,
  DesaReportsTable,
} from '../../db/schema-desa.ts';

/** A village row. */
export type DesaRow = Selectable<DesaBinaanTable>;
/** An activity row. */
export type ActivityRow = Selectable<DesaActivitiesTable>;
/** A report row. */
export type ReportRow = Selectable<DesaReportsTable>;

/** Which villages a query may return: offices in scope, and for a PIMPASA their own villages. */
export interface DesaScopeFilter {
  offices: ReadonlySet<string> | 'all';
  pimpasaUserId: string | null;
}

/** One village by id. */
export async function findDesaById(
  db: Kysely<DB>,
  id: string,
  forUpdate = false,
): Promise<DesaRow | undefined> {
  let query = db.selectFrom('desa_binaan').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The village registered on an official code, if any. */
export async function findDesaByRegion(
  db: Kysely<DB>,
  regionCode: string,
): Promise<DesaRow | undefined> {
  return db
    .selectFrom('desa_binaan')
    .selectAll()
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
}

/** Ids of villages registered on any of these codes, by code. */
export async function mapDesaByRegion(
  db: Kysely<DB>,
  regionCodes: readonly string[],
): Promise<Map<string, string>> {
  if (regionCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('desa_binaan')
    .select(['id', 'region_code'])
    .where('region_code', 'in', [...regionCodes])
    .execute();
  return new Map(rows.map((r) => [r.region_code, r.id]));
}

/** Inserts a village; answers its id. */
export async function insertDesa(
  db: Kysely<DB>,
  values: Insertable<DesaBinaanTable>,
): Promise<string> {
  const row = await db
    .insertInto('desa_binaan')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a village unless its region code is registered already (then undefined). */
export async function insertDesaIfNew(
  db: Kysely<DB>,
  values: Insertable<DesaBinaanTable>,
): Promise<string | undefined> {
  const row = await db
    .insertInto('desa_binaan')
    .values(values)
    .onConflict((oc) => oc.column('region_code').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes a village. */
export async function updateDesaRow(
  db: Kysely<DB>,
  id: string,
  patch: Updateable<DesaBinaanTable>,
): Promise<void> {
  await db.updateTable('desa_binaan').set(patch).where('id', '=', id).execute();
}

/** Villages in scope, by official code. */
export async function listDesaRows(
  db: Kysely<DB>,
  filter: DesaScopeFilter,
  options: { status?: 'aktif' | 'nonaktif' | undefined; officeId?: string | undefined } = {},
): Promise<DesaRow[]> {
  if (filter.offices !== 'all' && filter.offices.size === 0) return [];
  let query = db.selectFrom('desa_binaan').selectAll();
  if (filter.offices !== 'all') query = query.where('office_id', 'in', [...filter.offices]);
  if (filter.pimpasaUserId !== null) {
    const userId = filter.pimpasaUserId;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('desa_pimpasa').select('desa_id').where('user_id', '=', userId),
    );
  }
  if (options.status) query = query.where('status', '=', options.status);
  if (options.officeId) query = query.where('office_id', '=', options.officeId);
  return query.orderBy('region_code').execute();
}

/** Replaces the contacts of a village. */
export async function replaceContacts(
  db: Kysely<DB>,
  desaId: string,
  contacts: readonly { name: string; role: string; phone: string | null }[],
): Promise<void> {
  await db.deleteFrom('desa_contacts').where('desa_id', '=', desaId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('desa_contacts')
    .values(contacts.map((c, position) => ({ desa_id: desaId, position, ...c })))
    .execute();
}

/** The contacts of a village, in the order written. */
export async function listContacts(db: Kysely<DB>, desaId: string) {
  return db
    .selectFrom('desa_contacts')
    .select(['name', 'role', 'phone'])
    .where('desa_id', '=', desaId)
    .orderBy('position')
    .execute();
}

/** Replaces the PIMPASA of a village. */
export async function replacePimpasa(
  db: Kysely<DB>,
  desaId: string,
  userIds: readonly string[],
  at: Date,
): Promise<void> {
  await db.deleteFrom('desa_pimpasa').where('desa_id', '=', desaId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('desa_pimpasa')
    .values(userIds.map((user_id) => ({ desa_id: desaId, user_id, assigned_at: at })))
    .execute();
}

/** The PIMPASA of several villages, by village id. */
export async function listPimpasaOf(db: Kysely<DB>, desaIds: readonly string[]) {
  if (desaIds.length === 0) return [];
  return db
    .selectFrom('desa_pimpasa')
    .innerJoin('users', 'users.id', 'desa_pimpasa.user_id')
    .select(['desa_pimpasa.desa_id', 'users.id', 'users.username', 'users.full_name'])
    .where('desa_pimpasa.desa_id', 'in', [...desaIds])
    .orderBy('users.full_name')
    .execute();
}

/** Role, office and state of the given users (to check a PIMPASA assignment). */
export async function listUserFacts(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'role', 'office_id', 'disabled'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Users by id with their display names. */
export async function listUserNames(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'username', 'full_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Inserts an activity; answers its id. */
export async function insertActivity(
  db: Kysely<DB>,
  values: Insertable<DesaActivitiesTable>,
): Promise<string> {
  const row = await db
    .insertInto('desa_activities')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One activity by id. */
export async function findActivityById(
  db: Kysely<DB>,
  id: string,
): Promise<ActivityRow | undefined> {
  return db.selectFrom('desa_activities').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Activities of a village, newest first, optionally within a period (inclusive dates). */
export async function listActivityRows(
  db: Kysely<DB>,
  desaId: string,
  period?: { from: string; to: string },
): Promise<ActivityRow[]> {
  let query = db.selectFrom('desa_activities').selectAll().where('desa_id', '=', desaId);
  if (period) query = query.where('held_on', '>=', period.from).where('held_on', '<=', period.to);
  return query.orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute();
}

/** The next report number (from a sequence: numbers are never reused). */
export async function nextReportNumber(db: Kysely<DB>): Promise<number> {
  const result = await sql<{
    n: number;
  }>`SELECT nextval('desa_report_number_seq')::int AS n`.execute(db);
  return result.rows[0]?.n ?? 0;
}

/** Inserts a report; answers its id. */
export async function insertReport(
  db: Kysely<DB>,
  values: Insertable<DesaReportsTable>,
): Promise<string> {
  const row = await db
    .insertInto('desa_reports')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One report by id. */
export async function findReportById(
  db: Kysely<DB>,
  id: string,
  forUpdate = false,
): Promise<ReportRow | undefined> {
  let query = db.selectFrom('desa_reports').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Reports in scope (optionally of one village and a period of creation dates), newest first. */
export async function listReportRows(
  db: Kysely<DB>,
  filter: DesaScopeFilter,
  options: { desaId?: string; seenFrom?: string; seenTo?: string; limit?: number } = {},
): Promise<ReportRow[]> {
  if (filter.offices !== 'all' && filter.offices.size === 0) return [];
  let query = db.selectFrom('desa_reports').selectAll();
  if (filter.offices !== 'all') query = query.where('office_id', 'in', [...filter.offices]);
  if (filter.pimpasaUserId !== null) {
    const userId = filter.pimpasaUserId;
    query = query.where('desa_id', 'in', (eb) =>
      eb.selectFrom('desa_pimpasa').select('desa_id').where('user_id', '=', userId),
    );
  }
  if (options.desaId) query = query.where('desa_id', '=', options.desaId);
  if (options.seenFrom) query = query.where('seen_on', '>=', options.seenFrom);
  if (options.seenTo) query = query.where('seen_on', '<=', options.seenTo);
  return query
    .orderBy('created_at', 'desc')
    .limit(options.limit ?? 500)
    .execute();
}

/** Records the alert a report was turned into. */
export async function markReportAlerted(
  db: Kysely<DB>,
  id: string,
  values: { at: Date; by: string; officeIds: readonly string[]; note: string | null },
): Promise<void> {
  await db
    .updateTable('desa_reports')
    .set({
      alerted_at: values.at,
      alerted_by: values.by,
      alert_office_ids: [...values.officeIds],
      alert_note: values.note,
    })
    .where('id', '=', id)
    .execute();
}

/** Watchlist entries proposed from these reports (their source names the report's number). */
export async function listEntriesFromReports(db: Kysely<DB>, refCodes: readonly string[]) {
  if (refCodes.length === 0) return [];
  return db
    .selectFrom('watchlist_entries')
    .select(['id', 'ref_code', 'status', 'kind', 'source_reference'])
    .where('source_type', '=', 'report')
    .where('source_reference', 'in', [...refCodes])
    .orderBy('proposed_at')
    .execute();
}

/**
 * Immigration offices (Kanim and TPI) whose coverage holds the region or one of its parents, so
 * an alert about a place reaches the office that serves it.
 */
export async function listOfficesCovering(db: Kysely<DB>, regionCodes: readonly string[]) {
  if (regionCodes.length === 0) return [];
  return db
    .selectFrom('office_coverage')
    .innerJoin('offices', 'offices.id', 'office_coverage.office_id')
    .select(['offices.id'])
    .distinct()
    .where('office_coverage.region_code', 'in', [...regionCodes])
    .where('offices.active', '=', true)
    .where('offices.kind', 'in', ['kanim', 'tpi'])
    .execute();
}
