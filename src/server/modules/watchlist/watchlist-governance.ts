import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { isSystem, type Actor, type Initiator } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { enqueueIndexChange } from '../matching/matching.repository.ts';
import { matchingFor } from '../matching/matching.service.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { canSeeEntry, computeWatchlistReach, type WatchlistReach } from './watchlist-scope.ts';
import { entryNotFound } from './watchlist-view.ts';
import {
  findEntryById,
  findOfficeFacts,
  listApproverIds,
  reserveRefNumbers,
  type EntryRow,
} from './watchlist.repository.ts';

/** Options of a write: the CLI skips the in-process index, which it does not serve from. */
export interface WriteOptions {
  refreshIndex?: boolean;
}

/** A refusal that names why. */
export function forbidden(message: string, messageEn: string, extra: Record<string, unknown> = {}) {
  return new AppError('forbidden', message, { messageEn, ...extra });
}

/** A change that the entry's state does not allow. */
export function conflict(message: string, messageEn: string, extra: Record<string, unknown> = {}) {
  return new AppError('conflict', message, { messageEn, ...extra });
}

/**
 * Runs a write in one transaction and, after it committed, brings this process's matching index
 * up to date through the outbox, so an approved entry is screenable on return.
 */
export async function runWrite<T>(
  deps: AppDeps,
  options: WriteOptions,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  const result = await deps.database.db.transaction().execute(fn);
  if (options.refreshIndex !== false) await (await matchingFor(deps)).catchUp();
  return result;
}

/** The listing office's calendar date and its zone. */
export async function officeToday(
  trx: Kysely<DB>,
  officeId: string,
  now: Date,
): Promise<{ today: string; timeZone: string; kind: string; parentId: string | null }> {
  const office = await findOfficeFacts(trx, officeId);
  if (!office) {
    throw new AppError('validation', 'Kantor tidak ditemukan.', {
      messageEn: 'Office not found.',
      issues: [
        { path: 'officeId', message: 'Kantor tidak ditemukan.', messageEn: 'Office not found.' },
      ],
    });
  }
  return {
    today: dateInZone(now, office.time_zone),
    timeZone: office.time_zone,
    kind: office.kind,
    parentId: office.parent_id,
  };
}

/** Hands out `count` reference codes `WL-YYYY-NNNNNN` of the listing office's current year. */
export async function allocateRefCodes(
  trx: Kysely<DB>,
  today: string,
  count: number,
): Promise<string[]> {
  const year = Number(today.slice(0, 4));
  const first = await reserveRefNumbers(trx, year, count);
  return Array.from(
    { length: count },
    (_, i) => `WL-${year}-${String(first + i).padStart(6, '0')}`,
  );
}

/**
 * Who decides on an entry of this office: its supervisors and analysts, and those of the Kanim
 * above a TPI (a checkpoint works on its Kanim's behalf).
 */
export async function approverOfficeIds(trx: Kysely<DB>, officeId: string): Promise<string[]> {
  const office = await findOfficeFacts(trx, officeId);
  if (!office) return [];
  if (office.kind === 'tpi' && office.parent_id !== null) return [officeId, office.parent_id];
  return [officeId];
}

/** Tells the listing office's approvers (not the one who asked) that something awaits them. */
export async function notifyApprovers(
  trx: Kysely<DB>,
  entry: Pick<EntryRow, 'id' | 'ref_code' | 'office_id'>,
  initiator: Initiator,
  message: { kind: string; title: string; body: string; link?: string },
): Promise<void> {
  const offices = await approverOfficeIds(trx, entry.office_id);
  const except = isSystem(initiator) ? null : initiator.userId;
  const ids = await listApproverIds(trx, offices, except);
  await notifyUsers(trx, ids, { link: `/watchlist/${entry.id}`, ...message });
}

/** Loads and locks an entry the actor may see, with the actor's reach. */
export async function loadForChange(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  id: string,
): Promise<{ row: EntryRow; reach: WatchlistReach }> {
  const row = await findEntryById(trx, id, true);
  if (!row) throw entryNotFound();
  const reach = await computeWatchlistReach(deps, actor, deps.clock(), trx);
  if (!canSeeEntry(reach, row)) throw entryNotFound();
  if (!reach.own.has(row.office_id)) {
    throw forbidden(
      'Hanya kantor pencatat yang dapat mengubah atau memutus entri ini.',
      'Only the listing office may change or decide on this entry.',
    );
  }
  return { row, reach };
}

/** Refuses a decision by the person who asked for it (four-eyes). */
export function assertSecondPerson(actor: Actor, askedBy: string | null): void {
  if (askedBy !== null && askedBy === actor.userId) {
    throw forbidden(
      'Prinsip empat mata: pengusul tidak boleh memutus usulannya sendiri.',
      'Four-eyes rule: whoever asked may not decide on their own request.',
      { rule: 'four_eyes' },
    );
  }
}

/** Refuses a change unless the entry is in one of the given states. */
export function assertStatus(row: EntryRow, allowed: readonly EntryRow['status'][]): void {
  if (!allowed.includes(row.status)) {
    throw conflict(
      `Entri berstatus ${row.status}; tindakan ini memerlukan status ${allowed.join(' atau ')}.`,
      `The entry is ${row.status}; this needs ${allowed.join(' or ')}.`,
      { status: row.status },
    );
  }
}

/** Records a change of indexed data in the same transaction (see the matching outbox). */
export async function markIndexed(trx: Kysely<DB>, entryId: string): Promise<void> {
  await enqueueIndexChange(trx, 'watchlist', entryId);
}

/** Appends the audit row of an entry change. */
export async function auditEntry(
  deps: AppDeps,
  trx: Kysely<DB>,
  initiator: Initiator,
  entry: Pick<EntryRow, 'id' | 'ref_code' | 'office_id'>,
  action: string,
  details: Record<string, unknown>,
  reason?: string,
): Promise<void> {
  await appendAudit(
    trx,
    initiator,
    {
      action,
      targetType: 'watchlist_entry',
      targetId: entry.id,
      ...(reason !== undefined ? { reason } : {}),
      details: { refCode: entry.ref_code, listingOfficeId: entry.office_id, ...details },
    },
    deps.clock,
  );
}
