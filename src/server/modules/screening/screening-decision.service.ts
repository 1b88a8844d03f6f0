import type { Kysely } from 'kysely';
import { AppError, type FieldIssue } from '../../../domain/errors.ts';
import { isLessStrict, type Outcome } from '../../../domain/screening/indicator-rules.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB, OfficeRow } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { enqueueIndexChange } from '../matching/matching.repository.ts';
import { matchingFor } from '../matching/matching.service.ts';
import { notifyRole, notifyUsers } from '../notifications/notifications.service.ts';
import { findOfficeById } from '../org/org.repository.ts';
import { loadRulePackVersion } from '../rules/rules.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { reachHas } from './screening-reach.ts';
import { readNumberSetting } from './screening-settings.ts';
import { toScreeningSummary } from './screening-view.ts';
import {
  findScreeningById,
  listScreeningSummaries,
  lockScreening,
  nextReceiptSeq,
  updateScreening,
  type ScreeningRow,
} from './screening.repository.ts';
import type { DecisionInput } from './screening.schema.ts';
import type { ScreeningSummary, ScreeningView } from './screening-view.schema.ts';
import { ownUnit } from './screening-read.service.ts';
import { loadScreeningView, screeningNotFound, validationError } from './screening.service.ts';

/** The shortest note that explains deciding less strictly than recommended. */
export const OVERRIDE_NOTE_MIN = 10;

/** True when deciding `decision` on a `recommendation` needs a supervisor's approval. */
export function needsApproval(decision: Outcome, recommendation: Outcome): boolean {
  return (
    (recommendation === 'TUNDA' || recommendation === 'TOLAK') &&
    isLessStrict(decision, recommendation)
  );
}

/** Adds days to a calendar date (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

async function loadOwnScreening(
  deps: AppDeps,
  actor: Actor,
  id: string,
  db: Kysely<DB>,
): Promise<ScreeningRow> {
  const row = await lockScreening(db, id);
  if (!row) throw screeningNotFound();
  if (!reachHas(await ownUnit(deps, actor, db), row.office_id)) {
    throw new AppError(
      'forbidden',
      'Hanya kantor yang melakukan pemeriksaan yang dapat memutuskan.',
      {
        messageEn: 'Only the office that screened may decide.',
      },
    );
  }
  return row;
}

async function officeOf(db: Kysely<DB>, id: string): Promise<OfficeRow> {
  const office = await findOfficeById(db, id);
  if (!office) throw new AppError('internal', `office ${id} missing`);
  return office;
}

/** The offices whose supervisors approve for a screening office: itself and, for a TPI, its Kanim. */
function approvingOffices(office: OfficeRow): string[] {
  return office.kind === 'tpi' && office.parent_id ? [office.id, office.parent_id] : [office.id];
}

/** The columns a final decision sets besides the decision itself. */
interface FinalEffects {
  tunda_deadline?: string;
  receipt_number?: string;
  receipt_issued_at?: Date;
  forwarded_to_office_id?: string | null;
}

/**
 * What a decision becomes once final: a TUNDA gets its deadline in the office's calendar; a
 * TUNDA or TOLAK enters the shared history; a TUNDA at a checkpoint issues the receipt for the
 * withheld passport and forwards the matter to the issuing Kanim.
 */
async function finalise(
  trx: Kysely<DB>,
  deps: AppDeps,
  actor: Actor,
  row: ScreeningRow,
  decision: Outcome,
  at: Date,
): Promise<FinalEffects> {
  const office = await officeOf(trx, row.office_id);
  const changes: FinalEffects = {};
  if (decision === 'TUNDA') {
    const days = await readNumberSetting(trx, 'tunda.deadlineDays');
    changes.tunda_deadline = addDays(dateInZone(at, office.time_zone), days);
  }
  if (decision === 'TUNDA' || decision === 'TOLAK') {
    await enqueueIndexChange(trx, 'history', row.id);
  }
  if (decision === 'TUNDA' && row.kind === 'departure_check' && !row.receipt_number) {
    const year = Number(dateInZone(at, office.time_zone).slice(0, 4));
    const seq = await nextReceiptSeq(trx, office.id, year);
    const form = row.form as { document?: { issuingOfficeId?: string } };
    const target = form.document?.issuingOfficeId ?? office.parent_id;
    changes.receipt_number = `STP/${office.code}/${year}/${String(seq).padStart(5, '0')}`;
    changes.receipt_issued_at = at;
    changes.forwarded_to_office_id = target;
    if (target) {
      for (const role of ['supervisor', 'counter_officer'] as const) {
        await notifyRole(trx, role, [target], {
          kind: 'screening.forwarded',
          title: `Paspor ditahan di ${office.short_name}: ${changes.receipt_number}`,
          body: `${row.subject_name} (paspor ${row.passport_number ?? '-'}) diteruskan untuk tindak lanjut.`,
          link: `/screenings/${row.id}`,
        });
      }
      await appendAudit(
        trx,
        actor,
        {
          action: 'screening.forward',
          targetType: 'screening',
          targetId: row.id,
          details: { receiptNumber: changes.receipt_number, forwardedTo: target },
        },
        deps.clock,
      );
    }
  }
  return changes;
}

