import type { Kysely } from 'kysely';
import { loadRegions, type RegionRef } from '../../../regions/index.ts';
import type { DB } from '../../db/schema.ts';
import type { ParticipantCounts } from '../../db/schema-desa.ts';
import { findOfficesByIds } from '../org/org.repository.ts';
import {
  listEntriesFromReports,
  listPimpasaOf,
  listUserNames,
  type ActivityRow,
  type DesaRow,
  type ReportRow,
} from './desa.repository.ts';
import type { ActivityView, DesaSummary, ReportDetail, ReportSummary } from './desa.schema.ts';

type OfficeRef = { id: string; code: string; name: string };

/** Offices by id, as the small reference the views carry. */
export async function officeRefs(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<Map<string, OfficeRef>> {
  const rows = await findOfficesByIds(db, [...new Set(ids)]);
  return new Map(rows.map((o) => [o.id, { id: o.id, code: o.code, name: o.name }]));
}

function refOf(offices: ReadonlyMap<string, OfficeRef>, id: string): OfficeRef {
  return offices.get(id) ?? { id, code: '', name: '' };
}

/** The official region of a code with its parents, or a bare reference when the code is unknown. */
export async function regionWithParents(
  code: string,
): Promise<{ region: RegionRef; parents: RegionRef[] }> {
  const regions = await loadRegions();
  const region = regions.get(code);
  if (!region) return { region: { code, name: code, level: 'desa' }, parents: [] };
  return {
    region: { code: region.code, name: region.name, level: region.level },
    parents: regions.parentsOf(region.code),
  };
}

/** Villages as lists show them: official region with parents, office and PIMPASA, no contacts. */
export async function toDesaSummaries(
  db: Kysely<DB>,
  rows: readonly DesaRow[],
): Promise<DesaSummary[]> {
  const offices = await officeRefs(
    db,
    rows.map((r) => r.office_id),
  );
  const pimpasa = await listPimpasaOf(
    db,
    rows.map((r) => r.id),
  );
  const out: DesaSummary[] = [];
  for (const row of rows) {
    const { region, parents } = await regionWithParents(row.region_code);
    out.push({
      id: row.id,
      nameAsWritten: row.name_as_written,
      region,
      parents,
      office: refOf(offices, row.office_id),
      skNumber: row.sk_number,
      skDate: row.sk_date,
      formedOn: row.formed_on,
      formedPrecision: row.formed_precision,
      status: row.status,
      criteria: row.criteria as DesaSummary['criteria'],
      pimpasa: pimpasa
        .filter((p) => p.desa_id === row.id)
        .map((p) => ({ id: p.id, username: p.username, fullName: p.full_name })),
      notes: row.notes,
      sourceReference: row.source_reference,
    });
  }
  return out;
}

/** An empty participants table. */
export function emptyParticipants(): ParticipantCounts {
  return {
    L: { u18: 0, a18_25: 0, a26_45: 0, o45: 0 },
    P: { u18: 0, a18_25: 0, a26_45: 0, o45: 0 },
  };
}

/** The sum of a participants table. */
export function totalOf(p: ParticipantCounts): number {
  return (['L', 'P'] as const).reduce(
    (sum, sex) => sum + p[sex].u18 + p[sex].a18_25 + p[sex].a26_45 + p[sex].o45,
    0,
  );
}

/** An activity as returned. */
export function toActivityView(row: ActivityRow): ActivityView {
  return {
    id: row.id,
    desaId: row.desa_id,
    kind: row.kind,
    date: row.held_on,
    topic: row.topic,
    tppoTypes: row.tppo_types,
    participants: { ...emptyParticipants(), ...row.participants },
    participantTotal: row.participant_total,
    partners: row.partners,
    notes: row.notes,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** Reports as lists show them, each with what it became (watchlist proposals, an alert). */
export async function toReportSummaries(
  db: Kysely<DB>,
  rows: readonly ReportRow[],
): Promise<ReportSummary[]> {
  const desaIds = [...new Set(rows.map((r) => r.desa_id))];
  const desaNames = new Map<string, string>();
  if (desaIds.length > 0) {
    const desa = await db
      .selectFrom('desa_binaan')
      .select(['id', 'region_code'])
      .where('id', 'in', desaIds)
      .execute();
    const regions = await loadRegions();
    for (const d of desa) desaNames.set(d.id, regions.get(d.region_code)?.name ?? d.region_code);
  }
  const offices = await officeRefs(db, [
    ...rows.map((r) => r.office_id),
    ...rows.flatMap((r) => r.alert_office_ids),
  ]);
  const entries = await listEntriesFromReports(
    db,
    rows.map((r) => r.ref_code),
  );
  const alerters = new Map(
    (
      await listUserNames(
        db,
        rows.flatMap((r) => (r.alerted_by ? [r.alerted_by] : [])),
      )
    ).map((u) => [u.id, u.full_name]),
  );
  const out: ReportSummary[] = [];
  for (const row of rows) {
    const place = (await loadRegions()).get(row.region_code);
    out.push({
      id: row.id,
      refCode: row.ref_code,
      desaId: row.desa_id,
      desaName: desaNames.get(row.desa_id) ?? '',
      office: refOf(offices, row.office_id),
      category: row.category,
      seenOn: row.seen_on,
      region: place ? { code: place.code, name: place.name, level: place.level } : null,
      peopleCount: row.people.length,
      createdAt: row.created_at.toISOString(),
      outcome: {
        watchlist: entries
          .filter((e) => e.source_reference === row.ref_code)
          .map((e) => ({ id: e.id, refCode: e.ref_code, status: e.status, kind: e.kind })),
        alert: row.alerted_at
          ? {
              at: row.alerted_at.toISOString(),
              by: row.alerted_by ? (alerters.get(row.alerted_by) ?? null) : null,
              offices: row.alert_office_ids.map((id) => refOf(offices, id)),
              note: row.alert_note,
            }
          : null,
      },
    });
  }
  return out;
}

/** A report with its people, narrative and region parents. */
export async function toReportDetail(db: Kysely<DB>, row: ReportRow): Promise<ReportDetail> {
  const [summary] = await toReportSummaries(db, [row]);
  const { parents } = await regionWithParents(row.region_code);
  const [reporter] = await listUserNames(db, [row.reported_by]);
  return {
    ...(summary as ReportSummary),
    regionParents: parents,
    placeNote: row.place_note,
    people: row.people.map((p) => ({ name: p.name, role: p.role, phone: p.phone })),
    phones: row.phones,
    narrative: row.narrative,
    reportedBy: {
      id: row.reported_by,
      username: reporter?.username ?? '',
      fullName: reporter?.full_name ?? '',
    },
  };
}
