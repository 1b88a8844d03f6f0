import type { DataKind } from '../../domain/permissions.ts';
import type { TppoTypeCode } from '../../domain/tppo.ts';
import { request } from './client.ts';

/** An office as coordination records name it. */
export interface CoordOfficeRef {
  id: string;
  name: string;
  shortName: string;
}

/** A stored file (meeting attachment or evidence of completion). */
export interface CoordAttachment {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

/** A file to upload: its bytes in base64. */
export interface AttachmentUpload {
  name: string;
  contentType: string;
  dataBase64: string;
}

/** Where an action item stands. */
export type ActionItemStatus = 'open' | 'in_progress' | 'done' | 'dropped';
/** Where an agreement (kesepakatan) stands. */
export type MeetingAgreementStatus = 'draft' | 'agreed' | 'in_effect' | 'ended';

/** The action item statuses in their usual order. */
export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = [
  'open',
  'in_progress',
  'done',
  'dropped',
];
/** The agreement statuses in their usual order. */
export const MEETING_AGREEMENT_STATUSES: readonly MeetingAgreementStatus[] = [
  'draft',
  'agreed',
  'in_effect',
  'ended',
];

/** One action item: what, who owes it, by when, and its evidence once done. */
export interface ActionItem {
  id: string;
  meetingId: string;
  meetingTitle: string;
  agreementId: string | null;
  description: string;
  ownerOffice: CoordOfficeRef;
  ownerUserId: string | null;
  ownerPerson: string | null;
  dueOn: string;
  status: ActionItemStatus;
  overdue: boolean;
  evidenceText: string | null;
  evidenceAttachment: CoordAttachment | null;
  statusNote: string | null;
  closedAt: string | null;
  demoNote: string | null;
}

/** One agreement reached in a meeting, with its linked sharing agreement if any. */
export interface MeetingAgreement {
  id: string;
  meetingId: string;
  text: string;
  parties: CoordOfficeRef[];
  status: MeetingAgreementStatus;
  sharingAgreementId: string | null;
  sharingAgreementStatus: string | null;
  sourceReference: string | null;
  demoNote: string | null;
}

/** A meeting in the list. */
export interface MeetingSummary {
  id: string;
  title: string;
  heldOn: string;
  place: string;
  hostOffice: CoordOfficeRef;
  openActionItems: number;
  overdueActionItems: number;
  demoNote: string | null;
}

/** A meeting with everything recorded about it. */
export interface Meeting extends MeetingSummary {
  participants: CoordOfficeRef[];
  otherAgencies: string[];
  tppoTypes: string[];
  topics: string[];
  minutes: string;
  sourceReference: string | null;
  attachments: CoordAttachment[];
  agreements: MeetingAgreement[];
  actionItems: ActionItem[];
  canManage: boolean;
}

/** What one office owes after the meetings of a Kanwil. */
export interface FollowUpGroup {
  ownerOffice: CoordOfficeRef;
  open: number;
  overdue: number;
  items: ActionItem[];
}

/** The follow-up view of one Kanwil. */
export interface FollowUp {
  kanwil: CoordOfficeRef;
  groups: FollowUpGroup[];
}

/** A new meeting. */
export interface NewMeeting {
  title: string;
  heldOn: string;
  place: string;
  hostOfficeId: string;
  participantOfficeIds: string[];
  otherAgencies: string[];
  tppoTypes: TppoTypeCode[];
  topics: string[];
  minutes: string;
}

/** A new agreement, optionally proposing a draft data-sharing agreement between its parties. */
export interface NewMeetingAgreement {
  text: string;
  partyOfficeIds: string[];
  status: MeetingAgreementStatus;
  sharing?: { dataKinds: DataKind[]; validFrom: string; validUntil: string | null };
}

/** A new action item. */
export interface NewActionItem {
  description: string;
  ownerOfficeId: string;
  ownerPerson: string | null;
  dueOn: string;
  agreementId: string | null;
}

/** A status change of an action item; done needs evidence. */
export interface ActionItemChange {
  status: ActionItemStatus;
  evidenceText?: string;
  evidenceAttachment?: AttachmentUpload;
  note?: string;
}

const enc = encodeURIComponent;

/** Meetings hosted or attended by offices in scope, newest first. */
export async function listMeetings(): Promise<MeetingSummary[]> {
  const answer = await request<{ items: MeetingSummary[] }>('GET', '/meetings');
  return answer.items;
}

/** One meeting with its agreements, action items and attachments. */
export function fetchMeeting(id: string): Promise<Meeting> {
  return request('GET', `/meetings/${enc(id)}`);
}

/** Records a meeting. */
export function createMeeting(input: NewMeeting): Promise<Meeting> {
  return request('POST', '/meetings', { body: input });
}

/** Changes a meeting's details or minutes. */
export function updateMeeting(id: string, change: Partial<NewMeeting>): Promise<Meeting> {
  return request('PATCH', `/meetings/${enc(id)}`, { body: change });
}

/** Records an agreement (kesepakatan) of a meeting. */
export function addMeetingAgreement(
  meetingId: string,
  input: NewMeetingAgreement,
): Promise<MeetingAgreement> {
  return request('POST', `/meetings/${enc(meetingId)}/agreements`, { body: input });
}

/** Changes an agreement's status. */
export function setMeetingAgreementStatus(
  id: string,
  status: MeetingAgreementStatus,
): Promise<MeetingAgreement> {
  return request('PATCH', `/meeting-agreements/${enc(id)}`, { body: { status } });
}

/** Adds an action item to a meeting. */
export function addActionItem(meetingId: string, input: NewActionItem): Promise<ActionItem> {
  return request('POST', `/meetings/${enc(meetingId)}/action-items`, { body: input });
}

/** Changes an action item's status (with evidence when done). */
export function updateActionItem(id: string, change: ActionItemChange): Promise<ActionItem> {
  return request('PATCH', `/action-items/${enc(id)}`, { body: change });
}

/** Attaches a file to a meeting. */
export function addMeetingAttachment(
  meetingId: string,
  upload: AttachmentUpload,
): Promise<CoordAttachment> {
  return request('POST', `/meetings/${enc(meetingId)}/attachments`, { body: upload });
}

/** The follow-up view of a Kanwil (the user's own Kanwil when none is given). */
export function fetchFollowUp(kanwilId?: string): Promise<FollowUp> {
  return request('GET', '/meetings/follow-up', { query: { kanwilId } });
}

/** Where the minutes PDF of a meeting is downloaded from (a plain link sends the cookie). */
export function minutesPdfUrl(meetingId: string): string {
  return `/api/meetings/${enc(meetingId)}/minutes.pdf`;
}

/** Where a meeting or evidence attachment is downloaded from. */
export function meetingAttachmentUrl(id: string): string {
  return `/api/meetings/attachments/${enc(id)}`;
}

/** Reads a chosen file into an upload (base64 without the data: prefix). */
export function readUpload(file: File): Promise<AttachmentUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('file read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({
        name: file.name,
        contentType: file.type || 'application/octet-stream',
        dataBase64: url.slice(url.indexOf(',') + 1),
      });
    };
    reader.readAsDataURL(file);
  });
}
