import { describe, expect, it } from 'vitest';
import { bandFor, ENGINE_VERSION, MatchIndex } from './index.ts';
import type { MatchQuery, WatchEntry } from './index.ts';

const REFERENCE = new Date(Date.UTC(2026, 0, 15));

function person(id: string, names: string[], extra: Partial<WatchEntry> = {}): WatchEntry {
  return { id, kind: 'person', names, listing: 'suspect', ...extra };
}

/** A small population in which the tokens used by the tests have realistic relative frequencies. */
function buildIndex(entries: WatchEntry[]): MatchIndex {
  const index = new MatchIndex({ referenceDate: REFERENCE });
  const common = ['Siti', 'Nur', 'Sri', 'Dewi', 'Agus', 'Budi', 'Muhammad', 'Putri'];
  for (let i = 0; i < 400; i++) {
    const a = common[i % common.length] ?? 'Siti';
    const b = common[(i * 3 + 1) % common.length] ?? 'Nur';
    index.add(
      person(`pop-${String(i).padStart(4, '0')}`, [`${a} ${b} Filler${i}`], {
        birthDate: '1970-01-01',
      }),
    );
  }
  for (const entry of entries) index.add(entry);
  return index;
}

function top(
  index: MatchIndex,
  query: MatchQuery,
): { id: string | undefined; band: string | undefined } {
  const [hit] = index.search(query);
  return { id: hit?.entryId, band: hit?.band };
}

