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

/** How many screenings of a group had an outcome, and their share of the group (0..1). */
export interface Share {
  count: number;
  share: number;
}

/** One group of the fairness view: sex (L/P) or a province code; 'unknown' when not recorded. */
export interface FairnessGroup {
  group: string;
  total: number;
  recommendation: Record<string, Share>;
  /** Final decisions, and 'none' for the undecided. */
  decision: Record<string, Share>;
}

/** The share of outcomes by sex and by home province over a period of office days. */
export interface Fairness {
  from: string;
  to: string;
  total: number;
  bySex: FairnessGroup[];
  byProvince: FairnessGroup[];
}

/** The active rule pack and its versions. */
export function fetchRulePacks(): Promise<RulePacks> {
  return request('GET', '/rule-packs');
}

/** Proposes a new version; a second administrator approves it. */
export function proposeRulePack(pack: unknown, changeNote: string): Promise<RulePackVersion> {
  return request('POST', '/rule-packs', { body: { pack, changeNote } });
}

/** Approves (the version becomes active) or rejects a proposed version, with a note. */
export function decideRulePack(
  version: string,
  input: { approve: boolean; note: string },
): Promise<RulePackVersion> {
  const action = input.approve ? 'approve' : 'reject';
  return request('POST', `/rule-packs/${encodeURIComponent(version)}/${action}`, {
    body: { note: input.note },
  });
}

/** Outcome shares by sex and by home province between two calendar days, both inclusive. */
export function fetchFairness(query: { from: string; to: string }): Promise<Fairness> {
  return request('GET', '/rule-packs/fairness', { query });
}
