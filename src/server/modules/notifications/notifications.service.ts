import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { RoleId } from '../../../domain/permissions.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import {
  countUnread,
  insertNotifications,
  listNotificationsOfUser,
  listUserIdsByRole,
  markAllNotificationsRead,
  markNotificationRead,
  markNotificationsReadByLink,
} from './notifications.repository.ts';

/** What a notification says and where it leads (a path inside the web app). */
export interface NotificationMessage {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
}

/** A notification as the API returns it. */
export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/**
 * Sends one message to each of the given users (duplicates collapse). Pass the transaction of
 * the change that causes it, so a rolled-back change notifies nobody.
 */
export async function notifyUsers(
  trx: Kysely<DB>,
  userIds: readonly string[],
  message: NotificationMessage,
): Promise<number> {
  const unique = [...new Set(userIds)];
  return insertNotifications(
    trx,
    unique.map((userId) => ({
      userId,
      kind: message.kind,
      title: message.title,
      body: message.body ?? '',
      link: message.link ?? null,
    })),
  );
}

/**
 * Marks a user's unread notifications that lead to `link` read, when what they ask is done
 * (a confirmed bulletin). Pass the transaction of that change.
 */
export async function markNotificationsDone(
  trx: Kysely<DB>,
  userId: string,
  link: string,
  at: Date,
): Promise<number> {
  return markNotificationsReadByLink(trx, userId, link, at);
}

/** Sends one message to every enabled user holding `role` at the given offices (or anywhere). */
export async function notifyRole(
  trx: Kysely<DB>,
  role: RoleId,
  officeIds: readonly string[] | 'all',
  message: NotificationMessage,
): Promise<number> {
  const userIds = await listUserIdsByRole(trx, role, officeIds);
  return notifyUsers(trx, userIds, message);
}

function toView(row: {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}

/** The signed-in user's own notifications, unread first, with the unread count. */
export async function listOwnNotifications(
  deps: AppDeps,
  actor: Actor,
  options: { limit: number; offset: number; unreadOnly: boolean },
): Promise<{ items: NotificationView[]; unread: number }> {
  const db = deps.database.db;
  const rows = await listNotificationsOfUser(db, actor.userId, options);
  return { items: rows.map(toView), unread: await countUnread(db, actor.userId) };
}

/** Marks one of the user's own notifications read; someone else's is reported as not found. */
export async function markOwnNotificationRead(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<NotificationView> {
  const row = await markNotificationRead(deps.database.db, actor.userId, id, deps.clock());
  if (!row) {
    throw new AppError('not_found', 'Notifikasi tidak ditemukan.', {
      messageEn: 'Notification not found.',
    });
  }
  return toView(row);
}

/** Marks all of the user's unread notifications read. */
export async function markAllOwnNotificationsRead(
  deps: AppDeps,
  actor: Actor,
): Promise<{ marked: number }> {
  return { marked: await markAllNotificationsRead(deps.database.db, actor.userId, deps.clock()) };
}
