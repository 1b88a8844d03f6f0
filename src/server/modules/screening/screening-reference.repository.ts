import { sql, type Kysely } from 'kysely';
import type { DB, OfficeRow } from '../../db/schema.ts';
import type { ActiveAgreementRow } from '../access/access.repository.ts';

/** The tables whose rows screening keeps in memory between requests. */
const REFERENCE_TABLES = [
  'offices',
  'office_coverage',
  'sharing_agreements',
  'sharing_agreement_parties',
  'app_settings',
  'rule_packs',
] as const;

/**
 * A cheap fingerprint of the reference tables: per table the row count and the sum and maximum
 * of the row versions' transaction ids. Every insert, update or delete changes at least one of
 * them (a new row version carries the writing transaction's id; a sum also catches a slow
 * transaction committing after a newer one), so an equal fingerprint means unchanged rows.
 */
export async function readReferenceFingerprint(db: Kysely<DB>): Promise<string> {
  const parts = REFERENCE_TABLES.map(
    (table) =>
      sql<string>`(select count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text from ${sql.table(table)})`,
  );
  const { rows } = await sql<{
    fp: string;
  }>`select concat_ws('|', ${sql.join(parts)}) as fp`.execute(db);
  return rows[0]?.fp ?? '';
}

/** Every office row (a few hundred nationally). */
export async function listAllOffices(db: Kysely<DB>): Promise<OfficeRow[]> {
  return db.selectFrom('offices').selectAll().execute();
}

/** Every office's coverage codes, sorted. */
export async function listAllCoverage(db: Kysely<DB>): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('office_coverage')
    .select(['office_id', 'region_code'])
    .orderBy('office_id')
    .orderBy('region_code')
    .execute();
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const list = out.get(row.office_id) ?? [];
    list.push(row.region_code);
    out.set(row.office_id, list);
  }
  return out;
}

/** An agreement in the `active` state with the data kinds it shares. */
export interface ActiveAgreementWithKinds extends ActiveAgreementRow {
  dataKinds: string[];
}

/** Every agreement in the `active` state with its parties and its proposing office's zone. */
export async function listAllActiveAgreements(db: Kysely<DB>): Promise<ActiveAgreementWithKinds[]> {
  const rows = await db
    .selectFrom('sharing_agreements as a')
    .leftJoin('offices as o', 'o.id', 'a.proposing_office_id')
    .select(['a.id', 'a.valid_from', 'a.valid_until', 'a.data_kinds', 'o.time_zone'])
    .select((eb) =>
      eb
        .selectFrom('sharing_agreement_parties as p')
        .select(sql<string[]>`array_agg(p.office_id::text ORDER BY p.office_id)`.as('ids'))
        .whereRef('p.agreement_id', '=', 'a.id')
        .as('party_office_ids'),
    )
    .where('a.status', '=', 'active')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    timeZone: r.time_zone,
    dataKinds: r.data_kinds,
    partyOfficeIds: r.party_office_ids ?? [],
  }));
}

/** Every stored setting by key. */
export async function listAllSettings(db: Kysely<DB>): Promise<Map<string, unknown>> {
  const rows = await db.selectFrom('app_settings').select(['key', 'value']).execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}
