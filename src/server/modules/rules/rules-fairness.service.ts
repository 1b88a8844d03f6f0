import { OUTCOMES } from '../../../domain/screening/indicator-rules.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { countOutcomesByGroup, type FairnessCountRow } from './rules.repository.ts';
import type { FairnessReport } from './rules.schema.ts';

type Group = FairnessReport['bySex'][number];

/** The instant a WIB calendar day starts. */
function wibStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

function addDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function tally(rows: readonly FairnessCountRow[], keyOf: (r: FairnessCountRow) => string): Group[] {
  const groups = new Map<
    string,
    { total: number; rec: Map<string, number>; dec: Map<string, number> }
  >();
  for (const row of rows) {
    const key = keyOf(row);
    let g = groups.get(key);
    if (!g) {
      g = { total: 0, rec: new Map(), dec: new Map() };
      groups.set(key, g);
    }
    g.total += row.n;
    g.rec.set(row.recommendation, (g.rec.get(row.recommendation) ?? 0) + row.n);
    const decision = row.decision ?? 'none';
    g.dec.set(decision, (g.dec.get(decision) ?? 0) + row.n);
  }
  const shares = (counts: Map<string, number>, keys: readonly string[], total: number) =>
    Object.fromEntries(
      keys.map((k) => {
        const count = counts.get(k) ?? 0;
        return [
          k,
          { count, share: total === 0 ? 0 : Math.round((count / total) * 10_000) / 10_000 },
        ];
      }),
    );
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, g]) => ({
      group,
      total: g.total,
      recommendation: shares(g.rec, OUTCOMES, g.total),
      decision: shares(g.dec, [...OUTCOMES, 'none'], g.total),
    }));
}

/**
 * The share of each recommendation and each final decision by sex and by home province over a
 * period: profiling rules are capped by the evaluator, and this is how their effect is watched
 * (UU 27/2022). Counts only, no person; the read is audited all the same.
 */
export async function reportFairness(
  deps: AppDeps,
  actor: Actor,
  period: { from: string; to: string },
): Promise<FairnessReport> {
  const db = deps.database.db;
  const rows = await countOutcomesByGroup(db, wibStart(period.from), wibStart(addDay(period.to)));
  await appendAudit(
    db,
    actor,
    { action: 'rules.fairness_report', targetType: 'rule_pack', details: period },
    deps.clock,
  );
  return {
    from: period.from,
    to: period.to,
    total: rows.reduce((sum, r) => sum + r.n, 0),
    bySex: tally(rows, (r) => r.sex ?? 'unknown'),
    byProvince: tally(rows, (r) => r.province ?? 'unknown'),
  };
}
