import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { mapDesaByRegion } from '../desa/desa.repository.ts';
import type { DesaLeadPayload } from './news-leads.detect.ts';
import type { LeadRow } from './news.repository.ts';
import type { LeadView } from './news.schema.ts';

/** Builds the API views of leads: offices, linked records and villages already registered. */
export async function toLeadViews(
  db: Kysely<DB>,
  rows: readonly (LeadRow & { event_title?: string | null })[],
): Promise<LeadView[]> {
  const officeIds = [...new Set(rows.map((r) => r.office_id).filter((o): o is string => !!o))];
  const offices = officeIds.length
    ? await db.selectFrom('offices').select(['id', 'name']).where('id', 'in', officeIds).execute()
    : [];
  const officeOf = new Map(offices.map((o) => [o.id, o]));
  const userIds = [
    ...new Set(rows.flatMap((r) => [r.created_by, r.decided_by]).filter((u): u is string => !!u)),
  ];
  const users = userIds.length
    ? await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', userIds).execute()
    : [];
  const userOf = new Map(users.map((u) => [u.id, u.full_name]));
  const desaCodes = rows
    .filter((r) => r.kind === 'desa_binaan')
    .map((r) => (r.payload as DesaLeadPayload).regionCode);
  const registered = await mapDesaByRegion(db, desaCodes);
  const entryIds = rows
    .filter((r) => r.target_type === 'watchlist_entry' && r.target_id)
    .map((r) => r.target_id as string);
  const entries = entryIds.length
    ? await db
        .selectFrom('watchlist_entries')
        .select(['id', 'ref_code'])
        .where('id', 'in', entryIds)
        .execute()
    : [];
  const refOf = new Map(entries.map((e) => [e.id, e.ref_code]));
  const desaIds = rows
    .filter((r) => r.target_type === 'desa_binaan' && r.target_id)
    .map((r) => r.target_id as string);
  const villages = desaIds.length
    ? await db
        .selectFrom('desa_binaan')
        .select(['id', 'name_as_written', 'region_code'])
        .where('id', 'in', desaIds)
        .execute()
    : [];
  const villageOf = new Map(villages.map((v) => [v.id, `${v.name_as_written} (${v.region_code})`]));
  return rows.map((r) => {
    const office = r.office_id ? officeOf.get(r.office_id) : undefined;
    return {
      id: r.id,
      eventId: r.event_id,
      eventTitle: r.event_title ?? null,
      kind: r.kind,
      status: r.status,
      payload: r.payload as Record<string, unknown>,
      office: office ? { id: office.id, name: office.name } : null,
      createdBy: r.created_by ? (userOf.get(r.created_by) ?? null) : null,
      createdAt: r.created_at.toISOString(),
      decidedBy: r.decided_by ? (userOf.get(r.decided_by) ?? null) : null,
      decidedAt: r.decided_at?.toISOString() ?? null,
      decisionNote: r.decision_note,
      target:
        r.target_type && r.target_id
          ? {
              type: r.target_type,
              id: r.target_id,
              label:
                r.target_type === 'watchlist_entry'
                  ? (refOf.get(r.target_id) ?? null)
                  : (villageOf.get(r.target_id) ?? null),
            }
          : null,
      registeredDesaId:
        r.kind === 'desa_binaan'
          ? (registered.get((r.payload as DesaLeadPayload).regionCode) ?? null)
          : null,
    };
  });
}
