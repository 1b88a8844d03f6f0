import { describe, expect, it } from 'vitest';
import { MatchIndex } from './index.ts';
import type { MatchQuery, WatchEntry } from './index.ts';

const REFERENCE = new Date(Date.UTC(2026, 0, 15));

function person(id: string, names: string[], extra: Partial<WatchEntry> = {}): WatchEntry {
  return { id, kind: 'person', names, listing: 'suspect', ...extra };
}

/** An owner index with common names, identifiers, a non-ASCII entry and removed entries. */
function ownerIndex(): MatchIndex {
  const index = new MatchIndex({ referenceDate: REFERENCE });
  const common = ['Siti', 'Nur', 'Sri', 'Dewi', 'Agus', 'Budi', 'Muhammad', 'Putri'];
  for (let i = 0; i < 300; i++) {
    const a = common[i % common.length] ?? 'Siti';
    const b = common[(i * 3 + 1) % common.length] ?? 'Nur';
    index.add(person(`pop-${i}`, [`${a} ${b} Filler${i}`], { birthDate: '1970-01-01' }));
  }
  index.add(
    person('w-joko', ['Djoko Soesilo Wibowo', 'Joko'], {
      birthDate: '1990-03-14',
      nik: '3374011403900001',
      phones: ['0812-3456-7890'],
      passportNumbers: ['B1234567'],
      birthPlace: 'Kota Semarang',
    }),
  );
  index.add(person('w-zoë', ['Zoë Café Ñañez'], { birthDate: '1988-05-05', nationality: 'ES' }));
  index.add({
    id: 'w-phone',
    kind: 'phone',
    names: [],
    phones: ['+62 811 222 333'],
    listing: 'suspect',
  });
  for (let i = 0; i < 300; i += 7) index.remove(`pop-${i}`);
  return index;
}

const QUERIES: MatchQuery[] = [
  { name: 'Joko Susilo Wibowo', birthDate: '1990-03-14' },
  { name: 'Siti Nur', birthDate: '1970-01-01' },
  { name: 'Dewi Putri Filler14' },
  { name: 'Someone Else', nik: '3374011403900001' },
  { name: 'Someone Else', nik: '3374011403900002' },
  { name: 'X', phones: ['0811222333'] },
  { name: 'Djoko', passportNumber: 'b1234567', birthPlace: 'Semarang' },
  { name: 'Zoe Cafe Nanez', birthDate: '1988-05-05' },
];

describe('MatchIndex shared between threads', () => {
  it('returns from a shared copy exactly what the owner returns, reasons included', () => {
    const owner = ownerIndex();
    const copy = MatchIndex.fromShared(owner.toShared());
    expect(copy.size).toBe(owner.size);
    for (const query of QUERIES) {
      const expected = owner.search(query, { limit: 20 });
      expect(copy.search(query, { limit: 20 })).toEqual(expected);
    }
    // The queries reach identifiers, common names and the non-ASCII entry.
    expect(owner.search(QUERIES[3] ?? { name: '' })[0]?.entryId).toBe('w-joko');
    expect(owner.search(QUERIES[5] ?? { name: '' })[0]?.entryId).toBe('w-phone');
    expect(owner.search(QUERIES[7] ?? { name: '' })[0]?.entryId).toBe('w-zoë');
  });

  it('honours excluded ids in the shared copy', () => {
    const owner = ownerIndex();
    const copy = MatchIndex.fromShared(owner.toShared());
    const query = QUERIES[0] ?? { name: '' };
    const hits = copy.search(query, { excludeIds: new Set(['w-joko']) });
    expect(hits.map((h) => h.entryId)).not.toContain('w-joko');
    expect(hits).toEqual(owner.search(query, { excludeIds: new Set(['w-joko']) }));
  });

  it('keeps the copy as it was when shared and refuses updates to it', () => {
    const owner = ownerIndex();
    const copy = MatchIndex.fromShared(owner.toShared());
    owner.add(person('w-new', ['Rangga Wicaksono'], { birthDate: '1991-01-01' }));
    const query = { name: 'Rangga Wicaksono', birthDate: '1991-01-01' };
    expect(owner.search(query)[0]?.entryId).toBe('w-new');
    expect(copy.search(query)).toEqual([]);
    expect(() => copy.add(person('w-x', ['Rangga']))).toThrow(/read-only/);
    expect(() => copy.upsert(person('w-joko', ['Rangga']))).toThrow(/read-only/);
    expect(() => copy.remove('w-joko')).toThrow(/read-only/);
    // A fresh share carries the update.
    expect(MatchIndex.fromShared(owner.toShared()).search(query)[0]?.entryId).toBe('w-new');
  });

  it('shares memory instead of copying it', () => {
    const handle = ownerIndex().toShared();
    expect(handle.postings.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(handle.store.pool.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(handle.store.json.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(handle.niks.table.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
