import { sql, type Kysely } from 'kysely';
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';

const SUPERSEDED_SEED = '2026.1';
const REVISION = '2026.1.1';

/**
 * Rule pack 2026.1.1 replaces the untouched seed 2026.1: every rule cites its regulation,
 * circular or guidance, and a NIK whose province or regency does not exist is an indicator. Only
 * a database still judging by the seed (active, never proposed by an administrator) moves; the
 * seed stays as retired so screenings that recorded it replay with it. An empty table is left to
 * the first use, which seeds the current pack.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The pack is inserted as it was released; a later default is a later version and migration.
  if (DEFAULT_RULE_PACK.version !== REVISION) return;
  const moved = await sql<{ version: string }>`
    UPDATE rule_packs SET status = 'retired'
    WHERE version = ${SUPERSEDED_SEED} AND status = 'active' AND proposed_by IS NULL
      AND NOT EXISTS (SELECT 1 FROM rule_packs WHERE version = ${REVISION})
    RETURNING version`.execute(db);
  if (moved.rows.length === 0) return;
  await sql`
    INSERT INTO rule_packs (version, pack, status, change_note)
    VALUES (${REVISION}, ${JSON.stringify(DEFAULT_RULE_PACK)}::jsonb, 'active',
      'Dasar hukum setiap aturan dicantumkan; aturan kode wilayah NIK')`.execute(db);
}
