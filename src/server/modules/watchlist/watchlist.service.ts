import type { Kysely } from 'kysely';
import { failIfIssues } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import {
  columnsOf,
  diffColumns,
  fieldsOf,
  normalizeEntryFields,
  touchesMatchable,
} from './watchlist-entry-rules.ts';
import {
  allocateRefCodes,
  assertSecondPerson,
  assertStatus,
  auditEntry,
  conflict,
  forbidden,
  loadForChange,
  markIndexed,
  notifyApprovers,
  officeToday,
  runWrite,
} from './watchlist-governance.ts';
import { computeWatchlistReach } from './watchlist-scope.ts';
import { toEntryViews } from './watchlist-view.ts';
import { emitEntryActivated } from './watchlist.events.ts';
import type { EntryView, ProposeInput, UpdateInput } from './watchlist.schema.ts';
import {
  findEntryById,
  insertEntries,
  updateEntry,
  type EntryRow,
} from './watchlist.repository.ts';

async function viewOne(deps: AppDeps, row: EntryRow): Promise<EntryView> {
  const [view] = await toEntryViews(deps.database.db, [row]);
  return view as EntryView;
}

/**
 * Proposes an entry for the actor's office (or another office of its own, such as a TPI under
 * the actor's Kanim); it waits as `proposed` until a second person of that office approves.
 */
export async function proposeEntry(
  deps: AppDeps,
  actor: Actor,
  input: ProposeInput,
): Promise<EntryView> {
  const { id } = await runWrite(deps, { refreshIndex: false }, (trx) =>
    proposeEntryInTransaction(deps, trx, actor, input),
  );
  return viewOne(deps, (await findEntryById(deps.database.db, id)) as EntryRow);
}

/**
 * The proposal inside a transaction the caller owns, for a module that records its own link to
 * the proposal in the same transaction (a proposal is not indexed, so nothing waits on commit).
 */
export async function proposeEntryInTransaction(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  input: ProposeInput,
): Promise<{ id: string; refCode: string }> {
  const now = deps.clock();
  const officeId = input.officeId ?? actor.officeId;
  const reach = await computeWatchlistReach(deps, actor, now, trx);
  if (!reach.own.has(officeId)) {
    throw forbidden(
      'Entri hanya dapat dicatat untuk kantor Anda sendiri.',
      'Entries can be listed for your own office only.',
    );
  }
  const { today } = await officeToday(trx, officeId, now);
  const { value, issues } = normalizeEntryFields(input, today, now);
  failIfIssues(issues);
  const [refCode] = await allocateRefCodes(trx, today, 1);
  const columns = columnsOf(value);
  const [id] = await insertEntries(trx, [
    {
      ...columns,
      ref_code: refCode as string,
      office_id: officeId,
      status: 'proposed',
      proposed_by: actor.userId,
      proposed_at: now,
      updated_at: now,
    },
  ]);
  const entry = { id: id as string, ref_code: refCode as string, office_id: officeId };
  await auditEntry(deps, trx, actor, entry, 'watchlist.propose', {
    status: 'proposed',
    changes: diffColumns({}, columns),
  });
  await notifyApprovers(trx, entry, actor, {
    kind: 'watchlist.approval_needed',
    title: `Usulan daftar pengawasan ${entry.ref_code} menunggu persetujuan`,
    body: `${actor.fullName} mengusulkan ${value.names[0] ?? value.phones[0] ?? ''} (${value.listing}).`,
  });
  return { id: entry.id, refCode: entry.ref_code };
}

/**
 * Changes an entry. A proposal may be changed by anyone of the listing office who proposes; an
 * active entry only with `watchlist.approve`, and a change to what the engine matches on bumps
 * its version and re-indexes it.
 */
export async function updateWatchlistEntry(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: UpdateInput,
): Promise<EntryView> {
  const row = await runWrite(deps, {}, async (trx) => {
    const now = deps.clock();
    const { row: before } = await loadForChange(deps, trx, actor, id);
    assertStatus(before, ['proposed', 'active', 'delist_requested']);
    const live = before.status !== 'proposed';
    if (live && !actor.permissions.has('watchlist.approve')) {
      throw forbidden(
        'Mengubah entri aktif memerlukan izin watchlist.approve.',
        'Changing an active entry needs the watchlist.approve permission.',
        { permission: 'watchlist.approve' },
      );
    }
    const { today } = await officeToday(trx, before.office_id, now);
    const { value, issues } = normalizeEntryFields({ ...fieldsOf(before), ...input }, today, now);
    failIfIssues(issues);
    const columns = columnsOf(value);
    const changes = diffColumns(before, columns);
    if (Object.keys(changes).length === 0) return before;
    const bump = live && touchesMatchable(changes);
    const after = await updateEntry(trx, id, {
      ...columns,
      ...(bump ? { version: before.version + 1 } : {}),
      updated_at: now,
    });
    if (live) await markIndexed(trx, id);
    await auditEntry(deps, trx, actor, after, 'watchlist.update', {
      status: after.status,
      version: { before: before.version, after: after.version },
      changes,
    });
    return after;
  });
  return viewOne(deps, row);
}

/**
 * Approves a proposal: a supervisor or analyst of the listing office who did not propose it.
 * The entry becomes active, is written to the index outbox and announced to the retro-screening
 * listeners in the same transaction.
 */
