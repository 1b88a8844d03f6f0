import type { Kysely } from 'kysely';
import { AppError, failIfIssues, type FieldIssue } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyRole } from '../notifications/notifications.service.ts';
import { findOfficeById, findOfficesByIds } from '../org/org.repository.ts';
import { DEFAULT_AGREEMENT_ZONE, dateInZone } from './agreement-validity.ts';
import {
  agreementNotFound,
  loadOwnSide,
  loadReadableAgreement,
  toAgreementViews,
  zoneOf,
} from './sharing-view.service.ts';
import type { AgreementView, ProposeInput, UpdateDraftInput } from './sharing.schema.ts';
import {
  clearApprovals,
  findAgreementById,
  insertAgreement,
  listPartyRows,
  replaceParties,
  setApproval,
  updateAgreementRow,
} from './sharing.repository.ts';

function conflict(message: string, messageEn: string, extra: Record<string, unknown> = {}) {
  return new AppError('conflict', message, { messageEn, ...extra });
}

/**
 * Checks the parties and dates of a proposal: every party an active Kanwil, Kanim or partner
 * agency (a TPI takes part through its Kanim); the last day not before the first, nor already
 * past in the proposing office's zone; and the proposer's own side among the parties.
 */
async function checkTerms(
  trx: Kysely<DB>,
  actor: Actor,
  terms: { partyOfficeIds: readonly string[]; validFrom: string; validUntil: string | null },
  timeZone: string,
  now: Date,
): Promise<void> {
  const offices = await findOfficesByIds(trx, terms.partyOfficeIds);
  const byId = new Map(offices.map((o) => [o.id, o]));
  const issues: FieldIssue[] = [];
  terms.partyOfficeIds.forEach((id, i) => {
    const office = byId.get(id);
    if (!office || !office.active) {
      issues.push({
        path: `partyOfficeIds[${i}]`,
        message: 'Kantor tidak ditemukan atau tidak aktif.',
        messageEn: 'Office not found or inactive.',
      });
    } else if (office.kind === 'tpi') {
      issues.push({
        path: `partyOfficeIds[${i}]`,
        message: 'TPI ikut serta melalui Kanim induknya.',
        messageEn: 'A TPI takes part through its Kanim.',
      });
    }
  });
  if (terms.validUntil !== null && terms.validUntil < terms.validFrom) {
    issues.push({
      path: 'validUntil',
      message: 'Tanggal berakhir tidak boleh sebelum tanggal mulai.',
      messageEn: 'The last day may not come before the first day.',
    });
  } else if (terms.validUntil !== null && terms.validUntil < dateInZone(now, timeZone)) {
    issues.push({
      path: 'validUntil',
      message: 'Tanggal berakhir sudah lewat.',
      messageEn: 'The last day has already passed.',
    });
  }
  failIfIssues(issues);
  const side = await loadOwnSide(trx, actor);
  if (side !== 'all' && !terms.partyOfficeIds.some((id) => side.has(id))) {
    throw new AppError('forbidden', 'Kantor Anda harus menjadi salah satu pihak.', {
      messageEn: 'Your office must be one of the parties.',
    });
  }
}

async function viewOf(trx: Kysely<DB>, id: string, at: Date): Promise<AgreementView> {
  const record = await findAgreementById(trx, id);
  if (!record) throw agreementNotFound();
  const [view] = await toAgreementViews(trx, [record], at);
  if (!view) throw agreementNotFound();
  return view;
}

async function notifyApprovalNeeded(
  trx: Kysely<DB>,
  agreementId: string,
  title: string,
  officeIds: readonly string[],
): Promise<void> {
  await notifyRole(trx, 'head', officeIds, {
    kind: 'sharing.approval_needed',
    title: 'Persetujuan perjanjian berbagi data diperlukan',
    body: `Perjanjian "${title}" menunggu persetujuan kantor Anda.`,
    link: `/sharing-agreements/${agreementId}`,
  });
}

