import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, textHash } from './news-identity.ts';
import { computeFactSpans } from './news-spans.ts';
import { detectLeads, splitSentences } from './news-leads.detect.ts';
import type { ArticleFacts } from '../../../news/index.ts';

describe('canonical article addresses', () => {
  it.each([
    ['https://www.kabar.example/a/b/?utm_source=wa#atas', 'kabar.example/a/b'],
    ['http://kabar.example/a/b', 'kabar.example/a/b'],
    ['https://m.kabar.example/a/b/amp', 'kabar.example/a/b'],
    ['https://kabar.example/a?id=2&fbclid=x&halaman=1', 'kabar.example/a?halaman=1&id=2'],
    ['ftp://kabar.example/a', null],
    ['bukan alamat', null],
  ])('reads %s as %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });
});

describe('text hashes', () => {
  it('ignore case, punctuation and spacing but not words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 20 }),
        (words) => {
          const plain = words.join(' ');
          const noisy = words.map((w) => w.toUpperCase()).join(' ,\n  ');
          expect(textHash(noisy)).toBe(textHash(plain));
          expect(textHash(`${plain} tambahan`)).not.toBe(textHash(plain));
        },
      ),
    );
  });
});

const EMPTY: ArticleFacts = {
  types: [],
  offices: [],
  places: [],
  dates: [],
  persons: [],
  numbers: [],
  sites: [],
  eventDate: null,
};

describe('fact spans and leads', () => {
  const text =
    'Kantor Imigrasi Kelas II Non TPI Muara Enim membentuk Desa Binaan Imigrasi di Desa Dempo Makmur, Kecamatan Pagar Alam Utara pada Maret 2024.';
  const facts: ArticleFacts = {
    ...EMPTY,
    offices: [
      {
        key: 'kanim:muara-enim',
        kind: 'kanim',
        name: 'Kanim Muara Enim',
        mentions: ['Kantor Imigrasi Kelas II Non TPI Muara Enim'],
        registryId: 'o1',
      },
    ],
    places: [
      {
        text: 'Desa Dempo Makmur, Kecamatan Pagar Alam Utara',
        code: '16.72.01.1018',
        name: 'Dempo Makmur',
        level: 'kelurahan',
        notes: [],
        parentCodes: [],
      },
      {
        text: 'Muara Enim',
        code: '16.03',
        name: 'Muara Enim',
        level: 'kabupaten',
        notes: [],
        parentCodes: [],
      },
    ],
    dates: [{ text: 'Maret 2024', date: '2024-03', inferred: false, notes: [], form: 'month' }],
  };

  it('marks each fact once, the office winning over the place inside its name', () => {
    const spans = computeFactSpans(text, facts);
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['office', 'Kantor Imigrasi Kelas II Non TPI Muara Enim'],
      ['place', 'Desa Dempo Makmur, Kecamatan Pagar Alam Utara'],
      ['date', 'Maret 2024'],
    ]);
  });

  it('proposes a Desa Binaan formed shortly before the event and not one formed months before', () => {
    const article = { id: 'a1', text, facts, reference: '2024-04-10' };
    expect(detectLeads([article]).map((l) => l.key)).toEqual(['desa:16.72.01.1018']);
    expect(detectLeads([{ ...article, reference: '2024-07-10' }])).toEqual([]);
  });

  it('splits sentences at stops and paragraph breaks', () => {
    expect(splitSentences('Satu dua. Tiga empat!\nLima')).toEqual([
      'Satu dua.',
      'Tiga empat!',
      'Lima',
    ]);
  });
});
