/**
 * `npm run bench:api`: the screening endpoint on PostgreSQL with a large watchlist under 50
 * concurrent clients (autocannon), and the time until an entry approved on one node is screened
 * on a second node. Prints a table and writes bench/results/api.json.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import autocannon from 'autocannon';
import { dropSchemas } from '../../src/server/db/migrate.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';
import { createTestOrg } from '../../test/support/org-factories.ts';
import { createTestUser } from '../../test/support/factories.ts';
import { signIn } from '../../test/support/sign-in.ts';
import { generateQueries } from '../screening/generate/dataset.ts';
import { writeJson } from '../lib/json.ts';
import { describeMachine } from '../lib/machine.ts';
import { formatTable } from '../lib/table.ts';
import { percentile } from '../lib/timing.ts';
import { loadWatchlist } from './load-watchlist.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

// Re-run with a larger heap: two nodes each hold the whole index in memory.
if (!process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=12288', '--import', 'tsx', ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(r.status ?? 1);
}

const url = arg('pg', process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const size = Number(arg('size', '1000000'));
const duration = Number(arg('duration', '20'));
const connections = Number(arg('connections', '50'));
const seed = 20240521;
const schema = 'bench_api';

async function onPostgres(run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

function screeningBody(q: ReturnType<typeof generateQueries>[number]['query']): string {
  return JSON.stringify({
    kind: 'passport_application',
    applicant: {
      name: q.name.slice(0, 200).padEnd(2, 'x'),
      birthDate: q.birthDate && q.birthDate.length === 10 ? q.birthDate : '1990-01-01',
      sex: q.sex ?? 'L',
      ...(q.nik ? { nik: q.nik } : {}),
    },
    document: {},
    trip: { destinationCountry: 'MY', purpose: 'wisata', returnTicket: true },
    sponsor: { names: [], phones: [] },
    documentsShown: {},
    interview: {},
  });
}

async function main(): Promise<void> {
  const database = { kind: 'postgres' as const, url, schema };
  await onPostgres((client) => dropSchemas(client, [schema, `${schema}_boss`]));
  await onPostgres((client) => client.query(`CREATE SCHEMA ${schema}`));
  let a: RunningServer | null = await startServer({ database, port: 0, jobs: false, demo: false });
  const org = await createTestOrg(a.deps.database);
  const officer = await createTestUser(a.deps.database, {
    role: 'counter_officer',
    officeId: org.kanimA1,
  });
  const analyst = await createTestUser(a.deps.database, {
    role: 'intel_analyst',
    officeId: org.kanimA1,
    scopeLevel: 'office',
  });
  const supervisor = await createTestUser(a.deps.database, {
    role: 'supervisor',
    officeId: org.kanimA1,
  });
  await a.close();

  const client = new pg.Client({
    connectionString: url,
    options: `-c search_path=${schema},public`,
  });
  await client.connect();
  process.stdout.write(`loading ${size} watchlist entries into PostgreSQL…\n`);
  const loadSeconds = await loadWatchlist(client, seed, size, org.kanimA1);
  await client.end();

  let started = performance.now();
  a = await startServer({ database, port: 0, jobs: false, demo: false });
  const startSeconds = (performance.now() - started) / 1000;
  const rss = process.memoryUsage().rss;
  const session = await signIn(a.app, officer.username, officer.password);
  const queries = generateQueries({ seed, size, positives: 500, negatives: 1500 });
  let next = 0;
  process.stdout.write(`screening for ${duration} s with ${connections} clients…\n`);
  const result = await autocannon({
    url: `${a.url}/api/screenings`,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...session.headers },
        setupRequest: (req) => {
          const q = queries[next++ % queries.length];
          return { ...req, body: q ? screeningBody(q.query) : '{}' };
        },
      },
    ],
  });

  // Propagation: a second node, then approvals on the first screened on the second.
  const b = await startServer({ database, port: 0, jobs: false, demo: false });
  const aAnalyst = await signIn(a.app, analyst.username, analyst.password);
  const aSupervisor = await signIn(a.app, supervisor.username, supervisor.password);
  const bOfficer = await signIn(b.app, officer.username, officer.password);
  const propagation: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const name = `Wiryo Kusumodihardjo Pramesthi${'abcde'[i]}`;
    const proposed = await a.app.inject({
      method: 'POST',
      url: '/api/watchlist',
      headers: aAnalyst.headers,
      payload: {
        kind: 'person',
        names: [name],
        birthDate: '1971-02-0' + String(i + 1),
        sex: 'L',
        listing: 'suspect',
        reason: 'Entri uji propagasi antar-node',
        sourceType: 'office',
      },
    });
    const id = proposed.json<{ id: string }>().id;
    await a.app.inject({
      method: 'POST',
      url: `/api/watchlist/${id}/approve`,
      headers: aSupervisor.headers,
      payload: {},
    });
    started = performance.now();
    for (;;) {
      const res = await b.app.inject({
        method: 'POST',
        url: '/api/screenings',
        headers: bOfficer.headers,
        payload: JSON.parse(
          screeningBody({ name, birthDate: `1971-02-0${i + 1}`, sex: 'L' }),
        ) as Record<string, unknown>,
      });
      const hits = res.json<{ hits?: { refId: string }[] }>().hits ?? [];
      if (hits.some((h) => h.refId === id)) break;
      if (performance.now() - started > 30_000) break;
    }
    propagation.push(performance.now() - started);
  }
  await b.close();
  await a.close();
  await onPostgres((client) => dropSchemas(client, [schema, `${schema}_boss`]));

  const figures = {
    machine: describeMachine(),
    size,
    connections,
    durationSeconds: duration,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    startSeconds: Math.round(startSeconds * 10) / 10,
    rssMiB: Math.round(rss / 2 ** 20),
    requests: result.requests.total,
    throughput: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    propagationMsMedian: Math.round(percentile(propagation, 50)),
    propagationMsMax: Math.round(Math.max(...propagation)),
  };
  process.stdout.write(
    `${formatTable(
      [
        'entries',
        'clients',
        'screenings/s',
        'p50 ms',
        'p99 ms',
        'non-2xx',
        'errors',
        'start s',
        'propagation ms (median / max)',
      ],
      [
        [
          size,
          connections,
          figures.throughput,
          figures.latencyP50,
          figures.latencyP99,
          figures.non2xx,
          figures.errors,
          figures.startSeconds,
          `${figures.propagationMsMedian} / ${figures.propagationMsMax}`,
        ],
      ],
    )}\n`,
  );
  writeJson('bench/results/api.json', figures);
}

await main();
