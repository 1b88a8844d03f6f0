import type { Kysely } from 'kysely';
import type { MatchSignal } from '../../../domain/screening/recommend.ts';
import type { MatchQuery } from '../../../engine/index.ts';
import type { OfficeRow, DB } from '../../db/schema.ts';
import type { OfficeGraph } from '../access/office-graph.ts';
import type { AppDeps } from '../../deps.ts';
import { matchingFor, type IndexedHit } from '../matching/matching.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { findOfficesByIds } from '../org/org.repository.ts';
import {
  isRestrictedFor,
  maskComparisons,
  ownOfficesOf,
  restrictedHitLabel,
} from '../watchlist/watchlist-sensitivity.ts';
import { listSuppressionsForSubject } from './screening.repository.ts';
import { entryReachesOffice, loadOfficeGraph, reachHas } from './screening-reach.ts';
import type { HitView } from './screening-view.schema.ts';

/** Hits in the strong or possible band alert; weak ones are shown only. */
function alerts(band: HitView['band']): boolean {
  return band === 'strong' || band === 'possible';
}

/** The match signals behind a recommendation: alerting bands, suppressed pairs left out. */
export function signalsFromHits(hits: readonly HitView[]): MatchSignal[] {
  return hits
    .filter((h) => h.suppressed === null && (h.band === 'strong' || h.band === 'possible'))
    .map((h) => ({
      source: h.source,
      refId: h.refId,
      listing: h.listing,
      band: h.band as 'strong' | 'possible',
      score: h.score,
      label: h.label,
      officeId: h.office.id,
      evidence: h.comparisons,
    }));
}

function labelOf(hit: IndexedHit, office: OfficeRow | undefined): string {
  const { item } = hit;
  const where = office?.short_name ?? office?.name ?? 'kantor lain';
  if (item.source === 'watchlist') return `${item.refCode} (${where}): ${item.summary}`;
  const day = item.at ? dateInZone(item.at, office?.time_zone ?? 'Asia/Jakarta') : '';
  return `${item.summary} di ${where}${day ? `, ${day}` : ''} (${item.refCode})`;
}

/** What matching found for one screening. */
export interface MatchOutcome {
  hits: HitView[];
  signals: MatchSignal[];
}

/**
 * Searches the process's index for the subject and keeps what the screening office may match
 * against: watchlist entries by their sharing scope and the agreements in force, earlier
 * decisions of offices in the 'screening_decisions' reach. Entries a reviewer judged "not the
 * same person" for this subject come back flagged as suppressed and never alert.
 */
export async function matchSubject(
  deps: AppDeps,
  input: {
    officeId: string;
    /** The applicant first, then each sponsor (matched against suspect watchlist entries only). */
    queries: { about: 'applicant' | 'sponsor'; query: MatchQuery }[];
    subjectKey: string;
    watchlistReach: Set<string> | 'all';
    historyReach: Set<string> | 'all';
    excludeScreeningId?: string;
    db?: Kysely<DB>;
    /** The office tree and rows already in memory; read from `db` when absent. */
    known?: { graph: OfficeGraph; offices: ReadonlyMap<string, OfficeRow> };
  },
): Promise<MatchOutcome> {
  const db = input.db ?? deps.database.db;
  // Independent reads run together; with one embedded connection they simply queue.
  const [, graph, suppressionRows] = await Promise.all([
    matchingFor(deps).then((index) => index.catchUp()),
    input.known ? input.known.graph : loadOfficeGraph(db),
    listSuppressionsForSubject(db, input.subjectKey),
  ]);
  const index = await matchingFor(deps);
  const byKey = new Map<string, { about: 'applicant' | 'sponsor'; hit: IndexedHit }>();
  for (const { about, query } of input.queries) {
    const found = index.search(
      query,
      (item) => {
        if (item.source === 'history') {
          return (
            about === 'applicant' &&
            item.id !== input.excludeScreeningId &&
            reachHas(input.historyReach, item.officeId)
          );
        }
        if (about === 'sponsor' && item.listing !== 'suspect') return false;
        return entryReachesOffice(item, input.officeId, graph, (entryOffice) =>
          reachHas(input.watchlistReach, entryOffice),
        );
      },
      10,
    );
    for (const hit of found) {
      const key = `${hit.item.source}:${hit.item.id}`;
      const known = byKey.get(key);
      if (!known || known.hit.hit.score < hit.hit.score) byKey.set(key, { about, hit });
    }
  }
  const found = [...byKey.values()].sort((a, b) => b.hit.hit.score - a.hit.hit.score).slice(0, 15);
  const suppressions = new Map(suppressionRows.map((s) => [s.entry_id, s]));
  const offices =
    input.known?.offices ??
    new Map(
      (await findOfficesByIds(db, [...new Set(found.map((f) => f.hit.item.officeId))])).map((o) => [
        o.id,
        o,
      ]),
    );
  // A rahasia entry of another office shows its names and the identifiers the query supplied.
  const own = ownOfficesOf(graph, input.officeId);
  const hits: HitView[] = found.map(({ about, hit: h }) => {
    const office = offices.get(h.item.officeId);
    const restricted = isRestrictedFor(own, h.item);
    const suppression =
      h.item.source === 'watchlist' && about === 'applicant'
        ? suppressions.get(h.item.id)
        : undefined;
    const suppressed = suppression
      ? {
          by: suppression.full_name,
          at: suppression.created_at.toISOString(),
          note: suppression.note,
        }
      : null;
    return {
      source: h.item.source,
      refId: h.item.id,
      refCode: h.item.refCode,
      office: {
        id: h.item.officeId,
        code: office?.code ?? '',
        name: office?.name ?? '',
      },
      listing: h.item.listing,
      band: h.hit.band,
      score: Math.round(h.hit.score * 1000) / 1000,
      about,
      label: `${about === 'sponsor' ? 'Sponsor: ' : ''}${
        restricted
          ? restrictedHitLabel(h.item.refCode, { name: office?.name ?? '' })
          : labelOf(h, office)
      }`,
      comparisons: restricted
        ? maskComparisons(h.hit.reasons)
        : h.hit.reasons.map((r) => ({ ...r })),
      suppressed,
      alerted:
        suppressed === null &&
        alerts(h.hit.band) &&
        h.item.listing === 'suspect' &&
        h.item.officeId !== input.officeId,
    };
  });
  return { hits, signals: signalsFromHits(hits) };
}
