/**
 * Text table of a news benchmark run: speed figures, quality metrics against their targets,
 * and the first few misses of each metric so a failing number can be read at once.
 */
import { checkTargets, type NewsEvaluation } from './evaluate.ts';

/** Everything one `bench:news` run measured. */
export interface NewsBenchResult {
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1, 5 and 15 minute load averages at the end: the machine is shared. */
    loadAverage: number[];
  };
  date: string;
  throughput: {
    workers: number;
    articles: number;
    seconds: number;
    articlesPerSecond: number;
    cpuSeconds: number;
    /** Articles per CPU-second times the workers: the wall rate the cores would give unshared. */
    articlesPerCpuSecondTimesWorkers: number;
    msPerArticle: { clean: number; extract: number };
    target: number;
  };
  grouping: {
    articles: number;
    events: number;
    seconds: number;
    target: number;
    /** Pairwise scores on the synthetic set, whose copies keep their event labels. */
    pairwise: { precision: number; recall: number; f1: number };
  };
  corpus: { articles: number; analyseSeconds: number };
  quality: NewsEvaluation;
}

/** Renders rows as an aligned two- or three-column table. */
function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ')).join('\n');
}

/** Formats a share as a percentage with one decimal. */
function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Formats the whole result for the terminal. */
export function formatNewsReport(result: NewsBenchResult, misses = 5): string {
  const { machine, throughput, grouping, quality } = result;
  const speed = [
    ['measure', 'value', 'target'],
    [
      `clean+extract (${throughput.workers} workers)`,
      `${throughput.articlesPerSecond.toFixed(0)} articles/s`,
      `>= ${throughput.target}/s`,
    ],
    [
      '  same, from CPU time (unshared cores)',
      `${throughput.articlesPerCpuSecondTimesWorkers.toFixed(0)} articles/s`,
      '',
    ],
    [
      '  ms per article: clean / extract',
      `${throughput.msPerArticle.clean.toFixed(1)} / ${throughput.msPerArticle.extract.toFixed(1)}`,
      '',
    ],
    [
      `group ${grouping.articles.toLocaleString('en')} articles`,
      `${grouping.seconds.toFixed(1)} s (${grouping.events.toLocaleString('en')} events)`,
      `<= ${grouping.target} s`,
    ],
    [
      '  pairwise P / R / F1 on those',
      `${pct(grouping.pairwise.precision)} / ${pct(grouping.pairwise.recall)} / ${pct(grouping.pairwise.f1)}`,
      '',
    ],
  ];
  const targets = [
    ['metric', 'value', 'target', ''],
    ...checkTargets(quality).map((row) => [
      row.name,
      pct(row.value),
      pct(row.target),
      row.met ? 'ok' : 'MISSED',
    ]),
    [
      'grouping precision / recall',
      `${pct(quality.grouping.pairwise.precision)} / ${pct(quality.grouping.pairwise.recall)}`,
      '',
      '',
    ],
    ['grouping B-cubed F1', pct(quality.grouping.bcubed.f1), '', ''],
    [
      'hard-negative pairs merged',
      `${quality.grouping.hardNegativesMerged.length} of ${quality.grouping.hardNegativePairs}`,
      '0',
      '',
    ],
    [
      'events predicted / labelled',
      `${quality.grouping.predictedEvents} / ${quality.grouping.labelledEvents}`,
      '',
      '',
    ],
    ['place precision (parents accepted)', pct(quality.facts.places.precision), '', ''],
    ['date precision', pct(quality.facts.dates.precision), '', ''],
    ['event dates right', pct(quality.eventDates.share), '', ''],
  ];
  const lines = [
    `News benchmark ${result.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
    '',
    table(speed),
    '',
    table(targets),
  ];
  const show = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push('', `${title} (${items.length}):`, ...items.slice(0, misses).map((i) => `  - ${i}`));
  };
  for (const [cls, removal] of Object.entries(quality.text.boilerplate)) {
    show(
      `boilerplate left: ${cls}`,
      removal.missed.map((m) => `${m.file}: ${m.line}`),
    );
  }
  show(
    'body lines lost',
    quality.text.retention.lost.map((m) => `${m.file}: ${m.line}`),
  );
  show('events split', quality.grouping.split);
  show(
    'hard negatives merged',
    quality.grouping.hardNegativesMerged.map((p) => `${p.a} + ${p.b}`),
  );
  show(
    'places missed',
    quality.facts.places.missed.map((m) => `${m.file}: ${m.text} -> ${m.expected}`),
  );
  show(
    'dates missed',
    quality.facts.dates.missed.map((m) => `${m.file}: ${m.text} -> ${m.expected}`),
  );
  show(
    'analysis errors',
    quality.articles.errors.map((e) => `${e.file}: ${e.error}`),
  );
  const weak = Object.entries(quality.facts.types.perCode)
    .filter(([, s]) => s.f1 < 1)
    .map(([code, s]) => `${code}: F1 ${s.f1.toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  show('types below F1 1', weak);
  return lines.join('\n');
}
