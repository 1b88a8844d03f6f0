import type { RulePack } from '../../domain/screening/indicator-rules.ts';
import { request } from './client.ts';

export type { RulePack };

/** A stored rule-pack version. */
export interface RulePackVersion {
  version: string;
  status: 'proposed' | 'active' | 'retired' | 'rejected';
  changeNote: string;
  proposedBy: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  pack: RulePack;
  /** Rules that test only sex, age or origin: capped at WAWANCARA. */
  profilingRuleIds: string[];
}

/** The active pack and every stored version. */
export interface RulePacks {
  active: RulePackVersion;
  versions: RulePackVersion[];
}

/** One tally row: screenings of a group (sex, home province) with one outcome pair. */
export interface FairnessCount {
  sex: string | null;
  province: string | null;
  recommendation: string;
  decision: string | null;
  n: number;
}

/** One group of the fairness view: how often each outcome came out for it. */
export interface FairnessGroup {
  group: string;
  total: number;
  recommendation: Record<string, number>;
  decision: Record<string, number>;
}

/** The share of outcomes by sex and by home province over a period. */
export interface Fairness {
  total: number;
  bySex: FairnessGroup[];
  byProvince: FairnessGroup[];
}

function groupBy(rows: readonly FairnessCount[], key: (row: FairnessCount) => string | null) {
  const groups = new Map<string, FairnessGroup>();
  for (const row of rows) {
    const name = key(row) ?? '';
    const group = groups.get(name) ?? { group: name, total: 0, recommendation: {}, decision: {} };
    group.total += row.n;
    group.recommendation[row.recommendation] =
      (group.recommendation[row.recommendation] ?? 0) + row.n;
    if (row.decision) group.decision[row.decision] = (group.decision[row.decision] ?? 0) + row.n;
    groups.set(name, group);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || a.group.localeCompare(b.group));
}

/** Tallies per (sex, province, outcome) folded into per-sex and per-province groups. */
export function foldFairness(rows: readonly FairnessCount[]): Fairness {
  return {
    total: rows.reduce((sum, row) => sum + row.n, 0),
    bySex: groupBy(rows, (row) => row.sex),
    byProvince: groupBy(rows, (row) => row.province),
  };
}

/** The active rule pack and its versions. */
export function fetchRulePacks(): Promise<RulePacks> {
  return request('GET', '/rule-packs');
}

/** Proposes a new version; a second administrator approves it. */
export function proposeRulePack(pack: unknown, changeNote: string): Promise<RulePackVersion> {
  return request('POST', '/rule-packs', { body: { pack, changeNote } });
}

/** Approves or rejects a proposed version. */
export function decideRulePack(
  version: string,
  input: { approve: boolean; note: string },
): Promise<RulePackVersion> {
  return request('POST', `/rule-packs/${encodeURIComponent(version)}/decision`, { body: input });
}

/**
 * Outcome shares by sex and by home province (administrators). The server may answer with the
 * raw tallies or already grouped; either way the page gets groups.
 */
export async function fetchFairness(query: { from?: string; until?: string }): Promise<Fairness> {
  const answer = await request<
    { rows?: FairnessCount[]; counts?: FairnessCount[] } & Partial<Fairness>
  >('GET', '/rule-packs/fairness', { query });
  const rows = answer.rows ?? answer.counts;
  if (rows) return foldFairness(rows);
  return {
    total: answer.total ?? 0,
    bySex: answer.bySex ?? [],
    byProvince: answer.byProvince ?? [],
  };
}
