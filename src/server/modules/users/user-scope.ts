import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { isSystem, type Initiator } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import { findKanwilOf, listOfficeTreeIds } from './users.repository.ts';

/**
 * The offices whose users the initiator may see, or null for every office. Administrators and
 * national scope see all; Kanwil scope sees the Kanwil and every office under it; office and
 * agreement scope see their own office (agreements share case data, not staff lists).
 */
export async function visibleUserOffices(
  db: Kysely<DB>,
  initiator: Initiator,
): Promise<readonly string[] | null> {
  if (isSystem(initiator)) return null;
  if (initiator.role === 'administrator' || initiator.scopeLevel === 'national') return null;
  if (initiator.scopeLevel === 'kanwil') {
    const kanwil = await findKanwilOf(db, initiator.officeId);
    if (kanwil) return listOfficeTreeIds(db, kanwil);
  }
  return [initiator.officeId];
}

/** True when `officeId` is within the visible set (null meaning every office). */
export function isVisibleOffice(visible: readonly string[] | null, officeId: string): boolean {
  return visible === null || visible.includes(officeId);
}

/** The 404 for a user outside scope: the same answer as for a user that does not exist. */
export function userNotFound(): AppError {
  return new AppError('not_found', 'Pengguna tidak ditemukan.', {
    messageEn: 'User not found.',
  });
}