export async function approveEntry(
  deps: AppDeps,
  actor: Actor,
  id: string,
  note: string | undefined,
): Promise<EntryView> {
  const row = await runWrite(deps, {}, async (trx) => {
    const now = deps.clock();
    const { row: before } = await loadForChange(deps, trx, actor, id);
    assertStatus(before, ['proposed']);
    assertSecondPerson(actor, before.proposed_by);
    const { today } = await officeToday(trx, before.office_id, now);
    if (before.valid_until !== null && before.valid_until < today) {
      throw conflict(
        'Masa berlaku usulan ini sudah lewat; ubah tanggalnya dahulu.',
        'This proposal is already past its last valid day; change the date first.',
      );
    }
    const after = await updateEntry(trx, id, {
      status: 'active',
      decided_by: actor.userId,
      decided_at: now,
      decision_note: note ?? null,
      updated_at: now,
    });
    await markIndexed(trx, id);
    await emitEntryActivated(deps, trx, id);
    await auditEntry(deps, trx, actor, after, 'watchlist.approve', {
      changes: { status: { before: 'proposed', after: 'active' } },
      note: note ?? null,
    });
    if (before.proposed_by !== null) {
      await notifyUsers(trx, [before.proposed_by], {
        kind: 'watchlist.approved',
        title: `Usulan ${after.ref_code} disetujui`,
        body: `${actor.fullName} menyetujui usulan Anda; entri kini aktif.`,
        link: `/watchlist/${id}`,
      });
    }
    return after;
  });
  return viewOne(deps, row);
}

/** Rejects a proposal with a note; the proposer is told why. */
export async function rejectEntry(
  deps: AppDeps,
  actor: Actor,
  id: string,
  note: string,
): Promise<EntryView> {
  const row = await runWrite(deps, { refreshIndex: false }, async (trx) => {
    const now = deps.clock();
    const { row: before } = await loadForChange(deps, trx, actor, id);
    assertStatus(before, ['proposed']);
    assertSecondPerson(actor, before.proposed_by);
    const after = await updateEntry(trx, id, {
      status: 'rejected',
      decided_by: actor.userId,
      decided_at: now,
      decision_note: note,
      updated_at: now,
    });
    await auditEntry(
      deps,
      trx,
      actor,
      after,
      'watchlist.reject',
      { changes: { status: { before: 'proposed', after: 'rejected' } } },
      note,
    );
    if (before.proposed_by !== null) {
      await notifyUsers(trx, [before.proposed_by], {
        kind: 'watchlist.rejected',
        title: `Usulan ${after.ref_code} ditolak`,
        body: note,
        link: `/watchlist/${id}`,
      });
    }
    return after;
  });
  return viewOne(deps, row);
}

/** Asks for an active entry to be delisted; a second person of the listing office decides. */
export async function requestDelisting(
  deps: AppDeps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<EntryView> {
  const row = await runWrite(deps, {}, async (trx) => {
    const now = deps.clock();
    const { row: before } = await loadForChange(deps, trx, actor, id);
    assertStatus(before, ['active']);
    const after = await updateEntry(trx, id, {
      status: 'delist_requested',
      delist_reason: reason,
      delist_requested_by: actor.userId,
      delist_requested_at: now,
      delisted_by: null,
      delisted_at: null,
      updated_at: now,
    });
    await markIndexed(trx, id);
    await auditEntry(
      deps,
      trx,
      actor,
      after,
      'watchlist.delist_request',
      { changes: { status: { before: 'active', after: 'delist_requested' } } },
      reason,
    );
    await notifyApprovers(trx, after, actor, {
      kind: 'watchlist.delist_needed',
      title: `Permohonan hapus ${after.ref_code} menunggu keputusan`,
      body: `${actor.fullName}: ${reason}`,
    });
    return after;
  });
  return viewOne(deps, row);
}

/** Decides on a delisting request: approved, the entry leaves the index; refused, it stays active. */
export async function decideDelisting(
  deps: AppDeps,
  actor: Actor,
  id: string,
  decision: { approve: true; note?: string } | { approve: false; note: string },
): Promise<EntryView> {
  const row = await runWrite(deps, {}, async (trx) => {
    const now = deps.clock();
    const { row: before } = await loadForChange(deps, trx, actor, id);
    assertStatus(before, ['delist_requested']);
    assertSecondPerson(actor, before.delist_requested_by);
    const after = decision.approve
      ? await updateEntry(trx, id, {
          status: 'delisted',
          delisted_by: actor.userId,
          delisted_at: now,
          updated_at: now,
        })
      : await updateEntry(trx, id, {
          status: 'active',
          delist_reason: null,
          delist_requested_by: null,
          delist_requested_at: null,
          updated_at: now,
        });
    await markIndexed(trx, id);
    await auditEntry(
      deps,
      trx,
      actor,
      after,
      decision.approve ? 'watchlist.delist' : 'watchlist.delist_reject',
      {
        changes: { status: { before: 'delist_requested', after: after.status } },
        requestReason: before.delist_reason,
      },
      decision.note,
    );
    if (before.delist_requested_by !== null) {
      await notifyUsers(trx, [before.delist_requested_by], {
        kind: decision.approve ? 'watchlist.delisted' : 'watchlist.delist_rejected',
        title: decision.approve
          ? `${after.ref_code} dihapus dari daftar pengawasan`
          : `Permohonan hapus ${after.ref_code} ditolak`,
        body: decision.note ?? '',
        link: `/watchlist/${id}`,
      });
    }
    return after;
  });
  return viewOne(deps, row);
}
