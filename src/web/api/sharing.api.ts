import type { DataKind } from '../../domain/permissions.ts';
import type { OfficeKind } from './auth.api.ts';
import { request } from './client.ts';

/** The stored states of a sharing agreement. */
export type AgreementStatus = 'draft' | 'active' | 'ended';

/** The state now: an active agreement outside its dates is scheduled or expired. */
export type EffectiveStatus = AgreementStatus | 'scheduled' | 'expired';

/** One party of an agreement and its approval. */
export interface AgreementParty {
  officeId: string;
  code: string;
  name: string;
  kind: OfficeKind;
  approvedBy: { id: string; fullName: string } | null;
  approvedAt: string | null;
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
  effectiveStatus: EffectiveStatus;
  /** The proposing office's zone: the one validFrom and validUntil are dates in. */
  timeZone: string;
  sourceReference: string | null;
  proposingOffice: { id: string; name: string } | null;
  createdBy: string | null;
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  endedBy: string | null;
  endReason: string | null;
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

/** The state to show: the server's effective state (it knows the zone and today). */
export function statusOf(agreement: Agreement): EffectiveStatus {
  return agreement.effectiveStatus;
}

/** Lists agreements the user may read. */
export async function listAgreements(): Promise<Agreement[]> {
  const answer = await request<{ agreements: Agreement[] }>('GET', '/sharing-agreements');
  return answer.agreements;
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
