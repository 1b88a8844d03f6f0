import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql, type Kysely, type SqlBool } from 'kysely';
import PgBoss from 'pg-boss';
import { z } from 'zod';
import { MatchIndex, type WatchEntry } from '../../../engine/index.ts';
import type { SystemActor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  entryReachesOffice,
  loadOfficeGraph,
  officeReach,
  reachHas,
} from '../screening/screening-reach.ts';
import { readNumberSetting } from '../screening/screening-settings.ts';
import { onEntryActivated } from '../watchlist/watchlist.events.ts';
import { subjectKey } from '../watchlist/suppression-key.ts';
import {
  isRestrictedFor,
  maskComparisons,
  ownOfficesOf,
  restrictedHitLabel,
} from '../watchlist/watchlist-sensitivity.ts';
import { raiseAlerts, type NewAlert } from './alerts.service.ts';

/** The queue of retro-screening runs, one job per newly active entry. */
export const RETRO_SCREENING_QUEUE = 'retro-screening';

const payloadSchema = z.object({ entryId: z.uuid() });

/** The pg-boss schema next to the database's own (as the job runner names it). */
function bossSchema(deps: AppDeps): string {
  return deps.database.schema === 'public' ? 'pgboss' : `${deps.database.schema}_boss`;
}

/**
 * Queues a retro-screening of a newly active entry inside the transaction that activated it, so
 * the job exists exactly when the activation commits. The watchlist module calls it on every
 * activation. Before any job runner has created the queue tables there is nothing to queue into,
 * and the activation goes ahead without one.
 */
export async function enqueueRetroScreening(
  deps: AppDeps,
  trx: Kysely<DB>,
  entryId: string,
): Promise<void> {
  const schema = bossSchema(deps);
  const ready = await sql<{ ok: boolean }>`
    SELECT to_regclass(${`${schema}.job`}) IS NOT NULL AS ok`.execute(trx);
  if (!ready.rows[0]?.ok) return;
  // An unstarted sender whose only statement runs on the caller's transaction.
  const sender = new PgBoss({
    schema,
    db: {
      executeSql: async (text: string, values: unknown[]) => {
        const result = await trx.executeQuery(CompiledQuery.raw(text, values));
        return { rows: result.rows };
      },
    },
  });
  await sender.send(RETRO_SCREENING_QUEUE, { entryId });
}

const ALERTING = new Set(['strong', 'possible']);

/** History rows read per statement: the window is streamed, never held whole. */
export const RETRO_BATCH_SIZE = 1000;

/** One screened subject of the history window, as retro-screening indexes it. */
type SubjectRow = Awaited<ReturnType<typeof readSubjectBatch>>[number];

/**
 * One batch of the subjects screened since `since` by `officeIds`, in (created_at, id) order
 * after `after` (keyset pagination; `cursor` is created_at as text, exact to the microsecond).
 */
async function readSubjectBatch(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
  since: Date,
  after: { cursor: string; id: string } | null,
  limit: number,
) {
  let q = db
    .selectFrom('screenings')
    .select([
      'id',
      'office_id',
      'subject_name',
      'subject_nik',
      'subject_birth_date',
      'subject_sex',
      'passport_number',
      sql<string>`created_at::text`.as('cursor'),
    ])
    .where('created_at', '>=', since);
  if (officeIds !== 'all') q = q.where('office_id', 'in', [...officeIds]);
  if (after) {
    q = q.where(sql<SqlBool>`(created_at, id) > (${after.cursor}::timestamptz, ${after.id}::uuid)`);
  }
  return q.orderBy('created_at').orderBy('id').limit(limit).execute();
}

/** Every subject of the window, a batch at a time. */
async function* subjectBatches(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
  since: Date,
  batchSize: number,
): AsyncGenerator<SubjectRow[]> {
  if (officeIds !== 'all' && officeIds.size === 0) return;
  let after: { cursor: string; id: string } | null = null;
  for (;;) {
    const rows = await readSubjectBatch(db, officeIds, since, after, batchSize);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { cursor: last.cursor, id: last.id };
  }
}

function subjectToWatch(s: SubjectRow): WatchEntry {
  return {
    id: s.id,
    kind: 'person',
    names: [s.subject_name],
    ...(s.subject_birth_date ? { birthDate: s.subject_birth_date } : {}),
    ...(s.subject_sex ? { sex: s.subject_sex } : {}),
    ...(s.subject_nik ? { nik: s.subject_nik } : {}),
    passportNumbers: s.passport_number ? [s.passport_number] : [],
    listing: 'suspect',
  };
}

/**
 * Screens a newly active watchlist entry against the people screened in the last
 * `retro.windowDays` days by offices in the listing office's scope (as far as the entry's sharing
 * scope reaches), through a temporary index over those subjects. The window is read in batches
 * of `batchSize` rows by keyset pagination on (created_at, id): each batch goes into the index
 * and is let go, so memory holds the index's compact form, not the rows; the index is the same
 * as one built from the whole window, so the scores are too. Each strong or possible hit not
 * judged "not the same person" becomes a retro_hit alert for the office that screened the
 * person; for a rahasia entry, an office outside the listing office sees the names matched and
 * its own values, the rest of the entry's masked.
 */
