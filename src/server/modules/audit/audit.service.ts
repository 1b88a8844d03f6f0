import type { Kysely } from 'kysely';
import type { DB, AuditRow } from '../../db/schema.ts';
import { isSystem, type Initiator } from '../../context/actor.ts';
import {
  GENESIS_HASH,
  hashAuditRow,
  serialiseAuditBody,
  type AuditBody,
  type AuditContent,
  type ChainFormat,
} from './audit-chain.ts';
import { insertPendingAuditRow, listAuditRowsAfter } from './audit.repository.ts';

/** What happened, to what, and why. */
export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: string;
  reason?: string;
  details?: Record<string, unknown>;
  /** Overrides the initiator's office (e.g. a failed sign-in of a known user). */
  officeId?: string | null;
}

/**
 * Appends one row to the hash-chained audit log. Pass the caller's transaction so the audit row
 * commits or rolls back with the change it describes; outside a transaction the row commits at
 * once. One statement either way: the database chains the row when the transaction commits.
 */
export async function appendAudit(
  db: Kysely<DB>,
  initiator: Initiator,
  event: AuditEvent,
  clock: () => Date = () => new Date(),
): Promise<void> {
  const system = isSystem(initiator);
  const body: AuditBody = {
    at: clock(),
    actorUserId: system ? null : initiator.userId,
    actorUsername: system ? `system:${initiator.name}` : initiator.username,
    officeId: event.officeId !== undefined ? event.officeId : system ? null : initiator.officeId,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    reason: event.reason ?? null,
    requestId: initiator.requestId,
    details: event.details ?? {},
  };
  await insertPendingAuditRow(db, serialiseAuditBody(body));
}

/** The outcome of walking the chain. */
export type ChainVerdict =
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; brokenSeq: number; problem: string };

function contentOf(row: AuditRow): AuditContent {
  return {
    seq: row.seq,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    officeId: row.office_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason,
    requestId: row.request_id,
    details: row.details,
  };
}

function isChainFormat(format: number): format is ChainFormat {
  return format === 1 || format === 2;
}

/**
 * Walks the whole chain from the first row and names the first row that was changed, removed
 * or moved: its sequence must follow, its back-link must equal the previous hash, and its own
 * hash must match its content under the row's chain format.
 */
export async function verifyAuditChain(db: Kysely<DB>, batchSize = 5000): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const batch = await listAuditRowsAfter(db, expectedSeq - 1, batchSize);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          rows,
          brokenSeq: expectedSeq,
          problem: `row ${expectedSeq} is missing (next present row is ${row.seq})`,
        };
      }
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          rows,
          brokenSeq: row.seq,
          problem: `row ${row.seq} does not link to the hash of row ${row.seq - 1}`,
        };
      }
      if (!isChainFormat(row.chain_format)) {
        return {
          ok: false,
          rows,
          brokenSeq: row.seq,
          problem: `row ${row.seq} has an unknown chain format (${row.chain_format})`,
        };
      }
      if (hashAuditRow(prevHash, contentOf(row), row.chain_format) !== row.hash) {
        return {
          ok: false,
          rows,
          brokenSeq: row.seq,
          problem: `row ${row.seq} does not match its hash (its content was changed)`,
        };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      rows += 1;
    }
  }
  return { ok: true, rows, lastHash: prevHash };
}