/** Proposes a draft agreement; the heads of every party are asked to approve it. */
export async function proposeAgreement(
  deps: AppDeps,
  actor: Actor,
  input: ProposeInput,
): Promise<AgreementView> {
  return deps.database.db
    .transaction()
    .execute((trx) => proposeAgreementInTransaction(deps, trx, actor, input));
}

/**
 * The proposal inside a transaction the caller owns, for a module that records its own link to
 * the draft in the same transaction, so the draft and that record commit together or not at all.
 */
export async function proposeAgreementInTransaction(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  input: ProposeInput,
): Promise<AgreementView> {
  const now = deps.clock();
  const proposer = await findOfficeById(trx, actor.officeId);
  const timeZone = proposer?.time_zone ?? DEFAULT_AGREEMENT_ZONE;
  await checkTerms(trx, actor, input, timeZone, now);
  const id = await insertAgreement(trx, {
    title: input.title,
    description: input.description,
    data_kinds: input.dataKinds,
    valid_from: input.validFrom,
    valid_until: input.validUntil,
    source_reference: input.sourceReference,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    proposing_office_id: actor.officeId,
  });
  await replaceParties(trx, id, input.partyOfficeIds);
  await appendAudit(
    trx,
    actor,
    {
      action: 'sharing.propose',
      targetType: 'sharing_agreement',
      targetId: id,
      details: { ...input, timeZone },
    },
    deps.clock,
  );
  await notifyApprovalNeeded(trx, id, input.title, input.partyOfficeIds);
  return viewOf(trx, id, now);
}

/** Changes a draft; every approval given so far is withdrawn and asked for again. */
export async function updateDraft(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: UpdateDraftInput,
): Promise<AgreementView> {
  return deps.database.db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const { record, partyIds } = await loadReadableAgreement(trx, actor, id, true);
    if (record.status !== 'draft') {
      throw conflict(
        'Hanya draf yang dapat diubah; perjanjian aktif atau berakhir tetap seperti disetujui.',
        'Only a draft can be changed; an active or ended agreement stays as approved.',
        { status: record.status },
      );
    }
    const terms = {
      partyOfficeIds: input.partyOfficeIds ?? partyIds,
      validFrom: input.validFrom ?? record.valid_from,
      validUntil: input.validUntil !== undefined ? input.validUntil : record.valid_until,
    };
    await checkTerms(trx, actor, terms, zoneOf(record), now);
    await updateAgreementRow(trx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.dataKinds !== undefined ? { data_kinds: input.dataKinds } : {}),
      ...(input.sourceReference !== undefined ? { source_reference: input.sourceReference } : {}),
      valid_from: terms.validFrom,
      valid_until: terms.validUntil,
      updated_at: now,
    });
    if (input.partyOfficeIds) await replaceParties(trx, id, input.partyOfficeIds);
    else await clearApprovals(trx, id);
    await appendAudit(
      trx,
      actor,
      {
        action: 'sharing.update',
        targetType: 'sharing_agreement',
        targetId: id,
        details: { changes: input, approvalsCleared: true },
      },
      deps.clock,
    );
    await notifyApprovalNeeded(trx, id, input.title ?? record.title, terms.partyOfficeIds);
    return viewOf(trx, id, now);
  });
}

/**
 * Records the approval of the approver's own office; when every party has approved, the
 * agreement becomes active and the heads of all parties are told.
 */
