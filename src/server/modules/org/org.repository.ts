import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, OfficeRow, OfficesTable } from '../../db/schema.ts';

/** Every office, optionally only active ones, ordered by name. */
export async function listOfficeRows(
  db: Kysely<DB>,
  options: { includeInactive: boolean },
): Promise<OfficeRow[]> {
  let query = db.selectFrom('offices').selectAll();
  if (!options.includeInactive) query = query.where('active', '=', true);
  return query.orderBy('name').execute();
}

/** One office by id. */
export async function findOfficeById(db: Kysely<DB>, id: string): Promise<OfficeRow | undefined> {
  return db.selectFrom('offices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One office by its unique code. */
export async function findOfficeByCode(
  db: Kysely<DB>,
  code: string,
): Promise<OfficeRow | undefined> {
  return db.selectFrom('offices').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Offices by id (any that exist). */
export async function findOfficesByIds(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<OfficeRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('offices').selectAll().where('id', 'in', ids).execute();
}

/** The direct children of an office. */
export async function listChildOffices(db: Kysely<DB>, parentId: string): Promise<OfficeRow[]> {
  return db
    .selectFrom('offices')
    .selectAll()
    .where('parent_id', '=', parentId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

/** Inserts an office; returns the row. */
export async function insertOffice(
  db: Kysely<DB>,
  values: Insertable<OfficesTable>,
): Promise<OfficeRow> {
  return db.insertInto('offices').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates an office; returns the new row. */
export async function updateOfficeRow(
  db: Kysely<DB>,
  id: string,
  values: Updateable<OfficesTable>,
): Promise<OfficeRow> {
  return db
    .updateTable('offices')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The region codes an office covers, in code order. */
export async function listCoverage(db: Kysely<DB>, officeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('office_coverage')
    .select('region_code')
    .where('office_id', '=', officeId)
    .orderBy('region_code')
    .execute();
  return rows.map((r) => r.region_code);
}

/** Replaces an office's coverage with exactly these codes. */
export async function replaceCoverage(
  db: Kysely<DB>,
  officeId: string,
  codes: readonly string[],
): Promise<void> {
  await db.deleteFrom('office_coverage').where('office_id', '=', officeId).execute();
  if (codes.length === 0) return;
  await db
    .insertInto('office_coverage')
    .values(codes.map((region_code) => ({ office_id: officeId, region_code })))
    .execute();
}
