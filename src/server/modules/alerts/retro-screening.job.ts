import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql, type Kysely } from 'kysely';
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
import { listSubjectsSince } from '../screening/screening.repository.ts';
import { onEntryActivated } from '../watchlist/watchlist.events.ts';
import { subjectKey } from '../watchlist/suppression-key.ts';
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

/**
 * Screens a newly active watchlist entry against the people screened in the last
 * `retro.windowDays` days by offices in the listing office's scope (as far as the entry's sharing
 * scope reaches), through a temporary index over those subjects. Each strong or possible hit not
 * judged "not the same person" becomes a retro_hit alert for the office that screened the person.
 */
export async function runRetroScreening(
  deps: AppDeps,
  entryId: string,
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
  const subjects = (await listSubjectsSince(db, decisionsReach, since)).filter((s) =>
    entryReachesOffice(
      { officeId: entry.office_id, sharingScope: entry.sharing_scope },
      s.office_id,
      graph,
      (_entryOffice, office) => reachHas(watchlistReach, office),
    ),
  );
  const index = new MatchIndex({ referenceDate: now });
  for (const s of subjects) {
    const watch: WatchEntry = {
      id: s.id,
      kind: 'person',
      names: [s.subject_name],
      ...(s.subject_birth_date ? { birthDate: s.subject_birth_date } : {}),
      ...(s.subject_sex ? { sex: s.subject_sex } : {}),
      ...(s.subject_nik ? { nik: s.subject_nik } : {}),
      passportNumbers: s.passport_number ? [s.passport_number] : [],
      listing: 'suspect',
    };
    index.add(watch);
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
  const suppressed = new Set(
    (
      await db
        .selectFrom('watchlist_suppressions')
        .select('subject_key')
        .where('entry_id', '=', entryId)
        .execute()
    ).map((r) => r.subject_key),
  );
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const alerts: NewAlert[] = [];
  for (const hit of hits) {
    const s = byId.get(hit.entryId);
    if (!s || !ALERTING.has(hit.band)) continue;
    const key = subjectKey({
      nik: s.subject_nik,
      name: s.subject_name,
      birthDate: s.subject_birth_date,
    });
    if (suppressed.has(key)) continue;
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
        label: `${entry.ref_code}: ${entry.reason}`,
        // The entry is the query here, so "query" is the entry's value and "entry" the screened one.
        comparisons: hit.reasons.map((r) => ({ ...r })),
      },
    });
  }
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
        details: { screened: subjects.length, windowDays: days, alerts: raised },
      },
      deps.clock,
    );
    return raised;
  });
  return { screened: subjects.length, alerts: ids };
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
