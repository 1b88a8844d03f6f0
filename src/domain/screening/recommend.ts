import {
  evaluateCondition,
  isProfilingRule,
  stricter,
  type Outcome,
  type RulePack,
} from './indicator-rules.ts';
import type { ScreeningFacts } from './screening-facts.ts';

/** A hit from the matching engine, already placed in scope: a watchlist entry or an earlier decision. */
export interface MatchSignal {
  source: 'watchlist' | 'history';
  /** Watchlist entry id or screening id. */
  refId: string;
  listing: 'suspect' | 'protective';
  band: 'strong' | 'possible';
  score: number;
  /** A short description, e.g. "TUNDA di Kanim Muara Enim, 3 Maret 2026 (PMI non-prosedural)". */
  label: string;
  officeId: string;
  /** Each compared value on both sides. */
  evidence: { feature: string; query: string; entry: string; effect: number }[];
}

/** One reason behind a recommendation, in both languages, naming what was compared. */
export interface RecommendationReason {
  kind: 'rule' | 'watchlist' | 'history' | 'protection';
  ruleId?: string;
  refId?: string;
  title: { id: string; en: string };
  basis?: string;
  weight: number;
  /** The outcome this reason alone pushes toward. */
  pushesTo: Outcome;
  /** A profiling rule (sex, age or origin alone): capped at WAWANCARA. */
  profiling: boolean;
  evidence?: MatchSignal['evidence'];
}

/** What the system recommends, and every reason why. */
export interface Recommendation {
  outcome: Outcome;
  score: number;
  reasons: RecommendationReason[];
  /** A protective listing matched: show the officer a protection prompt, never a suspect. */
  protectionPrompt: boolean;
  rulePackVersion: string;
}

function outcomeForScore(score: number, pack: RulePack): Outcome {
  if (score >= pack.thresholds.tunda) return 'TUNDA';
  if (score >= pack.thresholds.wawancara) return 'WAWANCARA';
  return 'LANJUT';
}

function signalReason(signal: MatchSignal): RecommendationReason {
  if (signal.listing === 'protective') {
    return {
      kind: 'protection',
      refId: signal.refId,
      title: {
        id: `Perlindungan: cocok dengan daftar korban/calon korban (${signal.label})`,
        en: `Protection: matches a listed (potential) victim (${signal.label})`,
      },
      weight: 0,
      pushesTo: 'WAWANCARA',
      profiling: false,
      evidence: signal.evidence,
    };
  }
  const strong = signal.band === 'strong';
  if (signal.source === 'watchlist') {
    return {
      kind: 'watchlist',
      refId: signal.refId,
      title: {
        id: `Kecocokan ${strong ? 'kuat' : 'mungkin'} dengan daftar pengawasan: ${signal.label}`,
        en: `${strong ? 'Strong' : 'Possible'} watchlist match: ${signal.label}`,
      },
      weight: 0,
      pushesTo: strong ? 'TUNDA' : 'WAWANCARA',
      profiling: false,
      evidence: signal.evidence,
    };
  }
  return {
    kind: 'history',
    refId: signal.refId,
    title: {
      id: `Riwayat keputusan sebelumnya: ${signal.label}`,
      en: `Earlier decision: ${signal.label}`,
    },
    weight: strong ? 3 : 0,
    pushesTo: 'WAWANCARA',
    profiling: false,
    evidence: signal.evidence,
  };
}

/**
 * Recommends LANJUT, WAWANCARA, TUNDA or TOLAK from the rule pack and the match signals. The
 * weights of the non-profiling rules add up to a score that the thresholds turn into an outcome;
 * a rule's floor and a strong suspect match raise it; profiling rules (sex, age or origin alone)
 * add nothing to the score and can only turn LANJUT into WAWANCARA, and only beside another
 * indicator. A person decides: this only recommends and explains.
 */
export function recommend(
  pack: RulePack,
  facts: ScreeningFacts,
  signals: readonly MatchSignal[],
): Recommendation {
  const reasons: RecommendationReason[] = [];
  let score = 0;
  let floor: Outcome = 'LANJUT';
  let profilingFired = false;
  for (const rule of pack.rules) {
    if (!evaluateCondition(rule.when, facts)) continue;
    const profiling = isProfilingRule(rule);
    const fromWeight = outcomeForScore(rule.weight, pack);
    const pushesTo = profiling ? 'WAWANCARA' : stricter(fromWeight, rule.floor ?? 'LANJUT');
    reasons.push({
      kind: 'rule',
      ruleId: rule.id,
      title: rule.title,
      basis: rule.basis,
      weight: rule.weight,
      pushesTo,
      profiling,
    });
    if (profiling) {
      profilingFired = true;
      continue;
    }
    score += rule.weight;
    if (rule.floor) floor = stricter(floor, rule.floor);
  }
  for (const signal of signals) {
    const reason = signalReason(signal);
    reasons.push(reason);
    score += reason.weight;
    floor = stricter(floor, reason.pushesTo);
  }
  let outcome = stricter(outcomeForScore(score, pack), floor);
  // A profile alone sends nobody to an interview; beside another indicator it may, never further.
  if (profilingFired && outcome === 'LANJUT' && score > 0) outcome = 'WAWANCARA';
  return {
    outcome,
    score,
    reasons,
    protectionPrompt: signals.some((s) => s.listing === 'protective'),
    rulePackVersion: pack.version,
  };
}
