import type { Kysely } from 'kysely';
import { AppError, failIfIssues } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { proposeAgreementInTransaction } from '../sharing/sharing.service.ts';
import { loadReadableAgreement } from '../sharing/sharing-view.service.ts';
import { findAgreementByText, findAgreementRow, lockMeetingRow } from './meetings.repository.ts';
import type { CreateAgreementInput, MeetingAgreementView } from './meetings.schema.ts';
import { loadVisibleMeeting, toMeetingView } from './meetings-view.ts';
import { checkOffices } from './meetings.service.ts';

function sharingPath(path: string): string {
  return /^(dataKinds|validFrom|validUntil)/.test(path) ? `sharing.${path}` : path;
}

/** The draft sharing agreement a kesepakatan proposes, in the kesepakatan's transaction. */
async function proposeSharingDraft(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  meeting: { title: string; held_on: string },
  input: CreateAgreementInput,
  sharing: NonNullable<CreateAgreementInput['sharing']>,
): Promise<string> {
  if (!actor.permissions.has('sharing.propose')) {
    throw new AppError('forbidden', 'Peran Anda tidak memiliki izin sharing.propose.', {
      messageEn: 'Your role lacks the permission sharing.propose.',
      permission: 'sharing.propose',
    });
  }
  if (input.partyOfficeIds.length < 2) {
    failIfIssues([
      {
        path: 'partyOfficeIds',
        message: 'Perjanjian berbagi data memerlukan sedikitnya dua pihak.',
        messageEn: 'A data-sharing agreement needs at least two parties.',
      },
    ]);
  }
  try {
    const proposed = await proposeAgreementInTransaction(deps, trx, actor, {
      title: `Kesepakatan rapat: ${meeting.title}`.slice(0, 200),
      description: input.text.slice(0, 4000),
      dataKinds: sharing.dataKinds,
      partyOfficeIds: input.partyOfficeIds,
      validFrom: sharing.validFrom,
      validUntil: sharing.validUntil,
      sourceReference: `Rapat koordinasi "${meeting.title}", ${meeting.held_on}`.slice(0, 500),
    });
    return proposed.id;
  } catch (error) {
    if (error instanceof AppError && error.details.issues) {
      failIfIssues(error.details.issues.map((i) => ({ ...i, path: sharingPath(i.path) })));
    }
    throw error;
  }
}

/**
 * Records an agreement reached in a meeting. With `sharing`, a draft data-sharing agreement
 * between the parties is proposed through the sharing module: it needs every party head's
 * approval as usual, and the kesepakatan keeps the link. An existing sharing agreement the
 * actor takes part in may be linked instead. The draft and the kesepakatan commit in one
 * transaction, with the meeting row locked: a failure leaves neither, and the same text
 * submitted again for the meeting is a 409 rather than a second kesepakatan and draft.
 */
export async function addAgreement(
  deps: AppDeps,
  actor: Actor,
  meetingId: string,
  input: CreateAgreementInput,
): Promise<MeetingAgreementView> {
  const id = await deps.database.db.transaction().execute(async (trx) => {
    await lockMeetingRow(trx, meetingId);
    const { row: meeting } = await loadVisibleMeeting(deps, actor, meetingId, trx);
    await checkOffices(trx, [{ path: 'partyOfficeIds', ids: input.partyOfficeIds }]);
    const twin = await findAgreementByText(trx, meetingId, input.text);
    if (twin) {
      throw new AppError('conflict', 'Kesepakatan yang sama sudah dicatat pada rapat ini.', {
        messageEn: 'The same agreement is already recorded for this meeting.',
        existingId: twin.id,
      });
    }
    let sharingAgreementId: string | null = null;
    if (input.sharing) {
      sharingAgreementId = await proposeSharingDraft(
        deps,
        trx,
        actor,
        meeting,
        input,
        input.sharing,
      );
    } else if (input.linkSharingAgreementId) {
      await loadReadableAgreement(trx, actor, input.linkSharingAgreementId, false);
      sharingAgreementId = input.linkSharingAgreementId;
    }
    const now = deps.clock();
    const created = await trx
      .insertInto('meeting_agreements')
      .values({
        meeting_id: meetingId,
        text: input.text,
        party_office_ids: input.partyOfficeIds,
        status: input.status,
        sharing_agreement_id: sharingAgreementId,
        source_reference: null,
        demo_note: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      actor,
      {
        action: 'meeting.agreement_add',
        targetType: 'meeting_agreement',
        targetId: created.id,
        officeId: meeting.host_office_id,
        details: { meetingId, ...input, sharingAgreementId },
      },
      deps.clock,
    );
    return created.id;
  });
  return findAgreementView(deps, actor, id);
}

async function findAgreementView(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<MeetingAgreementView> {
  const db = deps.database.db;
  const agreement = await findAgreementRow(db, id);
  if (!agreement) {
    throw new AppError('not_found', 'Kesepakatan tidak ditemukan.', {
      messageEn: 'Agreement not found.',
    });
  }
  const { row, participantIds } = await loadVisibleMeeting(deps, actor, agreement.meeting_id);
  const view = await toMeetingView(db, actor, row, participantIds, deps.clock());
  const found = view.agreements.find((a) => a.id === id);
  if (!found) throw new AppError('internal', 'Kesepakatan hilang setelah disimpan.');
  return found;
}

/** Moves an agreement to another status (draft, agreed, in effect, ended). */
export async function setAgreementStatus(
  deps: AppDeps,
  actor: Actor,
  id: string,
  status: MeetingAgreementView['status'],
): Promise<MeetingAgreementView> {
  await deps.database.db.transaction().execute(async (trx) => {
    const agreement = await findAgreementRow(trx, id);
    if (!agreement) {
      throw new AppError('not_found', 'Kesepakatan tidak ditemukan.', {
        messageEn: 'Agreement not found.',
      });
    }
    const { row } = await loadVisibleMeeting(deps, actor, agreement.meeting_id, trx);
    await trx
      .updateTable('meeting_agreements')
      .set({ status, updated_at: deps.clock() })
      .where('id', '=', id)
      .execute();
    await appendAudit(
      trx,
      actor,
      {
        action: 'meeting.agreement_status',
        targetType: 'meeting_agreement',
        targetId: id,
        officeId: row.host_office_id,
        details: { status: { before: agreement.status, after: status } },
      },
      deps.clock,
    );
  });
  return findAgreementView(deps, actor, id);
}