async function catchUpIndex(deps: AppDeps, decision: Outcome): Promise<void> {
  if (decision === 'TUNDA' || decision === 'TOLAK') await (await matchingFor(deps)).catchUp();
}

async function checkDecision(
  db: Kysely<DB>,
  row: ScreeningRow,
  input: DecisionInput,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const pack = await loadRulePackVersion(db, row.rule_pack_version);
  const known = new Set(pack?.rules.map((r) => r.id) ?? []);
  input.indicatorsObserved.forEach((id, i) => {
    if (!known.has(id)) {
      issues.push({
        path: `indicatorsObserved.${i}`,
        message: `Indikator ${id} tidak ada dalam paket aturan ${row.rule_pack_version}.`,
        messageEn: `Indicator ${id} is not in rule pack ${row.rule_pack_version}.`,
      });
    }
  });
  if ((input.decision === 'TUNDA' || input.decision === 'TOLAK') && !input.reasonCategory) {
    issues.push({
      path: 'reasonCategory',
      message: 'Kategori alasan wajib untuk TUNDA dan TOLAK.',
      messageEn: 'A reason category is required for TUNDA and TOLAK.',
    });
  }
  if (
    needsApproval(input.decision, row.recommendation) &&
    (input.note ?? '').length < OVERRIDE_NOTE_MIN
  ) {
    issues.push({
      path: 'note',
      message: `Keputusan lebih ringan dari rekomendasi ${row.recommendation} perlu catatan minimal ${OVERRIDE_NOTE_MIN} karakter.`,
      messageEn: `Deciding less strictly than the ${row.recommendation} recommendation needs a note of at least ${OVERRIDE_NOTE_MIN} characters.`,
    });
  }
  return issues;
}

/**
 * Records the officer's decision. Less strict than a TUNDA or TOLAK recommendation, it waits for
 * a supervisor of the office (who is told); otherwise it is final at once.
 */
export async function decideScreening(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: DecisionInput,
): Promise<ScreeningView> {
  const db = deps.database.db;
  const at = deps.clock();
  await db.transaction().execute(async (trx) => {
    const row = await loadOwnScreening(deps, actor, id, trx);
    if (row.decision_status !== 'open' && row.decision_status !== 'rejected_by_supervisor') {
      throw new AppError('conflict', 'Pemeriksaan ini sudah diputuskan.', {
        messageEn: 'This screening has already been decided.',
        status: row.decision_status,
      });
    }
    const issues = await checkDecision(trx, row, input);
    if (issues.length > 0) throw validationError(issues);
    const awaiting = needsApproval(input.decision, row.recommendation);
    const base = {
      decision: input.decision,
      decided_by: actor.userId,
      decided_at: at,
      indicators_observed: input.indicatorsObserved,
      decision_note: input.note ?? null,
      decision_reason_category: input.reasonCategory ?? null,
      approval_by: null,
      approval_at: null,
      approval_note: null,
    };
    if (awaiting) {
      await updateScreening(trx, id, { ...base, decision_status: 'awaiting_approval' });
      const office = await officeOf(trx, row.office_id);
      await notifyRole(trx, 'supervisor', approvingOffices(office), {
        kind: 'screening.approval_needed',
        title: `Persetujuan diperlukan: ${input.decision} atas rekomendasi ${row.recommendation}`,
        body: `${actor.fullName} memutuskan ${input.decision} untuk ${row.subject_name}: ${input.note ?? ''}`,
        link: `/screenings/${id}`,
      });
    } else {
      const effects = await finalise(trx, deps, actor, row, input.decision, at);
      await updateScreening(trx, id, { ...base, ...effects, decision_status: 'final' });
    }
    await appendAudit(
      trx,
      actor,
      {
        action: 'screening.decide',
        targetType: 'screening',
        targetId: id,
        ...(input.note ? { reason: input.note } : {}),
        details: {
          decision: input.decision,
          recommendation: row.recommendation,
          awaitingApproval: awaiting,
          indicatorsObserved: input.indicatorsObserved,
          reasonCategory: input.reasonCategory ?? null,
        },
      },
      deps.clock,
    );
    return awaiting;
  });
  await catchUpIndex(deps, input.decision);
  return loadScreeningView(db, id);
}

