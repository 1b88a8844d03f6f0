import { request } from './client.ts';
import type { OfficeRef } from './screening.api.ts';

/** What raised an alert. */
export type AlertKind = 'watchlist_hit' | 'history_hit' | 'retro_hit' | 'network';
/** Where an alert stands. */
export type AlertStatus = 'open' | 'acknowledged' | 'closed';

/** An alert: an office told that its entry or decision matched elsewhere. */
export interface Alert {
  id: string;
  kind: AlertKind;
  /** The office alerted: the one whose entry or decision matched. */
  office: OfficeRef;
  /** The office where the match happened. */
  sourceOffice: OfficeRef;
  screeningId: string | null;
  entryId: string | null;
  matchedScreeningId: string | null;
  band: string | null;
  score: number | null;
  summary: Record<string, unknown>;
  status: AlertStatus;
  createdAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

/** One message of an alert's thread. */
export interface AlertMessage {
  id: string;
  author: { id: string; name: string };
  office: OfficeRef;
  body: string;
  createdAt: string;
}

/** An alert with its thread. */
export interface AlertDetail extends Alert {
  messages: AlertMessage[];
}

/** Alerts of the offices in scope, newest first. */
export async function listAlerts(query: { status?: AlertStatus | '' } = {}): Promise<Alert[]> {
  const answer = await request<{ alerts: Alert[] } | { items: Alert[] } | Alert[]>(
    'GET',
    '/alerts',
    { query },
  );
  if (Array.isArray(answer)) return answer;
  return 'alerts' in answer ? answer.alerts : answer.items;
}

/** Reads one alert with its thread. */
export function fetchAlert(id: string): Promise<AlertDetail> {
  return request('GET', `/alerts/${encodeURIComponent(id)}`);
}

/** Writes a message in an alert's thread. */
export function postAlertMessage(id: string, body: string): Promise<unknown> {
  return request('POST', `/alerts/${encodeURIComponent(id)}/messages`, { body: { body } });
}

/** Acknowledges or closes an alert. */
export function setAlertStatus(
  id: string,
  status: 'acknowledged' | 'closed',
  note?: string,
): Promise<unknown> {
  return request('POST', `/alerts/${encodeURIComponent(id)}/status`, {
    body: note ? { status, note } : { status },
  });
}
