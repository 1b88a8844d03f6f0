import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadDocuments, loadLabels } from '../bench/news/corpus.load.ts';
import type {
  FileLabel,
  NewsLabels,
  PredictedArticle,
  PredictedEvent,
} from '../bench/news/corpus.types.ts';
import { checkTargets, evaluateNews, type NewsEvaluation } from '../bench/news/evaluate.ts';
import { evaluateGrouping, scorePairwiseAtScale } from '../bench/news/evaluate.grouping.ts';
import { isKept, isStillPresent, prepareText } from '../bench/news/evaluate.text.ts';
import { analyzeDocuments } from '../src/news/index.ts';
import { loadRegions } from '../src/regions/index.ts';

/** A label with defaults, for the tiny synthetic cases. */
function fileLabel(event: string, extra: Partial<FileLabel> = {}): FileLabel {
  return {
    event,
    title: 'Judul',
    published: '2024-05-21',
    outlet: null,
    types: [],
    places: [],
    dates: [],
    boilerplate: [],
    keep: [],
    ...extra,
  };
}

/** Two events that must stay apart (hard negatives), two and one articles. */
const tiny: NewsLabels = {
  version: 1,
  description: 'synthetic',
  files: {
    'a.txt': fileLabel('E1', {
      types: ['PMI_NONPROSEDURAL'],
      places: [{ text: 'Desa Suwangi', code: '52.03.02.2001' }],
      dates: [{ text: 'Selasa (20/2)', date: '2024-02-20' }],
      boilerplate: [
        { class: 'baca_juga', line: 'Baca juga: Polres Sumbawa Amankan Dua Perekrut' },
        { class: 'html_chrome', line: 'Kupang' },
      ],
      keep: [
        'MATARAM - Polisi menggerebek penampungan di Desa Suwangi.',
        'Lima belas perempuan diselamatkan.',
      ],
    }),
    'b.txt': fileLabel('E1', { types: ['PMI_NONPROSEDURAL'] }),
    'feed.xml#1': fileLabel('E2', { title: 'Razia kedua', types: ['ONLINE_SCAM'] }),
  },
  events: {
    E1: {
      title: 'raid 1',
      date: '2024-02-20',
      types: [],
      files: ['a.txt', 'b.txt'],
      hardNegatives: ['E2'],
    },
    E2: {
      title: 'raid 2',
      date: '2024-04-22',
      types: [],
      files: ['feed.xml#1'],
      hardNegatives: ['E1'],
    },
  },
};

/** A prediction the cases below may edit. */
interface EditablePrediction {
  articles: PredictedArticle[];
  events: PredictedEvent[];
}

/** A prediction that gets everything of `tiny` right. */
function perfect(): EditablePrediction {
  return {
    articles: [
      {
        file: 'a.txt',
        text: 'Polisi menggerebek penampungan di Desa Suwangi.\nLima belas perempuan diselamatkan.\nWarga Kupang ikut membantu.',
        types: [{ code: 'PMI_NONPROSEDURAL' }],
        places: [{ code: '52.03.02.2001' }, { code: '52.03' }],
        dates: [{ date: '2024-02-20' }],
      },
      { file: 'b.txt', text: '', types: [{ code: 'PMI_NONPROSEDURAL' }] },
      { file: 'feed.xml#1', title: 'Razia kedua', text: '', types: [{ code: 'ONLINE_SCAM' }] },
    ],
    events: [
      { id: 'x', files: ['a.txt', 'b.txt'], date: '2024-02-20' },
      { id: 'y', files: ['feed.xml#1'], date: '2024-04-22' },
    ],
  };
}

