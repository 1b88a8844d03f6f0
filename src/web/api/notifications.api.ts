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

/** Lists the user's notifications, unread first. */
export async function listNotifications(): Promise<Notification[]> {
  const answer = await request<Notification[] | { items: Notification[] }>('GET', '/notifications');
  return Array.isArray(answer) ? answer : answer.items;
}

/** Marks one notification read. */
export function markNotificationRead(id: string): Promise<unknown> {
  return request('POST', `/notifications/${encodeURIComponent(id)}/read`, { body: {} });
}

/** Marks every notification read. */
export function markAllNotificationsRead(): Promise<unknown> {
  return request('POST', '/notifications/read-all', { body: {} });
}
