import { request } from './client.ts';

/** One row of the hash-chained audit log. */
export interface AuditEntry {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  officeId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  reason: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** A page of audit rows, newest first, with the cursor for the next page. */
export interface AuditPage {
  items: AuditEntry[];
  nextBeforeSeq: number | null;
}

/** The auditor's search. */
export interface AuditQuery {
  /** The acting user's id. */
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  beforeSeq?: string;
  limit?: number;
}

/** The answer of a chain verification. */
export interface AuditVerification {
  ok: boolean;
  rows: number;
  lastHash?: string;
  brokenSeq?: number;
  problem?: string;
}

/** Searches the audit log. */
export function searchAudit(query: AuditQuery): Promise<AuditPage> {
  return request('GET', '/audit', { query: { ...query } });
}

/** Verifies the hash chain of the whole log. */
export function verifyAudit(): Promise<AuditVerification> {
  return request('POST', '/audit/verify');
}
