import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { WatchlistImportBatchesTable } from '../../db/schema-screening.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import {
  assertSecondPerson,
  auditEntry,
  conflict,
  forbidden,
  markIndexed,
  officeToday,
  runWrite,
} from './watchlist-governance.ts';
import { computeWatchlistReach } from './watchlist-scope.ts';
import { emitEntryActivated } from './watchlist.events.ts';
import { mapOfficeNames, updateEntry } from './watchlist.repository.ts';

type BatchRow = Selectable<WatchlistImportBatchesTable>;

/** One import batch as the API returns it. */
export interface ImportBatchView {
  id: string;
  office: { id: string; name: string };
  source: string;
  entryCount: number;
  firstRefCode: string;
  lastRefCode: string;
  status: BatchRow['status'];
  proposedBy: { id: string; name: string } | null;
  proposedAt: string;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** What a batch decision changed. */
export interface BatchDecision {
  batch: ImportBatchView;
  /** Entries that changed state; entries already decided one by one are left as they are. */
  decided: number;
}

function batchNotFound(): AppError {
  return new AppError('not_found', 'Batch impor tidak ditemukan.', {
    messageEn: 'Import batch not found.',
  });
}

async function toViews(db: Kysely<DB>, rows: readonly BatchRow[]): Promise<ImportBatchView[]> {
  const offices = await mapOfficeNames(db, [...new Set(rows.map((r) => r.office_id))]);
  const userIds = [
    ...new Set(rows.flatMap((r) => [r.proposed_by, r.decided_by]).filter((v) => v !== null)),
  ];
  const users =
    userIds.length === 0
      ? []
      : await db
          .selectFrom('users')
          .select(['id', 'full_name'])
          .where('id', 'in', userIds)
          .execute();
  const nameOf = new Map(users.map((u) => [u.id, u.full_name]));
  const person = (id: string | null) => (id === null ? null : { id, name: nameOf.get(id) ?? id });
  return rows.map((r) => ({
    id: r.id,
    office: { id: r.office_id, name: offices.get(r.office_id)?.name ?? r.office_id },
    source: r.source,
    entryCount: r.entry_count,
    firstRefCode: r.first_ref_code,
    lastRefCode: r.last_ref_code,
    status: r.status,
    proposedBy: person(r.proposed_by),
    proposedAt: r.proposed_at.toISOString(),
    decidedBy: person(r.decided_by),
    decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
    decisionNote: r.decision_note,
  }));
}

/** The import batches of the actor's own offices, newest first (proposed ones by default). */
export async function listImportBatches(
  deps: AppDeps,
  actor: Actor,
  status: BatchRow['status'] = 'proposed',
): Promise<ImportBatchView[]> {
  const db = deps.database.db;
  const reach = await computeWatchlistReach(deps, actor, deps.clock());
  const own = [...reach.own];
  if (own.length === 0) return [];
  const rows = await db
    .selectFrom('watchlist_import_batches')
    .selectAll()
    .where('office_id', 'in', own)
    .where('status', '=', status)
    .orderBy('proposed_at', 'desc')
    .limit(100)
    .execute();
  return toViews(db, rows);
}

/** Loads and locks a batch the actor may decide on: own office, watchlist.approve, not theirs. */
async function loadBatchForDecision(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  id: string,
): Promise<BatchRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw batchNotFound();
  const batch = await trx
    .selectFrom('watchlist_import_batches')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!batch) throw batchNotFound();
  const reach = await computeWatchlistReach(deps, actor, deps.clock(), trx);
  if (!reach.own.has(batch.office_id)) throw batchNotFound();
  if (!actor.permissions.has('watchlist.approve')) {
    throw forbidden(
      'Memutus batch impor memerlukan izin watchlist.approve.',
      'Deciding on an import batch needs the watchlist.approve permission.',
      { permission: 'watchlist.approve' },
    );
  }
  if (batch.status !== 'proposed') {
    throw conflict(
      `Batch impor ini sudah diputus (${batch.status}).`,
      `This import batch is already decided (${batch.status}).`,
      { status: batch.status },
    );
  }
  assertSecondPerson(actor, batch.proposed_by);
  return batch;
}

async function proposedEntriesOf(trx: Kysely<DB>, batchId: string) {
  return trx
    .selectFrom('watchlist_entries')
    .selectAll()
    .where('import_batch_id', '=', batchId)
    .where('status', '=', 'proposed')
    .orderBy('ref_code')
    .forUpdate()
    .execute();
}

