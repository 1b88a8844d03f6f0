import type { RoleId } from '../../domain/permissions.ts';
import type { TppoTypeCode } from '../../domain/tppo.ts';
import { request } from './client.ts';
import type { AttachmentUpload, CoordAttachment, CoordOfficeRef } from './meetings.api.ts';

/** Bulletin priorities: normal, important, urgent (shown at sign-in until confirmed). */
export type BulletinPriority = 'biasa' | 'penting' | 'segera';

/** The priorities in rising order. */
export const BULLETIN_PRIORITIES: readonly BulletinPriority[] = ['biasa', 'penting', 'segera'];

/** A bulletin in a list. */
export interface BulletinSummary {
  id: string;
  title: string;
  priority: BulletinPriority;
  authorOffice: CoordOfficeRef;
  sentAt: string;
  /** For a recipient: when they confirmed (null when not yet). */
  confirmedAt: string | null;
  isRecipient: boolean;
  recipients: number;
  confirmed: number;
  demoNote: string | null;
}

/** One bulletin; `bodyHtml` is rendered by the server with raw HTML escaped and only safe links. */
export interface Bulletin extends BulletinSummary {
  bodyMarkdown: string;
  bodyHtml: string;
  audience: { kanwil: CoordOfficeRef[]; offices: CoordOfficeRef[]; roles: string[] };
  tppoTypes: string[];
  modus: { id: string; name: string; tppoType: string }[];
  attachments: CoordAttachment[];
  proposedRulePackVersion: string | null;
  proposedRulePackStatus: string | null;
  canSeeAcknowledgements: boolean;
}

/** Who has and has not confirmed, per unit. */
export interface Acknowledgements {
  bulletinId: string;
  units: {
    office: CoordOfficeRef;
    confirmed: { userId: string; fullName: string; role: string; at: string }[];
    pending: { userId: string; fullName: string; role: string; reminders: number }[];
  }[];
}

/** A new bulletin. */
export interface NewBulletin {
  priority: BulletinPriority;
  title: string;
  bodyMarkdown: string;
  audience: { kanwilIds: string[]; officeIds: string[]; roles: RoleId[] };
  tppoTypes: TppoTypeCode[];
  /** Knowledge-base modus the bulletin concerns. */
  modusIds?: string[];
  attachments: AttachmentUpload[];
  /** A proposed rule-pack version; it waits for the rule pack's own approval. */
  proposedRulePack?: { pack: unknown; changeNote: string };
}

/** Counts for the notification centre (null: that feature is not installed). */
export interface NotificationSummary {
  unreadNotifications: number;
  openAlerts: number | null;
  approvalsWaiting: {
    total: number;
    screenings: number | null;
    watchlist: number | null;
    sharingAgreements: number | null;
  };
  overdueActions: number;
  unreadBulletins: number;
}

const enc = encodeURIComponent;

/** The user's inbox, or the bulletins sent by offices in scope. */
export async function listBulletins(box: 'inbox' | 'sent'): Promise<BulletinSummary[]> {
  const answer = await request<{ items: BulletinSummary[] }>('GET', '/bulletins', {
    query: { box },
  });
  return answer.items;
}

/** One bulletin with its rendered body. */
export function fetchBulletin(id: string): Promise<Bulletin> {
  return request('GET', `/bulletins/${enc(id)}`);
}

/** Sends a bulletin. */
export function sendBulletin(input: NewBulletin): Promise<Bulletin> {
  return request('POST', '/bulletins', { body: input });
}

/** Confirms having read a bulletin. */
export function confirmBulletin(id: string): Promise<Bulletin> {
  return request('POST', `/bulletins/${enc(id)}/confirm`);
}

/** Who has and has not confirmed (author side). */
export function fetchAcknowledgements(id: string): Promise<Acknowledgements> {
  return request('GET', `/bulletins/${enc(id)}/acknowledgements`);
}

/** Reminds the recipients who have not confirmed. */
export function remindBulletin(id: string): Promise<{ reminded: number }> {
  return request('POST', `/bulletins/${enc(id)}/remind`);
}

/** Urgent bulletins the user has not confirmed yet. */
export async function listUrgentUnconfirmed(): Promise<Bulletin[]> {
  const answer = await request<{ items: Bulletin[] }>('GET', '/bulletins/urgent-unconfirmed');
  return answer.items;
}

/** Where a bulletin attachment is downloaded from. */
export function bulletinAttachmentUrl(id: string): string {
  return `/api/bulletins/attachments/${enc(id)}`;
}

/** The counts of the notification centre: alerts, approvals, overdue actions, bulletins. */
export function fetchNotificationSummary(): Promise<NotificationSummary> {
  return request('GET', '/notifications/summary');
}
