import type { Kysely } from 'kysely';
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';
import {
  isProfilingRule,
  rulePackSchema,
  type RulePack,
} from '../../../domain/screening/indicator-rules.ts';
import { AppError, invalidField } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyRole } from '../notifications/notifications.service.ts';
import {
  decidePack,
  findActivePackRow,
  findPackRow,
  insertProposedPack,
  insertSeedPack,
  listPackRows,
  lockPackRow,
  retireActivePack,
} from './rules.repository.ts';

/** A stored rule pack as the API shows it. */
export interface RulePackView {
  version: string;
  status: 'proposed' | 'active' | 'retired' | 'rejected';
  changeNote: string;
  proposedBy: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  pack: RulePack;
  /** Rules that test only sex, age or origin: capped at WAWANCARA by the evaluator. */
  profilingRuleIds: string[];
}

type PackRow = NonNullable<Awaited<ReturnType<typeof findPackRow>>>;

// A version's content never changes once stored, so parsed packs are kept per version.
const parsedPacks = new Map<string, RulePack>();

function parsePack(row: Pick<PackRow, 'version' | 'pack'>): RulePack {
  let pack = parsedPacks.get(row.version);
  if (!pack) {
    pack = rulePackSchema.parse(row.pack);
    parsedPacks.set(row.version, pack);
  }
  return pack;
}

function toView(row: PackRow): RulePackView {
  const pack = parsePack(row);
  return {
    version: row.version,
    status: row.status,
    changeNote: row.change_note,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    pack,
    profilingRuleIds: pack.rules.filter(isProfilingRule).map((r) => r.id),
  };
}

/**
 * The rule pack screenings are judged by now. The first call on an empty table stores
 * DEFAULT_RULE_PACK as the active pack. Pass `db` when inside an open transaction.
 */
export async function loadActiveRulePack(db: Kysely<DB>): Promise<RulePack> {
  let row = await findActivePackRow(db);
  if (!row) {
    await insertSeedPack(db, DEFAULT_RULE_PACK.version, DEFAULT_RULE_PACK);
    row = await findActivePackRow(db);
  }
  // The seed version may exist as retired or rejected with nothing active: judge by the seed
  // rather than refuse every screening, and leave the table to the administrators.
  return row ? parsePack(row) : DEFAULT_RULE_PACK;
}

/** One stored version of the rule pack (any status), or null. */
export async function loadRulePackVersion(
  db: Kysely<DB>,
  version: string,
): Promise<RulePack | null> {
  const cached = parsedPacks.get(version);
  if (cached) return cached;
  const row = await findPackRow(db, version);
  if (row) return parsePack(row);
  return version === DEFAULT_RULE_PACK.version ? DEFAULT_RULE_PACK : null;
}

/** The active pack and every stored version (seeding the default on first use). */
export async function listRulePacks(
  deps: AppDeps,
): Promise<{ active: RulePackView; versions: RulePackView[] }> {
  const db = deps.database.db;
  await loadActiveRulePack(db);
  const rows = await listPackRows(db);
  const versions = rows.map(toView);
  const active = versions.find((v) => v.status === 'active');
  if (!active) {
    throw new AppError('unavailable', 'Tidak ada paket aturan yang aktif.', {
      messageEn: 'No rule pack is active.',
    });
  }
  return { active, versions };
}

/** Stores a new pack version as proposed; a second administrator must approve it. */
export async function proposeRulePack(
  deps: AppDeps,
  actor: Actor,
  input: { pack: RulePack; changeNote: string },
): Promise<RulePackView> {
  return deps.database.db
    .transaction()
    .execute((trx) => proposeRulePackInTransaction(deps, trx, actor, input));
}

/**
 * The proposal inside a transaction the caller owns, for a module that keeps the proposed
 * version on its own record in the same transaction. A version stored before (or meanwhile by
 * another transaction) is a 400 naming `pack.version` that leaves nothing written.
 */
export async function proposeRulePackInTransaction(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  input: { pack: RulePack; changeNote: string },
): Promise<RulePackView> {
  await loadActiveRulePack(trx);
  const stored = await insertProposedPack(trx, {
    version: input.pack.version,
    pack: input.pack,
    changeNote: input.changeNote,
    proposedBy: actor.userId,
    at: deps.clock(),
  });
  if (!stored) {
    throw invalidField(
      'pack.version',
      `Versi ${input.pack.version} sudah ada; gunakan nomor versi baru.`,
      `Version ${input.pack.version} exists; use a new version number.`,
    );
  }
  await appendAudit(
    trx,
    actor,
    {
      action: 'rules.propose',
      targetType: 'rule_pack',
      targetId: input.pack.version,
      reason: input.changeNote,
      details: { rules: input.pack.rules.length, thresholds: input.pack.thresholds },
    },
    deps.clock,
  );
  await notifyRole(trx, 'administrator', 'all', {
    kind: 'rules.approval_needed',
    title: `Paket aturan ${input.pack.version} menunggu persetujuan kedua`,
    body: `${actor.fullName} mengusulkan paket aturan ${input.pack.version}: ${input.changeNote}`,
    link: `/rule-packs/${encodeURIComponent(input.pack.version)}`,
  });
  const row = await findPackRow(trx, input.pack.version);
  if (!row) throw new AppError('internal', 'Paket aturan hilang setelah disimpan.');
  return toView(row);
}

/**
 * Approves (the pack becomes active, the old one retired) or rejects a proposed pack. The
 * deciding administrator must not be the proposer; the database refuses it as well.
 */
export async function decideRulePack(
  deps: AppDeps,
  actor: Actor,
  version: string,
  input: { approve: boolean; note: string },
): Promise<RulePackView> {
  return deps.database.db.transaction().execute(async (trx) => {
    const row = await lockPackRow(trx, version);
    if (!row) {
      throw new AppError('not_found', `Paket aturan ${version} tidak ada.`, {
        messageEn: `Rule pack ${version} does not exist.`,
      });
    }
    if (row.status !== 'proposed') {
      throw new AppError('conflict', `Paket aturan ${version} tidak sedang diusulkan.`, {
        messageEn: `Rule pack ${version} is not awaiting a decision.`,
        status: row.status,
      });
    }
    if (row.proposed_by === actor.userId) {
      throw new AppError(
        'forbidden',
        'Persetujuan kedua harus oleh administrator lain, bukan pengusul.',
        { messageEn: 'The second approval must come from another administrator.' },
      );
    }
    const at = deps.clock();
    let retired: string | null = null;
    if (input.approve) retired = await retireActivePack(trx);
    await decidePack(trx, version, input.approve ? 'active' : 'rejected', actor.userId, at);
    await appendAudit(
      trx,
      actor,
      {
        action: input.approve ? 'rules.approve' : 'rules.reject',
        targetType: 'rule_pack',
        targetId: version,
        reason: input.note,
        details: { retired },
      },
      deps.clock,
    );
    if (row.proposed_by) {
      await notifyRole(trx, 'administrator', 'all', {
        kind: input.approve ? 'rules.active' : 'rules.rejected',
        title: input.approve
          ? `Paket aturan ${version} kini aktif`
          : `Paket aturan ${version} ditolak`,
        body: input.note,
        link: `/rule-packs/${encodeURIComponent(version)}`,
      });
    }
    const updated = await findPackRow(trx, version);
    if (!updated) throw new AppError('internal', 'Paket aturan hilang setelah diputuskan.');
    return toView(updated);
  });
}
