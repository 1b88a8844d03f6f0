import { createHash } from 'node:crypto';

/** The hash that the first row of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * How a row's hash is computed. Format 1: Node hashed `prev_hash`, a newline and the canonical
 * JSON of [seq, ...body fields]. Format 2 (migration 0090): the database hashes `prev_hash`,
 * `seq` and the body text that Node serialised, each separated by a newline, when the writer's
 * transaction commits. Verification recomputes every row with its own format.
 */
export type ChainFormat = 1 | 2;

/** The format of the rows appended now. */
export const CURRENT_CHAIN_FORMAT: ChainFormat = 2;

/** The fields of one audit row that its hash covers, apart from its position. */
export interface AuditBody {
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

/** The fields of one audit row that its hash covers. */
export interface AuditContent extends AuditBody {
  seq: number;
}

/**
 * JSON with object keys sorted at every depth, so equal content always hashes equally. Like
 * JSON.stringify it honours `toJSON` (a Date becomes its ISO string, as it is stored).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (hasToJson(value)) return canonicalJson(value.toJSON());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function hasToJson(value: object): value is { toJSON(): unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** The body fields in their fixed order: migration 0090 reads the columns by these positions. */
function bodyFields(body: AuditBody): unknown[] {
  return [
    body.at.toISOString(),
    body.actorUserId,
    body.actorUsername,
    body.officeId,
    body.action,
    body.targetType,
    body.targetId,
    body.reason,
    body.requestId,
    body.details,
  ];
}

/** The text a format 2 row is stored from and hashed over: a canonical JSON array. */
export function serialiseAuditBody(body: AuditBody): string {
  return canonicalJson(bodyFields(body));
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash of one row in its format: its content chained to the previous row's hash. */
export function hashAuditRow(prevHash: string, content: AuditContent, format: ChainFormat): string {
  if (format === 1) {
    return sha256Hex(`${prevHash}\n${canonicalJson([content.seq, ...bodyFields(content)])}`);
  }
  return sha256Hex(`${prevHash}\n${content.seq}\n${serialiseAuditBody(content)}`);
}
