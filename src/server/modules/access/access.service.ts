import type { Kysely } from 'kysely';
import { AppError, invalidField } from '../../../domain/errors.ts';
import type { DataKind } from '../../../domain/permissions.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyRole } from '../notifications/notifications.service.ts';
import { DEFAULT_AGREEMENT_ZONE, effectiveStatusOf } from '../sharing/agreement-validity.ts';
import {
  findLiveGrant,
  insertGrant,
  listActiveAgreementsWithParty,
  listOfficeLinks,
  type ActiveAgreementRow,
} from './access.repository.ts';
import { buildOfficeGraph, type OfficeGraph } from './office-graph.ts';

/** Whose scope is computed: a signed-in user, or a user an auditor inspects. */
export type ScopeSubject = Pick<Actor, 'officeId' | 'scopeLevel'>;

/** Why an office is in scope. */
export type ScopeReason = 'own_office' | 'kanwil' | 'agreement';

/** A computed scope: everything, or offices each with the first reason that admitted it. */
export type ScopeDetail =
  { all: true } | { all: false; offices: Map<string, ScopeReason>; agreementIds: string[] };

/** How long a break-glass grant lets its holder back to the same record without a new reason. */
export const BREAK_GLASS_MINUTES = 60;

/** The shortest reason accepted for break-glass access. */
export const BREAK_GLASS_MIN_REASON = 10;

/**
 * Works out which offices' records of `dataKind` the subject sees at `at`, and why. Pass `db`
 * when calling inside an open transaction (embedded mode has a single connection).
 */
export async function computeScope(
  deps: AppDeps,
  subject: ScopeSubject,
  dataKind: DataKind,
  at: Date = deps.clock(),
  db: Kysely<DB> = deps.database.db,
): Promise<ScopeDetail> {
  if (subject.scopeLevel === 'national') return { all: true };
  const graph = buildOfficeGraph(await listOfficeLinks(db));
  const needsAgreements = subject.scopeLevel === 'agreement';
  const agreements = needsAgreements
    ? await listActiveAgreementsWithParty(db, graph.chainOf(subject.officeId), dataKind)
    : [];
  return scopeFromData(graph, agreements, subject, at);
}

/**
 * The scope of `subject` from an already loaded office tree and the active agreements of
 * its chain for one data kind (as listActiveAgreementsWithParty returns them); pure, so a
 * caller holding those rows in memory gets the same answer as computeScope.
 */
export function scopeFromData(
  graph: OfficeGraph,
  agreements: readonly ActiveAgreementRow[],
  subject: ScopeSubject,
  at: Date,
): ScopeDetail {
  if (subject.scopeLevel === 'national') return { all: true };
  const offices = new Map<string, ScopeReason>();
  const add = (ids: readonly string[], reason: ScopeReason): void => {
    for (const id of ids) if (!offices.has(id)) offices.set(id, reason);
  };
  const own = subject.officeId;
  // A Kanim's own scope takes in its checkpoints: a TPI works on the Kanim's behalf.
  add(graph.kindOf(own) === 'kanim' ? graph.subtreeOf(own) : [own], 'own_office');
  if (subject.scopeLevel === 'office') return { all: false, offices, agreementIds: [] };
  const kanwil = graph.kanwilOf(own);
  if (kanwil !== null) add(graph.subtreeOf(kanwil), 'kanwil');
  if (subject.scopeLevel === 'kanwil') return { all: false, offices, agreementIds: [] };

  // The user takes part through their office and every office above it (Kanim, Kanwil).
  const chain = graph.chainOf(own);
  const agreementIds: string[] = [];
  for (const agreement of agreements) {
    if (!agreement.partyOfficeIds.some((party) => chain.includes(party))) continue;
    const terms = {
      status: 'active' as const,
      validFrom: agreement.validFrom,
      validUntil: agreement.validUntil,
    };
    const zone = agreement.timeZone ?? DEFAULT_AGREEMENT_ZONE;
    if (effectiveStatusOf(terms, zone, at) !== 'active') continue;
    agreementIds.push(agreement.id);
    for (const party of agreement.partyOfficeIds) {
      if (!chain.includes(party)) add(graph.subtreeOf(party), 'agreement');
    }
  }
  return { all: false, offices, agreementIds };
}

