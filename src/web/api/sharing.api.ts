import type { DataKind } from '../../domain/permissions.ts';
import { request } from './client.ts';

/** The states of a sharing agreement (an active one past valid_until counts as expired). */
export type AgreementStatus = 'draft' | 'active' | 'ended' | 'expired';

/** One party of an agreement and its approval. */
export interface AgreementParty {
  officeId: string;
  officeName: string;
  officeKind?: string;
  approvedBy?: string | null;
  approvedByName?: string | null;
  approvedAt?: string | null;
}

/** A sharing agreement between offices. */
export interface Agreement {
  id: string;
  title: string;
  description: string;
  dataKinds: DataKind[];
  validFrom: string;
  validUntil: string | null;
  status: AgreementStatus;
  effectiveStatus?: AgreementStatus;
  sourceReference?: string | null;
  createdAt?: string;
  activatedAt?: string | null;
  endedAt?: string | null;
  endReason?: string | null;
  parties: AgreementParty[];
}

/** Input of the propose form. */
export interface ProposeAgreementInput {
  title: string;
  description: string;
  partyOfficeIds: string[];
  dataKinds: DataKind[];
  validFrom: string;
  validUntil?: string;
}

/** The state to show: the server's effective state when it sends one. */
export function statusOf(agreement: Agreement): AgreementStatus {
  return agreement.effectiveStatus ?? agreement.status;
}

/** Lists agreements the user may read. */
export async function listAgreements(): Promise<Agreement[]> {
  const answer = await request<Agreement[] | { items: Agreement[] }>('GET', '/sharing-agreements');
  return Array.isArray(answer) ? answer : answer.items;
}

/** Reads one agreement with its parties. */
export function fetchAgreement(id: string): Promise<Agreement> {
  return request('GET', `/sharing-agreements/${encodeURIComponent(id)}`);
}

/** Proposes an agreement (a draft until every party approves). */
export function proposeAgreement(input: ProposeAgreementInput): Promise<Agreement> {
  return request('POST', '/sharing-agreements', { body: input });
}

/** Approves an agreement for the user's own party. */
export function approveAgreement(id: string): Promise<Agreement> {
  return request('POST', `/sharing-agreements/${encodeURIComponent(id)}/approve`, { body: {} });
}

/** Ends an active agreement, with a reason. */
export function endAgreement(id: string, reason: string): Promise<Agreement> {
  return request('POST', `/sharing-agreements/${encodeURIComponent(id)}/end`, {
    body: { reason },
  });
}
