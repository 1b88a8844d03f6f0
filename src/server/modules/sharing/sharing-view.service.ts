import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { listOfficeLinks } from '../access/access.repository.ts';
import { buildOfficeGraph, type OfficeGraph } from '../access/office-graph.ts';
import {
  DEFAULT_AGREEMENT_ZONE,
  effectiveStatusOf,
  type EffectiveStatus,
} from './agreement-validity.ts';
import type { AgreementView } from './sharing.schema.ts';
import {
  findAgreementById,
  listAgreementRecords,
  listPartyRows,
  type AgreementRecord,
} from './sharing.repository.ts';

/**
 * The offices through which a user takes part in agreements: their own office and those above
 * it, plus, from Kanwil scope up, every office of their Kanwil. 'all' for national scope.
 */
export function ownSideOf(graph: OfficeGraph, actor: Actor): Set<string> | 'all' {
  if (actor.scopeLevel === 'national') return 'all';
  const side = new Set(graph.chainOf(actor.officeId));
  side.add(actor.officeId);
  const kanwil = graph.kanwilOf(actor.officeId);
  if (actor.scopeLevel !== 'office' && kanwil !== null) {
    for (const id of graph.subtreeOf(kanwil)) side.add(id);
  }
  return side;
}

/** The user's own side, read from the current office tree. */
export async function loadOwnSide(db: Kysely<DB>, actor: Actor): Promise<Set<string> | 'all'> {
  return ownSideOf(buildOfficeGraph(await listOfficeLinks(db)), actor);
}

/** The zone an agreement's dates are read in. */
export function zoneOf(record: AgreementRecord): string {
  return record.proposing_time_zone ?? DEFAULT_AGREEMENT_ZONE;
}

/** Builds the API view of agreements, with their parties, at the instant `at`. */
export async function toAgreementViews(
  db: Kysely<DB>,
  records: readonly AgreementRecord[],
  at: Date,
): Promise<AgreementView[]> {
  const parties = await listPartyRows(
    db,
    records.map((r) => r.id),
  );
  return records.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    dataKinds: r.data_kinds,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    status: r.status,
    effectiveStatus: effectiveStatusOf(
      { status: r.status, validFrom: r.valid_from, validUntil: r.valid_until },
      zoneOf(r),
      at,
    ),
    timeZone: zoneOf(r),
    sourceReference: r.source_reference,
    proposingOffice:
      r.proposing_office_id && r.proposing_office_name
        ? { id: r.proposing_office_id, name: r.proposing_office_name }
        : null,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    activatedAt: r.activated_at ? r.activated_at.toISOString() : null,
    endedAt: r.ended_at ? r.ended_at.toISOString() : null,
    endedBy: r.ended_by,
    endReason: r.end_reason,
    parties: parties
      .filter((p) => p.agreement_id === r.id)
      .map((p) => ({
        officeId: p.office_id,
        code: p.code,
        name: p.name,
        kind: p.kind,
        approvedBy:
          p.approved_by !== null
            ? { id: p.approved_by, fullName: p.approver_name ?? p.approved_by }
            : null,
        approvedAt: p.approved_at ? p.approved_at.toISOString() : null,
      })),
  }));
}

/** The agreements the user takes part in (all of them for national scope), newest first. */
export async function listAgreements(
  deps: AppDeps,
  actor: Actor,
  filter: { status?: EffectiveStatus | undefined },
): Promise<AgreementView[]> {
  const db = deps.database.db;
  const side = await loadOwnSide(db, actor);
  const records = await listAgreementRecords(db, side === 'all' ? 'all' : [...side]);
  const views = await toAgreementViews(db, records, deps.clock());
  return filter.status ? views.filter((v) => v.effectiveStatus === filter.status) : views;
}

/** Raises a 404 for an unknown agreement. */
export function agreementNotFound(): AppError {
  return new AppError('not_found', 'Perjanjian berbagi data tidak ditemukan.', {
    messageEn: 'Sharing agreement not found.',
  });
}

/** The agreement, when the user's side is a party to it (or the user has national scope). */
export async function loadReadableAgreement(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  lock = false,
): Promise<{ record: AgreementRecord; partyIds: string[]; side: Set<string> | 'all' }> {
  const record = await findAgreementById(db, id, lock);
  if (!record) throw agreementNotFound();
  const partyIds = (await listPartyRows(db, [id])).map((p) => p.office_id);
  const side = await loadOwnSide(db, actor);
  if (side !== 'all' && !partyIds.some((p) => side.has(p))) {
    throw new AppError('forbidden', 'Kantor Anda bukan pihak dalam perjanjian ini.', {
      messageEn: 'Your office is not a party to this agreement.',
    });
  }
  return { record, partyIds, side };
}

/** One agreement the user may read. */
export async function getAgreement(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<AgreementView> {
  const db = deps.database.db;
  const { record } = await loadReadableAgreement(db, actor, id);
  const [view] = await toAgreementViews(db, [record], deps.clock());
  if (!view) throw agreementNotFound();
  return view;
}
