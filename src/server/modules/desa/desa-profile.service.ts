import type { Actor } from '../../context/actor.ts';
import type { ParticipantCounts } from '../../db/schema-desa.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { hotspotFiguresOf, periodOf, zoneOf } from '../hotspots/hotspots.service.ts';
import { loadVisibleDesa, readScopeOf } from './desa-access.ts';
import {
  emptyParticipants,
  toActivityView,
  toDesaSummaries,
  toReportSummaries,
} from './desa-view.ts';
import { listActivityRows, listReportRows } from './desa.repository.ts';
import type { DesaSummary, ProfileView } from './desa.schema.ts';
import { renderProfilePdf } from './desa-profile.pdf.ts';

/**
 * A village's profile over a period (default: the last twelve months in the fostering office's
 * zone): the village, its activities and participants, its early-warning reports with what they
 * became, and the hotspot figures of the village and its district.
 */
export async function buildProfile(
  deps: AppDeps,
  actor: Actor,
  id: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<ProfileView> {
  const db = deps.database.db;
  const row = await loadVisibleDesa(deps, actor, id);
  const period = periodOf(deps.clock(), await zoneOf(db, row.office_id), query);
  const [desa] = await toDesaSummaries(db, [row]);
  const activities = (await listActivityRows(db, id, { from: period.from, to: period.to })).map(
    toActivityView,
  );
  const participants: ParticipantCounts = emptyParticipants();
  const byKind: Record<string, number> = {};
  for (const a of activities) {
    byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
    for (const sex of ['L', 'P'] as const) {
      for (const group of ['u18', 'a18_25', 'a26_45', 'o45'] as const) {
        participants[sex][group] += a.participants[sex][group];
      }
    }
  }
  const reports = await toReportSummaries(
    db,
    await listReportRows(db, await readScopeOf(deps, actor), {
      desaId: id,
      seenFrom: period.from,
      seenTo: period.to,
    }),
  );
  const hotspot = await hotspotFiguresOf(deps, actor, row.region_code, period);
  return {
    desa: desa as DesaSummary,
    period: { from: period.from, to: period.to },
    activities: {
      count: activities.length,
      byKind,
      participants,
      participantTotal: activities.reduce((sum, a) => sum + a.participantTotal, 0),
      list: activities,
    },
    reports,
    hotspot,
  };
}

/** The profile as a PDF in Bahasa Indonesia; generating it is audited. */
export async function profilePdf(
  deps: AppDeps,
  actor: Actor,
  id: string,
  query: { from?: string | undefined; to?: string | undefined },
  options: { compress?: boolean } = {},
): Promise<{ pdf: Buffer; fileName: string }> {
  const profile = await buildProfile(deps, actor, id, query);
  const pdf = await renderProfilePdf(profile, deps.clock(), options);
  await appendAudit(
    deps.database.db,
    actor,
    {
      action: 'desa.profile_pdf',
      targetType: 'desa_binaan',
      targetId: id,
      details: { period: profile.period },
    },
    deps.clock,
  );
  const slug = profile.desa.region.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { pdf, fileName: `profil-desa-binaan-${slug}-${profile.period.to}.pdf` };
}
