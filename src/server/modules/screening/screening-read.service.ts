import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { recommend } from '../../../domain/screening/recommend.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { assertCanSee } from '../access/access.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { loadRulePackVersion } from '../rules/rules.service.ts';
import { signalsFromHits } from './screening-match.ts';
import { officeReach, reachHas } from './screening-reach.ts';
import { toScreeningSummary, toScreeningView } from './screening-view.ts';
import {
  findScreeningById,
  listScreeningSummaries,
  type ScreeningRow,
  type ScreeningWithPeople,
} from './screening.repository.ts';
import type { ListScreeningsQuery } from './screening.schema.ts';
import type { HitView, ScreeningSummary, ScreeningView } from './screening-view.schema.ts';
import { officesById, screeningNotFound } from './screening.service.ts';

/** The offices a user acts for at the counter: their office, and a Kanim's checkpoints. */
export async function ownUnit(
  deps: AppDeps,
  actor: Actor,
  db: Kysely<DB> = deps.database.db,
): Promise<Set<string> | 'all'> {
  return officeReach(deps, actor.officeId, 'office', 'screening_decisions', db);
}

/**
 * Loads a screening the user may read: one of an office in their 'screening_decisions' scope,
 * one forwarded to their office, or, out of scope, through the break-glass path.
 */
export async function loadReadableScreening(
  deps: AppDeps,
  actor: Actor,
  id: string,
  breakGlassReason?: string,
): Promise<ScreeningWithPeople> {
  const row = await findScreeningById(deps.database.db, id);
  if (!row) throw screeningNotFound();
  const own = await ownUnit(deps, actor);
  if (row.forwarded_to_office_id && reachHas(own, row.forwarded_to_office_id)) return row;
  await assertCanSee(deps, actor, 'screening_decisions', row.office_id, {
    targetType: 'screening',
    targetId: id,
    breakGlassReason,
  });
  return row;
}

/** One screening; the read is audited. */
export async function getScreening(
  deps: AppDeps,
  actor: Actor,
  id: string,
  breakGlassReason?: string,
): Promise<ScreeningView> {
  const row = await loadReadableScreening(deps, actor, id, breakGlassReason);
  const db = deps.database.db;
  await appendAudit(
    db,
    actor,
    { action: 'screening.view', targetType: 'screening', targetId: id, officeId: actor.officeId },
    deps.clock,
  );
  const offices = await officesById(db, [row.office_id, row.forwarded_to_office_id]);
  return toScreeningView(row, offices, row.people);
}

/**
 * Screenings of the offices in the user's 'screening_decisions' scope, newest first, filtered;
 * an office outside the scope is refused by name rather than answered with an empty list.
 */
export async function listScreenings(
  deps: AppDeps,
  actor: Actor,
  query: ListScreeningsQuery,
): Promise<ScreeningSummary[]> {
  const db = deps.database.db;
  const visible = await officeReach(deps, actor.officeId, actor.scopeLevel, 'screening_decisions');
  if (query.officeId && !reachHas(visible, query.officeId)) {
    throw new AppError('forbidden', 'Kantor ini di luar cakupan akses Anda.', {
      messageEn: 'This office is outside your access scope.',
      issues: [
        {
          path: 'officeId',
          message: 'Kantor ini di luar cakupan akses Anda.',
          messageEn: 'This office is outside your access scope.',
        },
      ],
    });
  }
  const rows = await listScreeningSummaries(db, { officeIds: visible, ...query });
  await appendAudit(
    db,
    actor,
    {
      action: 'screening.list',
      targetType: 'screening',
      details: { count: rows.length, ...query, status: query.status ?? null },
    },
    deps.clock,
  );
  return rows.map(toScreeningSummary);
}

/** What a replay found. */
export interface ReplayResult {
  screeningId: string;
  rulePackVersion: string;
  engineVersion: string;
  stored: { outcome: ScreeningRow['recommendation']; score: number; ruleIds: string[] };
  replayed: { outcome: ScreeningRow['recommendation']; score: number; ruleIds: string[] };
  same: boolean;
}

/**
 * Re-evaluates the stored facts and stored match signals with the stored rule-pack version and
 * reports whether the recommendation comes out the same: a result must be explainable later.
 */
export async function replayScreening(
  deps: AppDeps,
  actor: Actor,
  id: string,
  breakGlassReason?: string,
): Promise<ReplayResult> {
  const row = await loadReadableScreening(deps, actor, id, breakGlassReason);
  const db = deps.database.db;
  const pack = await loadRulePackVersion(db, row.rule_pack_version);
  if (!pack) {
    throw new AppError('conflict', `Paket aturan ${row.rule_pack_version} tidak tersimpan.`, {
      messageEn: `Rule pack ${row.rule_pack_version} is not stored.`,
    });
  }
  const facts = row.facts as unknown as Parameters<typeof recommend>[1];
  const again = recommend(pack, facts, signalsFromHits(row.hits as HitView[]));
  const ruleIdsOf = (reasons: readonly { kind: string; ruleId?: string }[]): string[] =>
    reasons.flatMap((r) => (r.kind === 'rule' && r.ruleId ? [r.ruleId] : []));
  const stored = {
    outcome: row.recommendation,
    score: row.score,
    ruleIds: ruleIdsOf(row.reasons as { kind: string; ruleId?: string }[]),
  };
  const replayed = {
    outcome: again.outcome,
    score: again.score,
    ruleIds: ruleIdsOf(again.reasons),
  };
  // The score is stored as a 4-byte real: compare it to that precision.
  const same =
    stored.outcome === replayed.outcome &&
    Math.abs(stored.score - replayed.score) < 1e-3 &&
    stored.ruleIds.join() === replayed.ruleIds.join();
  await appendAudit(
    db,
    actor,
    {
      action: 'screening.replay',
      targetType: 'screening',
      targetId: id,
      details: { same, rulePackVersion: row.rule_pack_version },
    },
    deps.clock,
  );
  return {
    screeningId: id,
    rulePackVersion: row.rule_pack_version,
    engineVersion: row.engine_version,
    stored,
    replayed,
    same,
  };
}