/**
 * Which offices' records of kind `dataKind` the user may see now: a set of office ids, or
 * 'all' for national scope. Every feature module filters people data through this.
 */
export async function visibleOfficeIds(
  deps: AppDeps,
  actor: ScopeSubject,
  dataKind: DataKind,
  at: Date = deps.clock(),
  db: Kysely<DB> = deps.database.db,
): Promise<Set<string> | 'all'> {
  const scope = await computeScope(deps, actor, dataKind, at, db);
  return scope.all ? 'all' : new Set(scope.offices.keys());
}

/** What a record access is about, and the reason given for break-glass access, if any. */
export interface AccessRequest {
  targetType: string;
  targetId: string;
  breakGlassReason?: string | undefined;
  /** The open transaction of the caller, if any. */
  db?: Kysely<DB>;
}

/** How an access was allowed. */
export type AccessGrant =
  { via: 'scope' } | { via: 'break_glass'; grantId: string; fresh: boolean };

/**
 * Allows the user to see one record of `dataKind` held by `officeId`, or throws. Out of scope,
 * a user with `breakglass.use` may give a reason (at least 10 characters): the grant is recorded
 * for an hour, audited as `access.break_glass`, and every auditor is notified.
 */
export async function assertCanSee(
  deps: AppDeps,
  actor: Actor,
  dataKind: DataKind,
  officeId: string,
  request: AccessRequest,
): Promise<AccessGrant> {
  const db = request.db ?? deps.database.db;
  const now = deps.clock();
  const visible = await visibleOfficeIds(deps, actor, dataKind, now, db);
  if (visible === 'all' || visible.has(officeId)) return { via: 'scope' };

  const grantKey = {
    userId: actor.userId,
    officeId,
    dataKind,
    targetType: request.targetType,
    targetId: request.targetId,
  };
  const live = await findLiveGrant(db, grantKey, now);
  if (live !== undefined) return { via: 'break_glass', grantId: live, fresh: false };

  const canBreakGlass = actor.permissions.has('breakglass.use');
  const reason = request.breakGlassReason?.trim();
  if (reason === undefined || reason === '') {
    throw new AppError('forbidden', 'Data ini di luar cakupan akses Anda.', {
      messageEn: 'This record is outside your access scope.',
      breakGlass: canBreakGlass,
    });
  }
  if (!canBreakGlass) {
    throw new AppError('forbidden', 'Peran Anda tidak boleh membuka akses darurat (break-glass).', {
      messageEn: 'Your role may not use break-glass access.',
      breakGlass: false,
      permission: 'breakglass.use',
    });
  }
  if (reason.length < BREAK_GLASS_MIN_REASON) {
    throw invalidField(
      'breakGlassReason',
      `Alasan akses darurat minimal ${BREAK_GLASS_MIN_REASON} karakter.`,
      `A break-glass reason needs at least ${BREAK_GLASS_MIN_REASON} characters.`,
    );
  }
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_MINUTES * 60_000);
  const record = async (trx: Kysely<DB>): Promise<string> => {
    const grantId = await insertGrant(trx, { ...grantKey, reason, createdAt: now, expiresAt });
    await appendAudit(
      trx,
      actor,
      {
        action: 'access.break_glass',
        targetType: request.targetType,
        targetId: request.targetId,
        reason,
        details: { dataKind, officeId, grantId, expiresAt: expiresAt.toISOString() },
      },
      deps.clock,
    );
    await notifyRole(trx, 'auditor', 'all', {
      kind: 'access.break_glass',
      title: `Akses darurat oleh ${actor.username}`,
      body: `${actor.fullName} membuka ${request.targetType} ${request.targetId} (${dataKind}) di luar cakupan. Alasan: ${reason}`,
      link: `/audit?target=${encodeURIComponent(`${request.targetType}:${request.targetId}`)}`,
    });
    return grantId;
  };
  const grantId = db.isTransaction
    ? await record(db)
    : await db.transaction().execute((trx) => record(trx));
  return { via: 'break_glass', grantId, fresh: true };
}
