import { createHash } from 'node:crypto';

/** The hash that the first row of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of one audit row that its hash covers. */
export interface AuditContent {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  officeId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  reason: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted at every depth, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of one row: its canonical content chained to the previous row's hash. */
export function hashAuditRow(prevHash: string, content: AuditContent): string {
  const canonical = canonicalJson([
    content.seq,
    content.at.toISOString(),
    content.actorUserId,
    content.actorUsername,
    content.officeId,
    content.action,
    content.targetType,
    content.targetId,
    content.reason,
    content.requestId,
    content.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
