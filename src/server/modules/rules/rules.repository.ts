import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The active rule pack row, if any. */
export async function findActivePackRow(db: Kysely<DB>) {
  return db.selectFrom('rule_packs').selectAll().where('status', '=', 'active').executeTakeFirst();
}

/** One rule pack row by version. */
export async function findPackRow(db: Kysely<DB>, version: string) {
  return db.selectFrom('rule_packs').selectAll().where('version', '=', version).executeTakeFirst();
}

/** Every rule pack row, newest proposal first. */
export async function listPackRows(db: Kysely<DB>) {
  return db.selectFrom('rule_packs').selectAll().orderBy('proposed_at', 'desc').execute();
}

/** Inserts the seed pack as active unless that version exists; returns whether it was inserted. */
export async function insertSeedPack(
  db: Kysely<DB>,
  version: string,
  pack: unknown,
): Promise<boolean> {
  const rows = await db
    .insertInto('rule_packs')
    .values({
      version,
      pack: JSON.stringify(pack),
      status: 'active',
      change_note: 'Paket awal (DEFAULT_RULE_PACK)',
    })
    .onConflict((oc) => oc.doNothing())
    .returning('version')
    .execute();
  return rows.length > 0;
}

/**
 * Inserts a proposed pack; false when the version is stored already (a proposal of the same
 * version in flight is waited for, so the loser learns of it without an aborted transaction).
 */
export async function insertProposedPack(
  db: Kysely<DB>,
  values: { version: string; pack: unknown; changeNote: string; proposedBy: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .insertInto('rule_packs')
    .values({
      version: values.version,
      pack: JSON.stringify(values.pack),
      status: 'proposed',
      change_note: values.changeNote,
      proposed_by: values.proposedBy,
      proposed_at: values.at,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .returning('version')
    .execute();
  return rows.length > 0;
}

/** Locks one pack row for a decision. */
export async function lockPackRow(db: Kysely<DB>, version: string) {
  return db
    .selectFrom('rule_packs')
    .selectAll()
    .where('version', '=', version)
    .forUpdate()
    .executeTakeFirst();
}

/** Retires the active pack (before another becomes active: one active at a time). */
export async function retireActivePack(db: Kysely<DB>): Promise<string | null> {
  const row = await db
    .updateTable('rule_packs')
    .set({ status: 'retired' })
    .where('status', '=', 'active')
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Records the second administrator's decision on a proposed pack. */
export async function decidePack(
  db: Kysely<DB>,
  version: string,
  status: 'active' | 'rejected',
  decidedBy: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('rule_packs')
    .set({ status, decided_by: decidedBy, decided_at: at })
    .where('version', '=', version)
    .execute();
}

/** One row of the fairness tally: a group, an outcome column and how many screenings. */
export interface FairnessCountRow {
  sex: string | null;
  province: string | null;
  recommendation: string;
  decision: string | null;
  n: number;
}

/** Counts screenings by sex, home province, recommendation and final decision in a period. */
export async function countOutcomesByGroup(
  db: Kysely<DB>,
  from: Date,
  until: Date,
): Promise<FairnessCountRow[]> {
  const rows = await db
    .selectFrom('screenings')
    .select([
      'subject_sex as sex',
      sql<string | null>`facts->>'applicant.homeProvince'`.as('province'),
      'recommendation',
      sql<string | null>`CASE WHEN decision_status = 'final' THEN decision END`.as('decision'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('created_at', '>=', from)
    .where('created_at', '<', until)
    .groupBy(['subject_sex', sql`2`, 'recommendation', sql`4`])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
