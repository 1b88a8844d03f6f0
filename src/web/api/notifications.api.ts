import { request } from './client.ts';

/** One notification to the signed-in user. */
export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A page of notifications, unread first, with the unread count. */
export interface NotificationList {
  items: Notification[];
  unread: number;
}

/** Lists the user's notifications, unread first. */
export function listNotifications(
  options: { unreadOnly?: boolean } = {},
): Promise<NotificationList> {
  return request('GET', '/notifications', {
    query: { unreadOnly: options.unreadOnly ? 'true' : undefined },
  });
}

/** Marks one notification read. */
export function markNotificationRead(id: string): Promise<Notification> {
  return request('POST', `/notifications/${encodeURIComponent(id)}/read`);
}

/** Marks every notification read. */
export function markAllNotificationsRead(): Promise<{ marked: number }> {
  return request('POST', '/notifications/read-all');
}