describe('the news evaluation on synthetic predictions', () => {
  it('scores a perfect prediction as meeting every target', () => {
    const result = evaluateNews(tiny, perfect());
    expect(result.text.retention.share).toBe(1);
    expect(result.text.boilerplateOverall.share).toBe(1);
    expect(result.grouping.pairwise.f1).toBe(1);
    expect(result.facts.types.macroF1).toBe(1);
    expect(result.facts.places.share).toBe(1);
    expect(result.facts.places.precision).toBe(1);
    expect(result.facts.dates.share).toBe(1);
    expect(result.eventDates.share).toBe(1);
    expect(checkTargets(result).every((row) => row.met)).toBe(true);
  });

  it('counts a related-article line left in the body as not removed and fails its target', () => {
    const prediction = perfect();
    const a = prediction.articles[0];
    if (!a) throw new Error('fixture');
    a.text = `${a.text}\nBaca juga: Polres Sumbawa Amankan Dua Perekrut`;
    const result = evaluateNews(tiny, prediction);
    expect(result.text.boilerplate.baca_juga?.share).toBe(0);
    expect(checkTargets(result).find((r) => r.name.endsWith('baca_juga'))?.met).toBe(false);
  });

  it('checks short generic boilerplate as whole lines only', () => {
    const out = prepareText('Warga Kupang ikut membantu.\nKupang');
    expect(isStillPresent('Kupang', out)).toBe(true);
    expect(isStillPresent('Kupang', prepareText('Warga Kupang ikut membantu.'))).toBe(false);
    expect(isStillPresent('(gnt/ika)', prepareText('Polisi menangkap AR. (gnt/ika)'))).toBe(true);
  });

  it.each([
    ['a dropped dateline', 'MATARAM - Polisi datang.', 'Polisi datang.', true],
    [
      'curly quotes made straight',
      '\u201cKami tunda,\u201d katanya.',
      '"Kami tunda," katanya.',
      true,
    ],
    [
      'a line merged into a paragraph',
      'Paspor ditarik.',
      'Mereka diperiksa. Paspor ditarik. Lalu pulang.',
      true,
    ],
    ['a shortened line', 'Paspor ditarik dan dikirim.', 'Paspor ditarik.', false],
  ])('judges a body line with %s', (_case, line, output, kept) => {
    expect(isKept(line, prepareText(output))).toBe(kept);
  });

  it('reports merged hard negatives and the precision they cost', () => {
    const prediction = perfect();
    prediction.events = [{ id: 'all', files: ['a.txt', 'b.txt', 'feed.xml#1'] }];
    const result = evaluateNews(tiny, prediction);
    expect(result.grouping.hardNegativesMerged).toEqual([{ a: 'E1', b: 'E2' }]);
    expect(result.grouping.pairwise.precision).toBeCloseTo(1 / 3);
    expect(result.grouping.pairwise.recall).toBe(1);
    expect(result.grouping.pairwise.f1).toBeCloseTo(0.5);
  });

  it('treats articles left out of every event as singletons, lowering recall', () => {
    const prediction = perfect();
    prediction.events = [];
    const result = evaluateNews(tiny, prediction);
    expect(result.grouping.pairwise.recall).toBe(0);
    expect(result.grouping.split).toEqual(['E1']);
  });

  it('scores types with a macro average over every code seen, spurious ones included', () => {
    const prediction = perfect();
    prediction.articles[1] = { file: 'b.txt', text: '', types: [{ code: 'UMUM' }] };
    const result = evaluateNews(tiny, prediction);
    const pmi = result.facts.types.perCode.PMI_NONPROSEDURAL;
    expect(pmi).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    // PMI 2/3, ONLINE_SCAM 1, UMUM 0.
    expect(result.facts.types.macroF1).toBeCloseTo((2 / 3 + 1 + 0) / 3);
  });

  it('accepts parent codes for precision but only the labelled code for recall', () => {
    const prediction = perfect();
    prediction.articles[0] = {
      ...prediction.articles[0],
      file: 'a.txt',
      places: [{ code: '52.03' }, { code: '21.71' }],
    };
    const result = evaluateNews(tiny, prediction);
    expect(result.facts.places.share).toBe(0);
    expect(result.facts.places.precision).toBe(0.5);
  });

  it('finds a labelled parent inside a predicted chain, but not a parent the text never named', () => {
    const chainLabel: NewsLabels = {
      ...tiny,
      files: {
        ...tiny.files,
        'a.txt': fileLabel('E1', {
          places: [
            { text: 'Kecamatan Sakra', code: '52.03.02' },
            { text: 'Nusa Tenggara Barat', code: '52' },
          ],
        }),
      },
    };
    const prediction = perfect();
    prediction.articles[0] = {
      file: 'a.txt',
      text: '',
      places: [
        {
          code: '52.03.02.2001',
          text: 'Desa Suwangi, Kecamatan Sakra',
          parentCodes: ['52', '52.03', '52.03.02'],
        },
      ],
    };
    const result = evaluateNews(chainLabel, prediction);
    expect(result.facts.places.missed.map((m) => m.expected)).toEqual(['52']);
  });

  it('matches a feed item by title when its index differs, and counts a range end as found', () => {
    const prediction = perfect();
    prediction.articles[2] = {
      file: 'feed.xml#0',
      title: 'Razia kedua',
      text: '',
      types: [{ code: 'ONLINE_SCAM' }],
    };
    prediction.events[1] = { id: 'y', files: ['feed.xml#0'], date: '2024-04-22' };
    prediction.articles[0] = {
      ...prediction.articles[0],
      file: 'a.txt',
      dates: [{ date: '2024-02-19', end: '2024-02-20' }],
    };
    const result = evaluateNews(tiny, prediction);
    expect(result.articles.predicted).toBe(3);
    expect(result.grouping.pairwise.f1).toBe(1);
    expect(result.facts.dates.share).toBe(1);
  });

  it('gives pairwise scores in [0, 1], 1 only for the labelled partition, the same at scale', () => {
    const files = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
    const gold = new Map(files.map((f, i) => [f, `E${i % 3}`]));
    const events = { E0: 0, E1: 1, E2: 2 };
    const labelled = Object.fromEntries(
      Object.keys(events).map((id) => [
        id,
        { title: id, date: '2024', types: [], files: [], hardNegatives: [] },
      ]),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
        (assign) => {
          const clusters = new Map<number, string[]>();
          assign.forEach((c, i) =>
            clusters.set(c, [...(clusters.get(c) ?? []), files[i] as string]),
          );
          const predicted = [...clusters].map(([id, members]) => ({
            id: String(id),
            files: members,
          }));
          const m = evaluateGrouping(labelled, gold, predicted);
          const exact = files.every((a) =>
            files.every(
              (b) =>
                (gold.get(a) === gold.get(b)) ===
                (assign[files.indexOf(a)] === assign[files.indexOf(b)]),
            ),
          );
          expect(m.pairwise.f1).toBeGreaterThanOrEqual(0);
          expect(m.pairwise.f1).toBeLessThanOrEqual(1);
          expect(m.pairwise.f1 === 1).toBe(exact);
          const assigned = new Map(
            predicted.flatMap((e) => e.files.map((f) => [f, e.id] as const)),
          );
          const atScale = scorePairwiseAtScale(gold, assigned);
          expect(atScale.precision).toBeCloseTo(m.pairwise.precision);
          expect(atScale.recall).toBeCloseTo(m.pairwise.recall);
        },
      ),
    );
  });
});