async function closeBatch(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  batch: BatchRow,
  status: 'approved' | 'rejected',
  note: string | null,
  decided: number,
): Promise<BatchDecision> {
  const now = deps.clock();
  const after = await trx
    .updateTable('watchlist_import_batches')
    .set({ status, decided_by: actor.userId, decided_at: now, decision_note: note })
    .where('id', '=', batch.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(
    trx,
    actor,
    {
      action: status === 'approved' ? 'watchlist.import_approve' : 'watchlist.import_reject',
      targetType: 'watchlist_import_batch',
      targetId: batch.id,
      ...(note !== null && status === 'rejected' ? { reason: note } : {}),
      details: {
        officeId: batch.office_id,
        source: batch.source,
        entryCount: batch.entry_count,
        decided,
        firstRefCode: batch.first_ref_code,
        lastRefCode: batch.last_ref_code,
        proposedBy: batch.proposed_by,
        note,
      },
    },
    deps.clock,
  );
  if (batch.proposed_by !== null) {
    await notifyUsers(trx, [batch.proposed_by], {
      kind: status === 'approved' ? 'watchlist.approved' : 'watchlist.rejected',
      title:
        status === 'approved'
          ? `Impor ${batch.source} disetujui (${decided} entri aktif)`
          : `Impor ${batch.source} ditolak`,
      body: note ?? `${actor.fullName}`,
      link: `/watchlist?status=${status === 'approved' ? 'active' : 'rejected'}`,
    });
  }
  const [view] = await toViews(trx, [after]);
  return { batch: view as ImportBatchView, decided };
}

/**
 * Approves a batch inside the caller's transaction: every entry of it still proposed becomes
 * active (indexed and announced to retro-screening), one audit row per entry and one for the
 * batch. Any entry past its last valid day refuses the whole batch.
 */
export async function approveImportBatchInTransaction(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  batchId: string,
  note: string | null,
): Promise<BatchDecision> {
  const batch = await loadBatchForDecision(deps, trx, actor, batchId);
  const now = deps.clock();
  const { today } = await officeToday(trx, batch.office_id, now);
  const entries = await proposedEntriesOf(trx, batch.id);
  const stale = entries.find((e) => e.valid_until !== null && e.valid_until < today);
  if (stale) {
    throw conflict(
      `Masa berlaku ${stale.ref_code} sudah lewat; ubah atau tolak entri itu dahulu.`,
      `${stale.ref_code} is already past its last valid day; change or reject it first.`,
      { refCode: stale.ref_code },
    );
  }
  for (const entry of entries) {
    const after = await updateEntry(trx, entry.id, {
      status: 'active',
      decided_by: actor.userId,
      decided_at: now,
      decision_note: note,
      updated_at: now,
    });
    await markIndexed(trx, entry.id);
    await emitEntryActivated(deps, trx, entry.id);
    await auditEntry(deps, trx, actor, after, 'watchlist.approve', {
      changes: { status: { before: 'proposed', after: 'active' } },
      importBatchId: batch.id,
      note,
    });
  }
  return closeBatch(deps, trx, actor, batch, 'approved', note, entries.length);
}

/** Approves a whole import batch in one action (a second eligible person of the listing office). */
export async function approveImportBatch(
  deps: AppDeps,
  actor: Actor,
  batchId: string,
  note: string | undefined,
): Promise<BatchDecision> {
  return runWrite(deps, {}, (trx) =>
    approveImportBatchInTransaction(deps, trx, actor, batchId, note ?? null),
  );
}

/** Rejects a whole import batch with a note; its proposed entries become rejected. */
export async function rejectImportBatch(
  deps: AppDeps,
  actor: Actor,
  batchId: string,
  note: string,
): Promise<BatchDecision> {
  return runWrite(deps, { refreshIndex: false }, async (trx) => {
    const batch = await loadBatchForDecision(deps, trx, actor, batchId);
    const now = deps.clock();
    const entries = await proposedEntriesOf(trx, batch.id);
    for (const entry of entries) {
      const after = await updateEntry(trx, entry.id, {
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
        { changes: { status: { before: 'proposed', after: 'rejected' } }, importBatchId: batch.id },
        note,
      );
    }
    return closeBatch(deps, trx, actor, batch, 'rejected', note, entries.length);
  });
}
