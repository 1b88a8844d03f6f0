/**
 * `npx tsx bench/api/audit-append.ts`: how fast concurrent transactions can append to the audit
 * chain on PostgreSQL, chain format 1 (lock, last row, hash in Node, insert: the lock held over
 * four round trips) against format 2 (one insert; the database chains the row at commit).
 * Each writer loops: one transaction with one audit row; the writers share the pool (10
 * connections). Each mode runs `duration` seconds in total, in `rounds` alternating slices.
 * Options: `--duration S --writers W --rounds R --pg URL`; results go to
 * bench/results/audit-append.json.
 */
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/connection.ts';
import { dropSchemas, migrateToLatest } from '../../src/server/db/migrate.ts';
import { appendAudit, verifyAuditChain } from '../../src/server/modules/audit/audit.service.ts';
import { appendLegacyAuditRows } from '../../test/support/audit-legacy.ts';
import { writeJson } from '../lib/json.ts';
import { describeMachine } from '../lib/machine.ts';
import { formatTable } from '../lib/table.ts';
import { percentile } from '../lib/timing.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const url = arg('pg', process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const duration = Number(arg('duration', '10'));
const writers = Number(arg('writers', '10'));
const rounds = Number(arg('rounds', '5'));
const schema = 'bench_audit';

async function dropSchema(): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await dropSchemas(client, [schema]);
  } finally {
    await client.end();
  }
}

type Append = (database: Database, n: number) => Promise<void>;

const modes: { name: string; append: Append }[] = [
  {
    name: 'format 1 (lock, read, hash in Node, insert)',
    append: (d) => appendLegacyAuditRows(d.db, 1),
  },
  {
    name: 'format 2 (one insert, chained at commit)',
    append: (d, n) =>
      d.db
        .transaction()
        .execute((trx) =>
          appendAudit(
            trx,
            { system: true, name: 'bench', requestId: `bench-${n}` },
            { action: 'bench.append', targetType: 'thing', targetId: String(n), details: { n } },
          ),
        ),
  },
];

interface Tally {
  latencies: number[];
  seconds: number;
}

/** Runs `writers` loops of one mode for `seconds`, adding to the mode's tally. */
async function runSlice(database: Database, append: Append, seconds: number, tally: Tally) {
  const deadline = performance.now() + seconds * 1000;
  let n = tally.latencies.length;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        await append(database, (n += 1));
        tally.latencies.push(performance.now() - started);
      }
    }),
  );
  tally.seconds += seconds;
}

async function main(): Promise<void> {
  await dropSchema();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url, schema }, { command: 'bench' });
  const tallies = modes.map(() => ({ latencies: [] as number[], seconds: 0 }));
  let verdict;
  try {
    await migrateToLatest(database);
    // The machine is shared: the modes take turns in short slices so both see the same load.
    // Both write to one chain, as old and new nodes do during a rolling upgrade.
    for (let round = 0; round < rounds; round += 1) {
      for (const [i, mode] of modes.entries()) {
        const tally = tallies[i];
        if (tally) await runSlice(database, mode.append, duration / rounds, tally);
      }
    }
    verdict = await verifyAuditChain(database.db);
  } finally {
    await database.close();
  }
  await dropSchema();
  const results = modes.map((mode, i) => {
    const { latencies, seconds } = tallies[i] ?? { latencies: [], seconds: 1 };
    return {
      mode: mode.name,
      writers,
      appendsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
      p50: Math.round(percentile(latencies, 50) * 100) / 100,
      p99: Math.round(percentile(latencies, 99) * 100) / 100,
    };
  });
  process.stdout.write(
    `${formatTable(
      ['chain format', 'writers', 'appends/s', 'p50 ms', 'p99 ms'],
      results.map((r) => [r.mode, r.writers, r.appendsPerSecond, r.p50, r.p99]),
    )}\nchain of both formats intact: ${String(verdict.ok)} (${verdict.rows} rows)\n`,
  );
  writeJson('bench/results/audit-append.json', {
    machine: describeMachine(),
    durationSeconds: duration,
    rounds,
    chainIntact: verdict.ok,
    results,
  });
}

await main();