/**
 * A supervisor of the office, not the deciding officer, approves an override (it becomes final)
 * or refuses it (the officer decides again).
 */
export async function approveScreening(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: { approve: boolean; note?: string | undefined },
): Promise<ScreeningView> {
  const db = deps.database.db;
  const at = deps.clock();
  const decision = await db.transaction().execute(async (trx) => {
    const row = await loadOwnScreening(deps, actor, id, trx);
    if (row.decision_status !== 'awaiting_approval' || !row.decision) {
      throw new AppError('conflict', 'Pemeriksaan ini tidak menunggu persetujuan.', {
        messageEn: 'This screening is not awaiting approval.',
        status: row.decision_status,
      });
    }
    if (row.decided_by === actor.userId) {
      throw new AppError('forbidden', 'Keputusan sendiri tidak dapat disetujui sendiri.', {
        messageEn: 'You cannot approve your own decision.',
      });
    }
    if (!input.approve && (input.note ?? '').length < 3) {
      throw validationError([
        {
          path: 'note',
          message: 'Alasan penolakan persetujuan wajib diisi.',
          messageEn: 'A reason is required to refuse the approval.',
        },
      ]);
    }
    const approval = {
      approval_by: actor.userId,
      approval_at: at,
      approval_note: input.note ?? null,
    };
    if (input.approve) {
      const effects = await finalise(trx, deps, actor, row, row.decision, at);
      await updateScreening(trx, id, { ...approval, ...effects, decision_status: 'final' });
    } else {
      await updateScreening(trx, id, { ...approval, decision_status: 'rejected_by_supervisor' });
    }
    if (row.decided_by) {
      await notifyUsers(trx, [row.decided_by], {
        kind: input.approve ? 'screening.approved' : 'screening.approval_refused',
        title: input.approve
          ? `Keputusan ${row.decision} untuk ${row.subject_name} disetujui`
          : `Keputusan ${row.decision} untuk ${row.subject_name} tidak disetujui: putuskan ulang`,
        body: input.note ?? '',
        link: `/screenings/${id}`,
      });
    }
    await appendAudit(
      trx,
      actor,
      {
        action: input.approve ? 'screening.approve' : 'screening.approval_refuse',
        targetType: 'screening',
        targetId: id,
        ...(input.note ? { reason: input.note } : {}),
        details: {
          decision: row.decision,
          recommendation: row.recommendation,
          decidedBy: row.decided_by,
        },
      },
      deps.clock,
    );
    return input.approve ? row.decision : null;
  });
  if (decision) await catchUpIndex(deps, decision);
  return loadScreeningView(db, id);
}

/** The supervisor's queue: overrides awaiting approval at the offices they approve for. */
export async function listAwaitingApproval(
  deps: AppDeps,
  actor: Actor,
): Promise<ScreeningSummary[]> {
  const db = deps.database.db;
  const unit = await ownUnit(deps, actor);
  const rows = await listScreeningSummaries(db, {
    officeIds: unit,
    status: 'awaiting_approval',
    limit: 200,
    offset: 0,
  });
  await appendAudit(
    db,
    actor,
    {
      action: 'screening.approval_queue',
      targetType: 'screening',
      details: { count: rows.length },
    },
    deps.clock,
  );
  return rows.map(toScreeningSummary);
}

/** The receiving Kanim records what became of a forwarded matter. */
export async function recordFollowup(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: { outcome: string; note: string },
): Promise<ScreeningView> {
  const db = deps.database.db;
  const row = await findScreeningById(db, id);
  if (!row) throw screeningNotFound();
  const unit = await ownUnit(deps, actor);
  if (!row.forwarded_to_office_id || !reachHas(unit, row.forwarded_to_office_id)) {
    throw new AppError('forbidden', 'Hanya Kanim penerima yang mencatat tindak lanjut.', {
      messageEn: 'Only the receiving Kanim records the follow-up.',
    });
  }
  await db.transaction().execute(async (trx) => {
    await updateScreening(trx, id, {
      followup_outcome: input.outcome,
      followup_note: input.note,
      followup_by: actor.userId,
      followup_at: deps.clock(),
    });
    await notifyRole(trx, 'supervisor', [row.office_id], {
      kind: 'screening.followup',
      title: `Tindak lanjut ${row.receipt_number ?? row.ref_code}: ${input.outcome}`,
      body: input.note,
      link: `/screenings/${id}`,
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'screening.followup',
        targetType: 'screening',
        targetId: id,
        reason: input.note,
        details: { outcome: input.outcome },
      },
      deps.clock,
    );
  });
  return loadScreeningView(db, id);
}
