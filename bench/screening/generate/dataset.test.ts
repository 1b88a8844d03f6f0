import { describe, expect, it } from 'vitest';
import { forEachEntryChunk, generateEntry, generateQueries } from './dataset.ts';
import { countDistinctTokens } from './name-stock.ts';
import { formatPhone } from './queries.ts';
import { createRng } from './prng.ts';
import { REGENCIES } from './regions.ts';
import type { BenchEntry } from './types.ts';

/** Collects the first n entries of seed 11. */
function collect(n: number): BenchEntry[] {
  const out: BenchEntry[] = [];
  forEachEntryChunk({ seed: 11, size: n }, 5_000, (c) => out.push(...c));
  return out;
}

const entries = collect(20_000);
const persons = entries.filter((e) => e.kind === 'person');
const regencyCodes = new Set(REGENCIES.map((r) => r.code.replace('.', '')));

describe('generated watchlist', () => {
  it('is reproducible entry by entry from the seed', () => {
    expect(generateEntry(11, 12_345)).toEqual(entries[12_345]);
    expect(generateEntry(12, 12_345)).not.toEqual(entries[12_345]);
  });

  it('writes NIKs that agree with birth date, sex and a real regency', () => {
    let checked = 0;
    for (const e of persons) {
      if (!e.nik) continue;
      expect(e.nik).toMatch(/^\d{16}$/);
      expect(regencyCodes.has(e.nik.slice(0, 4))).toBe(true);
      if (e.homeRegion) expect(e.nik.slice(0, 4)).toBe(e.homeRegion.replace('.', ''));
      const day = Number(e.nik.slice(6, 8));
      if (e.sex) expect(day > 40).toBe(e.sex === 'P');
      if (e.birthDate?.length === 10) {
        const [y, m, d] = e.birthDate.split('-');
        expect(String(day > 40 ? day - 40 : day).padStart(2, '0')).toBe(d);
        expect(e.nik.slice(8, 10)).toBe(m);
        expect(e.nik.slice(10, 12)).toBe(y?.slice(2));
      }
      expect(Number(e.nik.slice(12))).toBeGreaterThanOrEqual(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(8_000);
  });

  it('has a realistic share of single-word names and a long, skewed tail of tokens', () => {
    const counts = new Map<string, number>();
    let single = 0;
    for (const e of persons) {
      const tokens = (e.names[0] ?? '')
        .replace(/,.*$/, '')
        .split(' ')
        .filter((t) => !t.endsWith('.') && !/^(Bapak|Ibu|Haji|Hajjah)$/.test(t));
      if (tokens.length === 1) single++;
      for (const t of tokens) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
    }
    const share = single / persons.length;
    expect(share).toBeGreaterThan(0.04);
    expect(share).toBeLessThan(0.12);
    expect(countDistinctTokens()).toBeGreaterThan(3_000);
    expect(counts.size).toBeGreaterThan(2_500);
    const top = Math.max(...counts.values()) / persons.length;
    expect(top).toBeGreaterThan(0.04);
    expect(counts.get('siti') ?? 0).toBeGreaterThan(persons.length * 0.04);
  });

  it('writes mobile phones and passports in Indonesian formats', () => {
    for (const e of persons) {
      for (const p of e.phones ?? []) expect(p).toMatch(/^08\d{9,11}$/);
      for (const p of e.passportNumbers ?? []) expect(p).toMatch(/^[A-Z]\d{7}$/);
    }
  });
});

describe('labelled queries', () => {
  const queries = generateQueries({ seed: 11, size: 20_000, positives: 400, negatives: 2_000 });

  it('labels positives with a listed person and negatives with null', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const q of queries) {
      if (q.truth === null) expect(q.ops[0]).toBe('negative');
      else expect(byId.get(q.truth)?.kind).toBe('person');
    }
    expect(queries.filter((q) => q.truth !== null)).toHaveLength(400);
  });

  it('marks nikEqual only when query and entry carry the same NIK', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const q of queries) {
      const truth = q.truth === null ? undefined : byId.get(q.truth);
      expect(q.nikEqual).toBe(q.query.nik !== undefined && q.query.nik === truth?.nik);
    }
  });

  it('keeps the positive share in every prefix a slow peer may sample', () => {
    const first = queries.slice(0, 200).filter((q) => q.truth !== null).length;
    expect(first).toBeGreaterThanOrEqual(30);
    expect(first).toBeLessThanOrEqual(37);
  });

  it('covers every kind of name variant the benchmark reports', () => {
    const ops = new Set(queries.flatMap((q) => q.ops));
    for (const op of [
      'old_spelling',
      'title',
      'muhammad',
      'reorder',
      'drop_token',
      'add_token',
      'join',
      'split',
      'typo',
      'patronymic',
      'date_partial',
      'phone_format',
    ]) {
      expect(ops.has(op)).toBe(true);
    }
  });
});

describe('formatPhone', () => {
  it('keeps the national number whatever the written form', () => {
    const rng = createRng(5);
    for (let i = 0; i < 200; i++) {
      const digits = rng.int(2) === 0 ? '081234567890' : '08571234567';
      const written = formatPhone(rng, digits).replace(/\D/g, '');
      expect(written.startsWith('62') ? `0${written.slice(2)}` : written).toBe(digits);
    }
  });
});
