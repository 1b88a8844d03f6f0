import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegions, type RegionIndex } from '../regions/index.ts';
import { analyzeDocuments } from './news.analyze.ts';
import type { AnalysisResult, ArticleResult } from './news.types.ts';

// The seeds live beside the repository (../shared/seeds from its root), not inside it.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = join(repoRoot, '..', 'shared', 'seeds');
const hasSeeds = existsSync(seedsDir);
const goldenPath = fileURLToPath(new URL('./testdata/seed-analysis.golden.json', import.meta.url));

describe.skipIf(!hasSeeds)('the seed event (two reports of the 21 May 2024 meeting)', () => {
  let regions: RegionIndex;
  let result: AnalysisResult;
  let first: ArticleResult;
  let second: ArticleResult;

  beforeAll(async () => {
    regions = await loadRegions();
    const files = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    result = analyzeDocuments(
      files.map((file) => ({ file, content: readFileSync(join(seedsDir, file)) })),
      { regions },
    );
    [first, second] = result.articles as [ArticleResult, ArticleResult];
  });

  it('groups the two reports into one event dated 2024-05-21', () => {
    expect(result.events).toHaveLength(1);
    expect(result.events[0]?.files).toHaveLength(2);
    expect(result.events[0]?.date).toBe('2024-05-21');
  });

  it('types the first report with every form it discusses', () => {
    const codes = first.types.map((t) => t.code);
    for (const code of [
      'PMI_NONPROSEDURAL',
      'KAWIN_KONTRAK',
      'PENJUALAN_BAYI',
      'PENJUALAN_ORGAN',
      'ONLINE_SCAM',
      'PROGRAM_PENCEGAHAN',
    ]) {
      expect(codes).toContain(code);
    }
    expect(first.types.find((t) => t.code === 'PMI_NONPROSEDURAL')?.evidence).toContain(
      'pekerja migran ilegal',
    );
  });

  it('resolves Dempo Makmur and Bumidaya, flagging the wrong parent Kabupaten Kalianda', () => {
    const dempo = first.places.find((p) => p.text.includes('Dempo Makmur'));
    expect(dempo).toMatchObject({ code: '16.72.01.1018', level: 'kelurahan' });
    for (const article of [first, second]) {
      const bumidaya = article.places.find((p) => p.text.includes('Bumidaya'));
      expect(bumidaya?.code).toBe('18.01.10.2013');
      expect(bumidaya?.notes.join(' ')).toMatch(/Kalianda.*kecamatan/);
    }
  });

  it('reads "Selasa (21/5)" as 2024-05-21 although no publication date is known', () => {
    expect(first.published).toBeNull();
    expect(first.dates).toContainEqual(
      expect.objectContaining({ text: 'Selasa (21/5)', date: '2024-05-21', inferred: true }),
    );
  });

  it('extracts the offices and the speaker with his role', () => {
    const keys = first.offices.map((o) => o.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'kanim:muara-enim',
        'kanim:kalianda',
        'kanim:bandar-lampung',
        'kanwil:sumatera-selatan',
        'kanwil:lampung',
      ]),
    );
    expect(first.persons).toContainEqual(
      expect.objectContaining({
        name: 'Joko Widodo',
        role: 'Kepala Subbidang Intelijen Keimigrasian',
        office: 'kanwil:sumatera-selatan',
      }),
    );
  });

  it('cleans the boilerplate of the second report', () => {
    expect(second.text).not.toMatch(/BACA JUGA|Google News|Sumber:|\*\*\*|^--$/m);
    expect(second.text.split('\n')).toHaveLength(9);
    expect(second.title).toBe(
      'Kemenkumham Sumsel Lakukan Pencegahan Perdagangan Orang di Wilayah Sumsel dan Lampung',
    );
  });

  it('matches the golden output (article text left out: the repository keeps no copied news text)', () => {
    const projected = {
      ...result,
      articles: result.articles.map((a) =>
        'text' in a ? { ...a, text: `${a.text.length} characters` } : a,
      ),
    };
    const actual = `${JSON.stringify(projected, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, actual);
    // Compared as data, so reformatting the golden file does not break the test.
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
});