export async function runRetroScreening(
  deps: AppDeps,
  entryId: string,
  options: { batchSize?: number } = {},
): Promise<{ screened: number; alerts: string[] }> {
  const db = deps.database.db;
  const now = deps.clock();
  const entry = await db
    .selectFrom('watchlist_entries')
    .selectAll()
    .where('id', '=', entryId)
    .executeTakeFirst();
  const live = entry && (entry.status === 'active' || entry.status === 'delist_requested');
  if (!entry || !live || entry.kind !== 'person' || entry.names.length === 0) {
    return { screened: 0, alerts: [] };
  }
  const days = await readNumberSetting(db, 'retro.windowDays');
  const since = new Date(now.getTime() - days * 86_400_000);
  const graph = await loadOfficeGraph(db);
  const decisionsReach = await officeReach(
    deps,
    entry.office_id,
    'agreement',
    'screening_decisions',
  );
  const watchlistReach = await officeReach(deps, entry.office_id, 'agreement', 'watchlist');
  const reaches = (officeId: string): boolean =>
    entryReachesOffice(
      { officeId: entry.office_id, sharingScope: entry.sharing_scope },
      officeId,
      graph,
      (_entryOffice, office) => reachHas(watchlistReach, office),
    );
  const index = new MatchIndex({ referenceDate: now });
  const batches = subjectBatches(db, decisionsReach, since, options.batchSize ?? RETRO_BATCH_SIZE);
  for await (const batch of batches) {
    for (const s of batch) if (reaches(s.office_id)) index.add(subjectToWatch(s));
  }
  const [name, ...aliases] = entry.names as [string, ...string[]];
  const hits = index.search(
    {
      name,
      aliases,
      ...(entry.birth_date ? { birthDate: entry.birth_date } : {}),
      ...(entry.sex ? { sex: entry.sex } : {}),
      ...(entry.nik ? { nik: entry.nik } : {}),
      ...(entry.passport_numbers[0] ? { passportNumber: entry.passport_numbers[0] } : {}),
    },
    { limit: 100 },
  );
  const alerting = hits.filter((hit) => ALERTING.has(hit.band));
  const suppressed = new Set(
    (
      await db
        .selectFrom('watchlist_suppressions')
        .select('subject_key')
        .where('entry_id', '=', entryId)
        .execute()
    ).map((r) => r.subject_key),
  );
  const found =
    alerting.length === 0
      ? []
      : await findHitSubjects(
          db,
          alerting.map((h) => h.entryId),
        );
  const byId = new Map(found.map((s) => [s.id, s]));
  const listingOffice = await db
    .selectFrom('offices')
    .select('name')
    .where('id', '=', entry.office_id)
    .executeTakeFirst();
  const alerts: NewAlert[] = [];
  for (const hit of alerting) {
    const s = byId.get(hit.entryId);
    if (!s) continue;
    const key = subjectKey({
      nik: s.subject_nik,
      name: s.subject_name,
      birthDate: s.subject_birth_date,
    });
    if (suppressed.has(key)) continue;
    const restricted = isRestrictedFor(ownOfficesOf(graph, s.office_id), {
      sensitivity: entry.sensitivity,
      officeId: entry.office_id,
    });
    alerts.push({
      kind: 'retro_hit',
      officeId: s.office_id,
      sourceOfficeId: entry.office_id,
      screeningId: s.id,
      entryId,
      band: hit.band,
      score: Math.round(hit.score * 1000) / 1000,
      summary: {
        subjectName: s.subject_name,
        screeningRef: s.ref_code,
        screenedAt: s.created_at.toISOString(),
        matchedRef: entry.ref_code,
        listing: entry.listing,
        label: restricted
          ? restrictedHitLabel(entry.ref_code, { name: listingOffice?.name ?? '' })
          : `${entry.ref_code}: ${entry.reason}`,
        // The entry is the query here, so "query" is the entry's value and "entry" the screened one.
        comparisons: restricted
          ? maskComparisons(hit.reasons, 'query')
          : hit.reasons.map((r) => ({ ...r })),
      },
    });
  }
  const screened = index.size;
  const actor: SystemActor = { system: true, name: 'retro-screening', requestId: randomUUID() };
  const ids = await db.transaction().execute(async (trx) => {
    const raised = await raiseAlerts(trx, alerts, now);
    await appendAudit(
      trx,
      actor,
      {
        action: 'watchlist.retro_screen',
        targetType: 'watchlist_entry',
        targetId: entryId,
        officeId: entry.office_id,
        details: { screened, windowDays: days, alerts: raised },
      },
      deps.clock,
    );
    return raised;
  });
  return { screened, alerts: ids };
}

/** The screenings behind the hits, with what an alert names. */
async function findHitSubjects(db: Kysely<DB>, ids: readonly string[]) {
  return db
    .selectFrom('screenings')
    .select([
      'id',
      'ref_code',
      'office_id',
      'created_at',
      'subject_name',
      'subject_nik',
      'subject_birth_date',
    ])
    .where('id', 'in', ids)
    .execute();
}

/** Hooks retro-screening to watchlist activations (once per process; the hook set dedupes). */
export function listenForActivations(): void {
  onEntryActivated(enqueueRetroScreening);
}

/** Registers the retro-screening worker. */
export async function registerAlertJobs(deps: AppDeps, jobs: JobRunner): Promise<void> {
  listenForActivations();
  await jobs.work(RETRO_SCREENING_QUEUE, async (payload) => {
    const { entryId } = payloadSchema.parse(payload);
    await runRetroScreening(deps, entryId);
  });
}
