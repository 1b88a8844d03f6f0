import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Screening counts of one home-region code over a period. */
export interface RegionCountRow {
  code: string;
  screened: number;
  tunda: number;
  tolak: number;
  matched: number;
  flagged: number;
}

/**
 * Counts screened applicants per home-region code between two instants (`from` inclusive, `to`
 * exclusive) at the given offices, optionally only inside one region code: final TUNDA and TOLAK decisions, screenings with a hit in an
 * alerting band (strong or possible, not suppressed), and applicants flagged by any of these.
 */
export async function countScreeningsByRegion(
  db: Kysely<DB>,
  offices: ReadonlySet<string> | 'all',
  from: Date,
  to: Date,
  within?: string,
): Promise<RegionCountRow[]> {
  if (offices !== 'all' && offices.size === 0) return [];
  const officeFilter =
    offices === 'all' ? sql`true` : sql`s.office_id IN (${sql.join([...offices])})`;
  const result = await sql<RegionCountRow>`
    WITH marked AS (
      SELECT
        s.subject_region_code AS code,
        (s.decision = 'TUNDA' AND s.decision_status = 'final') AS is_tunda,
        (s.decision = 'TOLAK' AND s.decision_status = 'final') AS is_tolak,
        EXISTS (
          SELECT 1 FROM jsonb_array_elements(s.hits) AS h
          WHERE h->>'band' IN ('strong', 'possible')
            AND (h->'suppressed' IS NULL OR jsonb_typeof(h->'suppressed') = 'null')
        ) AS is_matched
      FROM screenings s
      WHERE s.subject_region_code IS NOT NULL
        AND s.created_at >= ${from} AND s.created_at < ${to}
        AND ${officeFilter}
        AND ${within ? sql`(s.subject_region_code = ${within} OR s.subject_region_code LIKE ${`${within}.%`})` : sql`true`}
    )
    SELECT code,
      count(*)::int AS screened,
      count(*) FILTER (WHERE is_tunda)::int AS tunda,
      count(*) FILTER (WHERE is_tolak)::int AS tolak,
      count(*) FILTER (WHERE is_matched)::int AS matched,
      count(*) FILTER (WHERE is_tunda OR is_tolak OR is_matched)::int AS flagged
    FROM marked
    GROUP BY code`.execute(db);
  return result.rows;
}

/** Region codes of every active Desa Binaan (a fact about places, not people: not scoped). */
export async function listActiveDesaCodes(db: Kysely<DB>) {
  return db
    .selectFrom('desa_binaan')
    .select(['id', 'region_code'])
    .where('status', '=', 'aktif')
    .execute();
}