describe('MatchIndex', () => {
  const listed = [
    person('w-joko', ['Djoko Soesilo Wibowo'], { birthDate: '1990-03-14', sex: 'L' }),
    person('w-tjahjono', ['Tjahjono Hadiwidjaja'], { birthDate: '1982-11-02' }),
    person('w-abubakar', ['Abubakar bin Salim Harun'], { birthDate: '1975-06-30' }),
    person('w-nurhayati', ['Nur Hayati Kartosoewirjo'], { birthDate: '1995-05-05', sex: 'P' }),
    person('w-liem', ['Liem Swie Hong'], { birthDate: '1969-09-09' }),
    person('w-mono', ['Sukarti'], { birthDate: '1988-08-08', sex: 'P' }),
    person('w-nik', ['Rahmawati Lestari'], { nik: '3201015403900001' }),
    person('w-pass', ['Bambang Pamungkas'], { passportNumbers: ['C1234567'] }),
    { id: 'w-phone', kind: 'phone', names: [], phones: ['0812-3456-7890'], listing: 'suspect' },
    {
      id: 'w-org',
      kind: 'organization',
      names: ['PT Sinar Jaya Abadi Sentosa'],
      registrationNumbers: ['AHU-0012345'],
      listing: 'suspect',
    },
    person('w-victim', ['Wulan Sekar Melati'], { birthDate: '2001-04-04', listing: 'protective' }),
  ] satisfies WatchEntry[];
  const index = buildIndex(listed);

  it.each([
    [{ name: 'Joko Susilo Wibowo', birthDate: '1990-03-14' }, 'w-joko', 'strong'],
    [{ name: 'Wibowo Joko Susilo', birthDate: '1990-03' }, 'w-joko', 'strong'],
    [{ name: 'H. Djoko Soesilo Wibowo, S.H.', birthDate: '1990-14-03' }, 'w-joko', 'strong'],
    [{ name: 'Joko Susilo Wibowo', birthDate: '1990-14-03' }, 'w-joko', 'strong'],
    [{ name: 'Cahyono Hadiwijaya', birthDate: '1982-11-02' }, 'w-tjahjono', 'strong'],
    [{ name: 'Cahyono Hadiwijya', birthDate: '1982-11-02' }, 'w-tjahjono', 'strong'],
    [{ name: 'Abu Bakar Salim Harun', birthDate: '1975-06-30' }, 'w-abubakar', 'strong'],
    [
      { name: 'Abubakar', aliases: ['Abubakar Salim'], birthDate: '1975-06-30' },
      'w-abubakar',
      'strong',
    ],
    [{ name: 'Nurhayati Kartosuwiryo', birthDate: '1995-05-05' }, 'w-nurhayati', 'strong'],
    [{ name: 'Lim Swie Hong', birthDate: '1969-09-09' }, 'w-liem', 'strong'],
    [{ name: 'Xyz Abc', nik: '3201015403900001' }, 'w-nik', 'strong'],
    [{ name: 'Bambang P', passportNumber: 'c 1234567' }, 'w-pass', 'strong'],
    [{ name: 'Budi', phones: ['+62 812-3456-7890'] }, 'w-phone', 'strong'],
    [{ name: 'Sinar Jaya Abadi Sentosa', registrationNumbers: ['AHU 0012345'] }, 'w-org', 'strong'],
  ])('finds %j as %s in band %s', (query, id, band) => {
    expect(top(index, query)).toEqual({ id, band });
  });

  it('never alerts on a single-word name alone, in either direction', () => {
    for (const query of [{ name: 'Sukarti' }, { name: 'Joko' }, { name: 'Wibowo' }]) {
      for (const hit of index.search(query)) expect(hit.band).toBe('weak');
    }
  });

  it('lets a single-word name alert when other evidence agrees', () => {
    const band = top(index, { name: 'Sukarti', birthDate: '1988-08-08', sex: 'P' }).band;
    expect(['possible', 'strong']).toContain(band);
  });

  it('drops a name match whose birth date conflicts', () => {
    const hits = index.search({ name: 'Joko Susilo Wibowo', birthDate: '1961-07-21' });
    expect(hits.every((hit) => hit.band === 'weak')).toBe(true);
  });

  it('does not alert on common tokens shared with many entries', () => {
    const hits = index.search({ name: 'Siti Nur', birthDate: '1999-09-19' });
    expect(hits.filter((hit) => hit.band !== 'weak')).toEqual([]);
  });

  it('names both values compared in each reason', () => {
    const [hit] = index.search({ name: 'Djoko Susilo Wibowo', birthDate: '1990-03' });
    expect(hit?.reasons).toEqual([
      {
        feature: 'name',
        query: 'Djoko Susilo Wibowo',
        entry: 'Djoko Soesilo Wibowo',
        effect: expect.any(Number) as number,
      },
      {
        feature: 'birth_date',
        query: '1990-03',
        entry: '1990-03-14',
        effect: expect.any(Number) as number,
      },
    ]);
    const total = (hit?.reasons ?? []).reduce((sum, reason) => sum + reason.effect, 0);
    expect(total).toBeCloseTo(hit?.score ?? 0, 2);
  });

  it('compares with the birth date encoded in the NIK when the entry states none', () => {
    const [hit] = index.search({ name: 'Rahmawati Lestari', birthDate: '1990-03' });
    expect(hit?.reasons.find((r) => r.feature === 'birth_date')).toMatchObject({
      query: '1990-03',
      entry: '1990-03-14 (NIK)',
    });
  });

  it('reports a NIK whose birth date contradicts the query', () => {
    const borrowed = buildIndex([
      person('n-1', ['Yohana Kristiani Lubis'], {
        birthDate: '1990-03-14',
        nik: '1271015407950002',
      }),
    ]);
    const query = { name: 'Yohana Kristiani Lubis', birthDate: '1990-03' };
    const [hit] = borrowed.search(query);
    expect(hit?.reasons.find((r) => r.feature === 'nik_conflict')).toMatchObject({
      query: '1990-03',
      entry: '1995-07-14 (NIK)',
    });
    const clean = buildIndex([
      person('n-1', ['Yohana Kristiani Lubis'], { birthDate: '1990-03-14' }),
    ]).search(query)[0];
    expect(hit?.score).toBeLessThan(clean?.score ?? 0);
  });

  it('carries the protective listing on the hit', () => {
    const [hit] = index.search({ name: 'Wulan Sekar Melati', birthDate: '2001-04-04' });
    expect(hit).toMatchObject({ entryId: 'w-victim', listing: 'protective' });
  });

  it('searches only the requested kinds', () => {
    expect(index.search({ name: 'Budi', phones: ['081234567890'], kinds: ['person'] })).toEqual([]);
  });

  it('leaves out excluded entries', () => {
    const query = { name: 'Joko Susilo Wibowo', birthDate: '1990-03-14' };
    expect(
      index.search(query, { excludeIds: new Set(['w-joko']) }).map((h) => h.entryId),
    ).not.toContain('w-joko');
  });

  it('orders equal scores by entry id and returns the same result every time', () => {
    const twins = buildIndex([
      person('b-2', ['Kartika Sari Dewanti'], { birthDate: '1993-02-02' }),
      person('b-1', ['Kartika Sari Dewanti'], { birthDate: '1993-02-02' }),
      person('b-3', ['Kartika Sari Dewanti'], { birthDate: '1993-02-02' }),
    ]);
    const query = { name: 'Kartika Sari Dewanti', birthDate: '1993-02-02' };
    const first = twins.search(query);
    expect(first.map((h) => h.entryId)).toEqual(['b-1', 'b-2', 'b-3']);
    expect(twins.search(query)).toEqual(first);
  });

  it('sees additions, replacements and removals at once, without a rebuild', () => {
    const live = buildIndex([]);
    const query = { name: 'Gilang Ramadhan Saputra', birthDate: '1999-12-12' };
    expect(live.search(query)).toEqual([]);
    live.add(person('g-1', ['Gilang Ramadan Saputra'], { birthDate: '1999-12-12' }));
    expect(top(live, query)).toEqual({ id: 'g-1', band: 'strong' });
    live.upsert(person('g-1', ['Hendra Kurniawan'], { birthDate: '1999-12-12' }));
    expect(live.search(query)).toEqual([]);
    expect(top(live, { name: 'Hendra Kurniawan', birthDate: '1999-12-12' }).id).toBe('g-1');
    expect(live.remove('g-1')).toBe(true);
    expect(live.remove('g-1')).toBe(false);
    expect(live.search({ name: 'Hendra Kurniawan', birthDate: '1999-12-12' })).toEqual([]);
    expect(live.size).toBe(400);
  });

  it('keeps working after removals compact the storage', () => {
    const churn = new MatchIndex({ referenceDate: REFERENCE });
    for (let i = 0; i < 3000; i++)
      churn.add(person(`c-${i}`, [`Anggota Nomor${i} Keluarga`], { birthDate: '1980-01-01' }));
    for (let i = 0; i < 2500; i++) churn.remove(`c-${i}`);
    expect(churn.size).toBe(500);
    expect(top(churn, { name: 'Anggota Nomor2999 Keluarga', birthDate: '1980-01-01' }).id).toBe(
      'c-2999',
    );
    expect(
      churn.search({ name: 'Anggota Nomor10 Keluarga', birthDate: '1980-01-01' })[0]?.entryId,
    ).not.toBe('c-10');
  });

  it('refuses to add an id twice', () => {
    expect(() => index.add(person('w-joko', ['Joko']))).toThrow(/already/);
  });

  it('exposes a version and the band thresholds', () => {
    expect(ENGINE_VERSION).toMatch(/^waspada-engine\/\d+\.\d+\.\d+$/);
    expect([bandFor(0.99), bandFor(0.7), bandFor(0.4), bandFor(0.1)]).toEqual([
      'strong',
      'possible',
      'weak',
      null,
    ]);
  });
});