describe('the labelled corpus', () => {
  let labels: NewsLabels;
  const codes = new Set<string>();
  beforeAll(async () => {
    labels = await loadLabels();
    const require = createRequire(import.meta.url);
    const data = `${dirname(require.resolve('idn-area-data/package.json'))}/data/`;
    for (const table of ['provinces', 'regencies', 'districts', 'villages']) {
      const csv = await readFile(`${data}${table}.csv`, 'utf8');
      for (const row of csv.split('\n').slice(1)) codes.add(row.split(',')[0] ?? '');
    }
  });

  it('has at least 60 articles about at least 15 events with five hard-negative pairs', () => {
    const events = Object.values(labels.events);
    expect(Object.keys(labels.files).length).toBeGreaterThanOrEqual(60);
    expect(events.length).toBeGreaterThanOrEqual(15);
    expect(events.reduce((n, e) => n + e.hardNegatives.length, 0) / 2).toBeGreaterThanOrEqual(5);
    for (const [id, event] of Object.entries(labels.events)) {
      for (const other of event.hardNegatives)
        expect(labels.events[other]?.hardNegatives).toContain(id);
      for (const file of event.files) expect(labels.files[file]?.event).toBe(id);
    }
  });

  it('uses only real Kemendagri codes or ISO country codes', () => {
    for (const label of Object.values(labels.files)) {
      for (const place of label.places) {
        expect(codes.has(place.code) || /^[A-Z]{2}$/.test(place.code), place.code).toBe(true);
      }
    }
  });

  it('labels only boilerplate and body lines that are really in the files', async () => {
    for (const [key, label] of Object.entries(labels.files)) {
      const raw = await readFile(`${CORPUS_DIR}${key.split('#')[0] ?? ''}`, 'utf8');
      const text = raw
        .replace(/<[^>]+>/g, '')
        .replaceAll('&amp;', '&')
        .replaceAll('&raquo;', '»');
      const repaired = new Set(label.boilerplate.map((b) => b.repaired).filter(Boolean));
      for (const b of label.boilerplate) expect(text, `${key}: ${b.line}`).toContain(b.line);
      for (const line of label.keep) if (!repaired.has(line)) expect(text, key).toContain(line);
    }
  });
});

describe('the news pipeline on the labelled corpus', () => {
  let evaluation: NewsEvaluation;
  beforeAll(async () => {
    const labels = await loadLabels();
    const documents = await loadDocuments(labels);
    const regions = await loadRegions();
    evaluation = evaluateNews(labels, analyzeDocuments(documents, { regions }));
  });

  it('analyses every labelled article without an error entry', () => {
    expect(evaluation.articles.errors).toEqual([]);
    expect(evaluation.articles.predicted).toBe(evaluation.articles.labelled);
  });

  it.each([
    'boilerplate removed',
    'body lines kept',
    'grouping pairwise F1',
    'types macro-F1',
    'place codes right',
    'dates right',
  ])('meets the target for %s', (prefix) => {
    const rows = checkTargets(evaluation).filter((row) => row.name.startsWith(prefix));
    expect(rows.length).toBeGreaterThan(0);
    const failed = rows
      .filter((row) => !row.met)
      .map((r) => `${r.name}: ${r.value.toFixed(3)} < ${r.target}`);
    expect(failed).toEqual([]);
  });

  it('never merges a hard-negative pair of events', () => {
    expect(evaluation.grouping.hardNegativesMerged).toEqual([]);
  });
});