export async function approveAgreement(
  deps: AppDeps,
  actor: Actor,
  id: string,
  partyOfficeId?: string,
): Promise<AgreementView> {
  return deps.database.db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const record = await findAgreementById(trx, id, true);
    if (!record) throw agreementNotFound();
    const parties = await listPartyRows(trx, [id]);
    const party = partyOfficeId ?? actor.officeId;
    if (party !== actor.officeId || !parties.some((p) => p.office_id === party)) {
      throw new AppError(
        'forbidden',
        'Persetujuan hanya dapat diberikan untuk kantor Anda sendiri, dan kantor itu harus menjadi pihak.',
        {
          messageEn: 'You may approve only for your own office, and it must be a party.',
        },
      );
    }
    if (record.status !== 'draft') {
      throw conflict(
        'Perjanjian ini bukan draf lagi; persetujuan tidak diperlukan.',
        'This agreement is no longer a draft; no approval is needed.',
        { status: record.status },
      );
    }
    if (parties.find((p) => p.office_id === party)?.approved_by) {
      throw conflict(
        'Kantor Anda sudah menyetujui perjanjian ini.',
        'Your office has already approved this agreement.',
      );
    }
    if (record.valid_until !== null && record.valid_until < dateInZone(now, zoneOf(record))) {
      throw conflict(
        'Masa berlaku perjanjian sudah lewat; ubah tanggalnya sebelum menyetujui.',
        'The agreement has already expired; change its dates before approving.',
      );
    }
    await setApproval(trx, id, party, actor.userId, now);
    await appendAudit(
      trx,
      actor,
      {
        action: 'sharing.approve',
        targetType: 'sharing_agreement',
        targetId: id,
        details: { partyOfficeId: party },
      },
      deps.clock,
    );
    const pending = parties.filter((p) => p.office_id !== party && p.approved_by === null);
    if (pending.length === 0) {
      await updateAgreementRow(trx, id, { status: 'active', activated_at: now, updated_at: now });
      await appendAudit(
        trx,
        actor,
        {
          action: 'sharing.activate',
          targetType: 'sharing_agreement',
          targetId: id,
          details: { parties: parties.map((p) => p.office_id), dataKinds: record.data_kinds },
        },
        deps.clock,
      );
      await notifyRole(
        trx,
        'head',
        parties.map((p) => p.office_id),
        {
          kind: 'sharing.active',
          title: 'Perjanjian berbagi data berlaku',
          body: `Semua pihak telah menyetujui "${record.title}"; data yang disepakati kini dibagikan.`,
          link: `/sharing-agreements/${id}`,
        },
      );
    }
    return viewOf(trx, id, now);
  });
}

/** Ends an active agreement, with a reason, by the head of one of its parties. */
export async function endAgreement(
  deps: AppDeps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<AgreementView> {
  return deps.database.db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const record = await findAgreementById(trx, id, true);
    if (!record) throw agreementNotFound();
    const parties = await listPartyRows(trx, [id]);
    if (!parties.some((p) => p.office_id === actor.officeId)) {
      throw new AppError('forbidden', 'Hanya pimpinan salah satu pihak yang dapat mengakhiri.', {
        messageEn: 'Only the head of a party may end an agreement.',
      });
    }
    if (record.status !== 'active') {
      throw conflict(
        record.status === 'draft'
          ? 'Draf belum berlaku sehingga tidak dapat diakhiri; ubah atau biarkan saja.'
          : 'Perjanjian ini sudah berakhir.',
        record.status === 'draft'
          ? 'A draft is not in force, so it cannot be ended.'
          : 'This agreement has already ended.',
        { status: record.status },
      );
    }
    await updateAgreementRow(trx, id, {
      status: 'ended',
      ended_at: now,
      ended_by: actor.userId,
      end_reason: reason,
      updated_at: now,
    });
    await appendAudit(
      trx,
      actor,
      { action: 'sharing.end', targetType: 'sharing_agreement', targetId: id, reason },
      deps.clock,
    );
    await notifyRole(
      trx,
      'head',
      parties.map((p) => p.office_id),
      {
        kind: 'sharing.ended',
        title: 'Perjanjian berbagi data berakhir',
        body: `"${record.title}" diakhiri oleh ${actor.fullName}. Alasan: ${reason}`,
        link: `/sharing-agreements/${id}`,
      },
    );
    return viewOf(trx, id, now);
  });
}