describe('MatchIndex recall fixes', () => {
  it('ranks namesakes by birth date before scoring, so the true one is not cut off', () => {
    const namesakes: WatchEntry[] = [];
    for (let i = 0; i < 300; i++) {
      const year = 1960 + (i % 40);
      const month = String(1 + (i % 12)).padStart(2, '0');
      if (year === 2003 && month === '11') continue;
      namesakes.push(
        person(`a-${String(i).padStart(3, '0')}`, ['Putri Rahmawati'], {
          birthDate: `${year}-${month}-01`,
        }),
      );
    }
    const index = new MatchIndex({ referenceDate: REFERENCE, maxCandidates: 20, minScore: 0 });
    for (const entry of namesakes) index.add(entry);
    index.add(person('z-true', ['Putri Rahmawati'], { birthDate: '2003-11-19' }));
    const [hit] = index.search({ name: 'Putri Rahma Wati', birthDate: '2003-11' });
    expect(hit?.entryId).toBe('z-true');
  });

  it('confirms a common token on the entries already found, past the posting budget', () => {
    const index = new MatchIndex({
      referenceDate: REFERENCE,
      postingBudget: 10,
      maxCandidates: 5,
      minScore: 0,
    });
    for (let i = 0; i < 400; i++)
      index.add(person(`pop-${String(i).padStart(4, '0')}`, [`Siti Filler${i}`]));
    for (let i = 0; i < 20; i++)
      index.add(person(`r-${String(i).padStart(2, '0')}`, [`Kusumawardhani Other${i}`]));
    index.add(person('z-true', ['Kusumawardhani Siti']));
    const [hit] = index.search({ name: 'Siti Kusumawardhani' });
    expect(hit?.entryId).toBe('z-true');
  });

  it.each([
    ['Sityowqti Hadiningrat', 'Setyowati Hadiningrat'], // two typos in a long token
    ['Aditja Widjaja', 'Aditya Wijaya'], // old tj written for t + j
  ])('finds %s as the listed %s', (query, listed) => {
    const index = buildIndex([person('t-1', [listed], { birthDate: '1993-12-27' })]);
    const [hit] = index.search({ name: query, birthDate: '1993-12-27' });
    expect(hit?.entryId).toBe('t-1');
    expect(['possible', 'strong']).toContain(hit?.band);
  });

  it('alerts on a full name of rare tokens when no birth date is given', () => {
    const index = buildIndex([
      person('r-1', ['Wulan Sekar Melati'], {}),
      person('c-1', ['Siti Nur Dewi'], {}),
    ]);
    expect(['possible', 'strong']).toContain(top(index, { name: 'Wulan Sekar Melati' }).band);
    const common = index.search({ name: 'Siti Nur Dewi' });
    expect(common.every((hit) => hit.band !== 'strong')).toBe(true);
  });

  it('lets an equal birth date carry a name with one token dropped, but not a conflicting one', () => {
    const index = buildIndex([
      person('d-1', ['Ilham Setiawan Kusumo'], { birthDate: '2003-04-15', sex: 'L' }),
    ]);
    const query = { name: 'Setiawan Kusumo', sex: 'L' as const };
    expect(['possible', 'strong']).toContain(
      top(index, { ...query, birthDate: '2003-04-15' }).band,
    );
    expect(top(index, { ...query, birthDate: '1971-09-02' }).band ?? 'none').toMatch(/weak|none/);
  });
});
