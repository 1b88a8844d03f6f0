/**
 * Peers: PostgreSQL pg_trgm as its documentation describes (postgresql.org/docs/15/pgtrgm.html):
 * the `%` similarity filter served by a GIN index (gin_trgm_ops), and ordered top-k `ORDER BY name <-> q`
 * served by a GiST index (gist_trgm_ops), each on its own table so each form gets its best index.
 * Names are stored the simple way pg_trgm users do: lower(unaccent(name)), one row per name or alias.
 * Alert: similarity >= 0.3, pg_trgm.similarity_threshold's default (the threshold `%` itself applies).
 * Everything lives in schema bench_trgm, dropped on close.
 */
import pg from 'pg';
import type { BenchEntry, BenchQuery } from '../generate/types.ts';
import { TOP_K, type Peer, type PeerHit } from './peer.types.ts';

/** pg_trgm's default similarity_threshold. */
export const TRGM_THRESHOLD = 0.3;
const SCHEMA = 'bench_trgm';

/** The two documented query forms. */
export type TrgmForm = 'gin-filter' | 'gist-knn';

/** Connects, or returns null when the server is unreachable (the harness then prints a skip line). */
export async function connectPg(url: string): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => undefined);
    return null;
  }
}

/** Prepares the schema and the extensions (installed into the schema when missing, so dropping it cleans up). */
async function prepareSchema(client: pg.Client): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
  for (const ext of ['pg_trgm', 'unaccent']) {
    await client.query(`CREATE EXTENSION IF NOT EXISTS ${ext} SCHEMA ${SCHEMA}`);
  }
  const { rows } = await client.query<{ nspname: string }>(
    `SELECT DISTINCT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname IN ('pg_trgm','unaccent')`,
  );
  await client.query(
    `SET search_path = ${[SCHEMA, ...rows.map((r) => r.nspname), 'public'].join(', ')}`,
  );
  await client.query(`SET maintenance_work_mem = '1GB'`);
}

/** Drops the benchmark schema when no benchmark table is left in it. */
export async function dropSchemaIfEmpty(client: pg.Client): Promise<void> {
  const { rows } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = $1`, [SCHEMA]);
  if (rows.length === 0) await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
}

/** The SQL of one screening in each form. */
function searchSql(table: string, form: TrgmForm): string {
  if (form === 'gin-filter') {
    return `SELECT entry_id, max(similarity(name, lower(unaccent($1)))) AS s FROM ${table}
            WHERE name % lower(unaccent($1)) GROUP BY entry_id ORDER BY s DESC, entry_id LIMIT ${TOP_K}`;
  }
  // Aliases give several rows per entry; read a few more rows than k, keep each entry's best.
  return `SELECT entry_id, 1 - (name <-> lower(unaccent($1))) AS s FROM ${table}
          ORDER BY name <-> lower(unaccent($1)) LIMIT ${TOP_K * 3}`;
}

/** Creates one pg_trgm peer in the given form, or null when PostgreSQL is unreachable. */
export async function createPgTrgmPeer(
  url: string,
  form: TrgmForm,
): Promise<
  | (Peer & {
      plan: string;
      parallelThroughput(queries: readonly BenchQuery[], ms: number): Promise<number>;
    })
  | null
> {
  const client = await connectPg(url);
  if (!client) return null;
  await prepareSchema(client);
  const table = `${SCHEMA}.names_${form === 'gin-filter' ? 'gin' : 'gist'}`;
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (entry_id text NOT NULL, name text NOT NULL)`);
  const sql = searchSql(table, form);
  let plan = '';

  const toHits = (rows: { entry_id: string; s: number | string }[]): PeerHit[] => {
    const best = new Map<string, number>();
    for (const r of rows) {
      const s = Number(r.s);
      if ((best.get(r.entry_id) ?? -1) < s) best.set(r.entry_id, s);
    }
    return [...best]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_K)
      .map(([entryId, score]) => ({
        entryId,
        score,
        alert: score >= TRGM_THRESHOLD,
        strong: null,
      }));
  };

  const insert = async (c: pg.Client, entries: readonly BenchEntry[]): Promise<void> => {
    const ids: string[] = [];
    const names: string[] = [];
    for (const e of entries) {
      for (const n of e.names) {
        ids.push(e.id);
        names.push(n);
      }
    }
    if (ids.length === 0) return;
    await c.query(
      `INSERT INTO ${table} (entry_id, name) SELECT e, lower(unaccent(n)) FROM unnest($1::text[], $2::text[]) AS t(e, n)`,
      [ids, names],
    );
  };

  return {
    name: form === 'gin-filter' ? 'pg_trgm % (GIN)' : 'pg_trgm <-> (GiST)',
    description:
      form === 'gin-filter'
        ? `PostgreSQL pg_trgm: name % q, GIN gin_trgm_ops, top ${TOP_K} by similarity; alert at similarity >= ${TRGM_THRESHOLD} (default)`
        : `PostgreSQL pg_trgm: ORDER BY name <-> q LIMIT k, GiST gist_trgm_ops; alert at similarity >= ${TRGM_THRESHOLD} (default)`,
    inProcess: false,
    get plan() {
      return plan;
    },
    sampleSize: (size, total) =>
      Math.min(
        total,
        size >= 1_000_000
          ? form === 'gin-filter'
            ? 400
            : 300
          : form === 'gin-filter'
            ? 2_400
            : 1_200,
      ),
    async addChunk(entries) {
      await insert(client, entries);
    },
    async finish() {
      const method =
        form === 'gin-filter' ? 'gin (name gin_trgm_ops)' : 'gist (name gist_trgm_ops)';
      await client.query(`CREATE INDEX ON ${table} USING ${method}`);
      await client.query(`ANALYZE ${table}`);
      const explain = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN ${sql.replaceAll('$1', `'siti aminah'`)}`,
      );
      plan =
        explain.rows
          .map((r) => r['QUERY PLAN'])
          .find((l) => /Index|Bitmap/.test(l))
          ?.trim() ?? 'no index in plan';
    },
    async search(query) {
      const { rows } = await client.query<{ entry_id: string; s: number }>(sql, [query.name]);
      return toHits(rows);
    },
    async upsert(entry) {
      await client.query('BEGIN');
      await client.query(`DELETE FROM ${table} WHERE entry_id = $1`, [entry.id]);
      await insert(client, [entry]);
      await client.query('COMMIT');
    },
    async externalBytes() {
      const { rows } = await client.query<{ bytes: string }>(
        `SELECT pg_total_relation_size($1) AS bytes`,
        [table],
      );
      return Number(rows[0]?.bytes ?? Number.NaN);
    },
    async parallelThroughput(queries, ms) {
      // Two sessions, one per core, each screening queries back to back for the same wall time.
      const sessions = await Promise.all([connectPg(url), connectPg(url)]);
      let done = 0;
      const start = performance.now();
      const until = start + ms;
      await Promise.all(
        sessions.map(async (c, k) => {
          if (!c) return;
          await c.query(`SET search_path = ${SCHEMA}, public`);
          for (let i = k; performance.now() < until; i += 2) {
            await c.query(sql, [queries[i % queries.length]?.name ?? '']);
            done++;
          }
          await c.end();
        }),
      );
      return done / ((performance.now() - start) / 1000);
    },
    async close() {
      await client.query(`DROP TABLE IF EXISTS ${table}`);
      await dropSchemaIfEmpty(client);
      await client.end();
    },
  };
}
