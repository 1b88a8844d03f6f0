import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { SEED_MODUS, SEED_STATEMENTS } from './knowledge-seed.data.ts';

/** Loads the statements and modus shipped with the product; rows already there stay as they are. */
export async function insertSeedRows(db: Kysely<DB>): Promise<void> {
  await db
    .insertInto('knowledge_statements')
    .values(
      SEED_STATEMENTS.map((s, position) => ({
        tppo_type: s.tppoType,
        section: s.section,
        text_id: s.textId,
        text_en: s.textEn,
        source_kind: s.source.kind,
        source_label: s.source.label,
        source_reference: s.source.reference ?? null,
        position,
        seed_key: s.key,
      })),
    )
    .onConflict((oc) => oc.column('seed_key').doNothing())
    .execute();
  await db
    .insertInto('knowledge_modus')
    .values(
      SEED_MODUS.map((m) => ({
        tppo_type: m.tppoType,
        name: m.name,
        recruitment: m.recruitment,
        routes: m.routes,
        signs: m.signs,
        rule_ids: m.ruleIds,
        source_kind: m.source.kind,
        source_label: m.source.label,
        source_reference: m.source.reference ?? null,
        status: 'published' as const,
        proposed_by: null,
        proposed_at: new Date(0),
        seed_key: m.key,
      })),
    )
    .onConflict((oc) => oc.column('seed_key').doNothing())
    .execute();
}

/** The statements of one page (all pages when null), in order. */
export async function listStatementRows(db: Kysely<DB>, tppoType: string | null) {
  let query = db.selectFrom('knowledge_statements').selectAll();
  if (tppoType !== null) query = query.where('tppo_type', '=', tppoType);
  return query.orderBy('section').orderBy('position').orderBy('created_at').execute();
}

/** The modus entries of one page (all pages when null). */
export async function listModusRows(db: Kysely<DB>, tppoType: string | null) {
  let query = db.selectFrom('knowledge_modus').selectAll();
  if (tppoType !== null) query = query.where('tppo_type', '=', tppoType);
  return query.orderBy('proposed_at').orderBy('name').execute();
}

/** One modus row, or undefined. */
export async function findModusRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('knowledge_modus').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The examples of some modus entries. */
export async function listExampleRows(db: Kysely<DB>, modusIds: readonly string[]) {
  if (modusIds.length === 0) return [];
  return db
    .selectFrom('knowledge_modus_examples')
    .selectAll()
    .where('modus_id', 'in', modusIds)
    .orderBy('created_at')
    .execute();
}

/** Bulletins that name one of some modus entries, with their audience facts. */
export async function listBulletinsNamingModus(db: Kysely<DB>, modusIds: readonly string[]) {
  if (modusIds.length === 0) return [];
  return db
    .selectFrom('bulletins')
    .select(['id', 'title', 'sent_at', 'modus_ids', 'author_office_id'])
    .where(sql<boolean>`modus_ids && ${sql.val([...modusIds])}::uuid[]`)
    .orderBy('sent_at', 'desc')
    .execute();
}

/** The bulletins a user received, among some ids. */
export async function listReceivedBulletinIds(
  db: Kysely<DB>,
  userId: string,
  bulletinIds: readonly string[],
): Promise<Set<string>> {
  if (bulletinIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('bulletin_recipients')
    .select('bulletin_id')
    .where('user_id', '=', userId)
    .where('bulletin_id', 'in', bulletinIds)
    .execute();
  return new Set(rows.map((r) => r.bulletin_id));
}
