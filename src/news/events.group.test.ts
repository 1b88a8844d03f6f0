import { describe, expect, it } from 'vitest';
import type { EventInput } from './event.features.ts';
import { groupEvents } from './events.group.ts';
import type { ArticleFacts } from './news.types.ts';

/** Builds the facts of a synthetic article about a postponement at Kanim Muara Enim. */
function facts(overrides: Partial<ArticleFacts>): ArticleFacts {
  return {
    types: [{ code: 'PMI_NONPROSEDURAL', evidence: ['non prosedural'] }],
    offices: [
      {
        key: 'kanim:muara-enim',
        kind: 'kanim',
        name: 'Kanim Muara Enim',
        mentions: [],
        registryId: null,
      },
    ],
    places: [
      {
        text: 'Kabupaten Muara Enim',
        code: '16.03',
        name: 'Kabupaten Muara Enim',
        level: 'kabupaten',
        notes: [],
        parentCodes: ['16'],
      },
    ],
    dates: [],
    persons: [
      {
        name: 'Rudi Hartono',
        role: 'Kepala Kantor',
        office: 'kanim:muara-enim',
        initials: false,
        age: null,
      },
    ],
    numbers: [{ kind: 'paspor', value: 12, unit: 'paspor', text: '12 paspor' }],
    sites: [],
    eventDate: '2024-05-21',
    ...overrides,
  };
}

function input(
  file: string,
  overrides: Partial<ArticleFacts>,
  published: string | null = null,
): EventInput {
  return { file, published, facts: facts(overrides) };
}

describe('groupEvents', () => {
  it("groups rewrites of one event and reports the outlets' conflicting numbers", () => {
    const events = groupEvents([
      input('a.txt', {}),
      input('b.txt', {
        numbers: [{ kind: 'paspor', value: 13, unit: 'paspor', text: '13 paspor' }],
      }),
      input('c.txt', {
        persons: [{ name: 'Rudi Hartana', role: null, office: null, initials: false, age: null }],
        eventDate: null,
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(events[0]?.date).toBe('2024-05-21');
    expect(events[0]?.conflicts).toContainEqual({
      kind: 'number',
      field: 'paspor',
      values: [
        { value: 12, files: ['a.txt', 'c.txt'] },
        { value: 13, files: ['b.txt'] },
      ],
    });
    expect(events[0]?.conflicts.some((c) => c.kind === 'name')).toBe(true);
  });

  it('keeps apart reports with the same office and place on another date, linking them as related', () => {
    const events = groupEvents([
      input('may.txt', {}),
      input('may-2.txt', {}),
      input('june.txt', {
        eventDate: '2024-06-20',
        numbers: [{ kind: 'paspor', value: 7, unit: 'paspor', text: '7 paspor' }],
      }),
    ]);
    expect(events.map((e) => e.files)).toEqual([['may.txt', 'may-2.txt'], ['june.txt']]);
    expect(events[0]?.related).toEqual([events[1]?.id]);
    expect(events[1]?.related).toEqual([events[0]?.id]);
  });

  it('does not group events that share nothing but the date', () => {
    const events = groupEvents([
      input('a.txt', {}),
      input('b.txt', {
        offices: [
          { key: 'polda:bali', kind: 'polda', name: 'Polda Bali', mentions: [], registryId: null },
        ],
        places: [],
        persons: [],
        numbers: [],
        types: [{ code: 'EKSPLOITASI_SEKSUAL', evidence: [] }],
      }),
    ]);
    expect(events).toHaveLength(2);
  });

  it('groups terse rewrites that share a site, a place and the day, with counts one apart', () => {
    const terse = {
      offices: [],
      persons: [],
      sites: [{ key: 'bandara:kualanamu', kind: 'bandara' as const, name: 'Kualanamu' }],
    };
    const events = groupEvents([
      input('a.txt', {
        ...terse,
        numbers: [{ kind: 'korban', value: 24, unit: 'orang', text: '24 korban' }],
      }),
      input('b.txt', {
        ...terse,
        numbers: [{ kind: 'dipulangkan', value: 25, unit: 'orang', text: '25 WNI dipulangkan' }],
      }),
    ]);
    expect(events.map((e) => e.files)).toEqual([['a.txt', 'b.txt']]);
  });

  it('keeps apart sparse reports of the same site and type three days apart', () => {
    const sparse = {
      offices: [],
      persons: [],
      numbers: [],
      sites: [{ key: 'bandara:kualanamu', kind: 'bandara' as const, name: 'Kualanamu' }],
    };
    const events = groupEvents([
      input('a.txt', sparse),
      input('b.txt', { ...sparse, eventDate: '2024-05-24' }),
    ]);
    expect(events).toHaveLength(2);
  });

  it('groups facts stored before sites were extracted', () => {
    const stored = facts({});
    delete stored.sites;
    const events = groupEvents([
      { file: 'old.txt', published: null, facts: stored },
      input('new.txt', {}),
    ]);
    expect(events.map((e) => e.files)).toEqual([['old.txt', 'new.txt']]);
  });

  it('gives stable ids that do not depend on input order', () => {
    const one = groupEvents([input('a.txt', {}), input('b.txt', {})]);
    const two = groupEvents([input('b.txt', {}), input('a.txt', {})]);
    expect(one[0]?.id).toBe(two[0]?.id);
  });

  it('groups 20k articles in a few seconds', () => {
    const inputs: EventInput[] = [];
    for (let i = 0; i < 20_000; i++) {
      const event = Math.floor(i / 4);
      inputs.push(
        input(`f${i}.txt`, {
          offices: [
            {
              key: `kanim:k${event % 150}`,
              kind: 'kanim',
              name: 'K',
              mentions: [],
              registryId: null,
            },
          ],
          places: [
            {
              text: 'x',
              code: `16.${event % 500}`,
              name: 'x',
              level: 'kabupaten',
              notes: [],
              parentCodes: [],
            },
          ],
          persons: [],
          numbers: [{ kind: 'korban', value: event, unit: 'orang', text: '' }],
          eventDate: new Date(Date.UTC(2020, 0, 1 + Math.floor(event / 3)))
            .toISOString()
            .slice(0, 10),
        }),
      );
    }
    const started = performance.now();
    const events = groupEvents(inputs);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(events.length).toBeGreaterThan(4000);
  });
});
