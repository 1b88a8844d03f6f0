import type { Kysely } from 'kysely';
import { loadRegions, type RegionIndex } from '../../../regions/index.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { visibleOfficeIds } from '../access/access.service.ts';
import { countNewsEventsByRegion } from '../news/news.repository.ts';
import { findOfficeById } from '../org/org.repository.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import {
  countScreeningsByRegion,
  listActiveDesaCodes,
  type RegionCountRow,
} from './hotspots.repository.ts';
import type { HotspotReport, PlaceCounts } from './hotspots.schema.ts';

const OFFSETS: Record<string, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/** A period of whole days in a zone: inclusive dates and the instants that bound them. */
export interface Period {
  from: string;
  to: string;
  timeZone: string;
  start: Date;
  end: Date;
}

/** The first instant of a calendar date in one of Indonesia's zones (none keeps summer time). */
export function startOfDay(date: string, timeZone: string): Date {
  return new Date(`${date}T00:00:00${OFFSETS[timeZone] ?? '+07:00'}`);
}

/** The period asked for, defaulting to the twelve months up to today in the zone. */
export function periodOf(
  now: Date,
  timeZone: string,
  query: { from?: string | undefined; to?: string | undefined },
): Period {
  const today = dateInZone(now, timeZone);
  const to = query.to ?? today;
  const from = query.from ?? `${String(Number(to.slice(0, 4)) - 1)}${to.slice(4)}`;
  const end = startOfDay(to, timeZone);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from, to, timeZone, start: startOfDay(from, timeZone), end };
}

type Counts = Pick<PlaceCounts, 'screened' | 'tunda' | 'tolak' | 'matched' | 'flagged'>;

function add(into: Counts, row: Counts): void {
  into.screened += row.screened;
  into.tunda += row.tunda;
  into.tolak += row.tolak;
  into.matched += row.matched;
  into.flagged += row.flagged;
}

function placeOf(
  regions: RegionIndex,
  code: string,
  counts: Counts,
  desa: number,
  desaId: string | null,
  newsEvents: number,
): PlaceCounts {
  const region = regions.get(code);
  return {
    region: region
      ? { code: region.code, name: region.name, level: region.level }
      : { code, name: code, level: code.length === 8 ? 'kecamatan' : 'desa' },
    parents: regions.parentsOf(code),
    ...counts,
    desaBinaan: desa,
    desaId,
    newsEvents,
  };
}

function bucket(map: Map<string, Counts>, key: string): Counts {
  let counts = map.get(key);
  if (!counts) {
    counts = zero();
    map.set(key, counts);
  }
  return counts;
}

function byFlagged(a: PlaceCounts, b: PlaceCounts): number {
  return (
    b.flagged - a.flagged ||
    b.screened - a.screened ||
    b.newsEvents - a.newsEvents ||
    a.region.code.localeCompare(b.region.code)
  );
}

/**
 * Builds the hotspot figures from screening rows and the active Desa Binaan: per district and
 * village, how many were screened, postponed, refused or matched, and which places send flagged
 * applicants without a Desa Binaan. News events per place (every level of a named place holds a
 * row, so a district's figure already covers its villages) stand beside the counts; a place
 * named only in the news is listed after the screened ones but never as a gap, because a gap
 * means flagged applicants. Pure apart from the region list, so it is tested directly.
 */
export function buildHotspots(
  regions: RegionIndex,
  rows: readonly RegionCountRow[],
  desa: readonly { id: string; region_code: string }[],
  period: Period,
  limit: number,
  news: readonly { code: string; events: number }[] = [],
): HotspotReport {
  const eventsAt = new Map(news.map((n) => [n.code, n.events]));
  const desaByVillage = new Map(desa.map((d) => [d.region_code, d.id]));
  const desaPerDistrict = new Map<string, number>();
  for (const d of desa) {
    const district = d.region_code.slice(0, 8);
    desaPerDistrict.set(district, (desaPerDistrict.get(district) ?? 0) + 1);
  }
  const villages = new Map<string, Counts>();
  const districts = new Map<string, Counts>();
  const totals = { screened: 0, flagged: 0, unplaced: 0 };
  for (const row of rows) {
    totals.screened += row.screened;
    totals.flagged += row.flagged;
    if (row.code.length < 8) {
      totals.unplaced += row.screened;
      continue;
    }
    const district = row.code.slice(0, 8);
    add(bucket(districts, district), row);
    if (row.code.length === 13) add(bucket(villages, row.code), row);
  }
  for (const { code, events } of news) {
    if (events === 0) continue;
    if (code.length === 8) bucket(districts, code);
    if (code.length === 13) bucket(villages, code);
  }
  const villageList = [...villages].map(([code, c]) =>
    placeOf(
      regions,
      code,
      c,
      desaByVillage.has(code) ? 1 : 0,
      desaByVillage.get(code) ?? null,
      eventsAt.get(code) ?? 0,
    ),
  );
  const districtList = [...districts].map(([code, c]) =>
    placeOf(regions, code, c, desaPerDistrict.get(code) ?? 0, null, eventsAt.get(code) ?? 0),
  );
  villageList.sort(byFlagged);
  districtList.sort(byFlagged);
  return {
    period: { from: period.from, to: period.to, timeZone: period.timeZone },
    totals,
    districts: districtList.slice(0, limit),
    villages: villageList.slice(0, limit),
    villageGaps: villageList.filter((v) => v.flagged > 0 && v.desaBinaan === 0).slice(0, limit),
    districtGaps: districtList.filter((d) => d.flagged > 0 && d.desaBinaan === 0).slice(0, limit),
  };
}

/** The zone of the actor's office (dates of a report are that office's dates). */
export async function zoneOf(db: Kysely<DB>, officeId: string): Promise<string> {
  return (await findOfficeById(db, officeId))?.time_zone ?? 'Asia/Jakarta';
}

/**
 * Hotspots over a period for the screenings the actor may see (their `screening_decisions`
 * scope): counts per district and village, and the places without a Desa Binaan. News events
 * name no person, so they are counted across every office.
 */
export async function computeHotspots(
  deps: AppDeps,
  actor: Actor,
  query: { from?: string | undefined; to?: string | undefined; limit: number },
): Promise<HotspotReport> {
  const db = deps.database.db;
  const now = deps.clock();
  const period = periodOf(now, await zoneOf(db, actor.officeId), query);
  const offices = await visibleOfficeIds(deps, actor, 'screening_decisions', now);
  const rows = await countScreeningsByRegion(db, offices, period.start, period.end);
  return buildHotspots(
    await loadRegions(),
    rows,
    await listActiveDesaCodes(db),
    period,
    query.limit,
    await countNewsEventsByRegion(db, period.from, period.to),
  );
}

/** Figures of one village and its district over a period, within the actor's scope. */
export async function hotspotFiguresOf(
  deps: AppDeps,
  actor: Actor,
  villageCode: string,
  period: Period,
): Promise<{ village: Counts; district: Counts }> {
  const db = deps.database.db;
  const offices = await visibleOfficeIds(deps, actor, 'screening_decisions');
  const district8 = villageCode.slice(0, 8);
  const rows = await countScreeningsByRegion(db, offices, period.start, period.end, district8);
  const village = zero();
  const district = zero();
  for (const row of rows) {
    if (row.code === villageCode) add(village, row);
    if (row.code.length >= 8) add(district, row);
  }
  return { village, district };
}

function zero(): Counts {
  return { screened: 0, tunda: 0, tolak: 0, matched: 0, flagged: 0 };
}
