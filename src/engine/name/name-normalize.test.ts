import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSingleWordName, normalizeName } from './name-normalize.ts';
import { MUHAMMAD_KEY, phoneticKey } from './name-phonetic.ts';

function keys(name: string): string[] {
  return normalizeName(name).map((token) => token.key);
}

describe('normalizeName', () => {
  it.each([
    // spelling reforms, old → new
    ['Djoko', 'Joko'],
    ['Tjahjono', 'Cahyono'],
    ['Jusuf', 'Yusuf'],
    ['Soeharto', 'Suharto'],
    ['Sjahrir', 'Syahrir'],
    ['Njoman', 'Nyoman'],
    ['Machmud', 'Makhmud'],
    ['Djuanda', 'Juanda'],
    ['Oetomo', 'Utomo'],
    ['Soekarnoputri', 'Sukarnoputri'],
    // an old tj may be t + j (Aditja = Aditya), not only c
    ['Aditja Widjaja', 'Aditya Wijaya'],
    ['Setjowati', 'Setyowati'],
    // case, accents, punctuation, apostrophes
    ['SITI AMINAH', 'siti aminah'],
    ['José Ramos', 'Jose Ramos'],
    ["Ma'ruf Amin", 'Maruf Amin'],
    ['Ma’ruf Amin', 'Maruf Amin'],
    ['Nu`man', 'Numan'],
    ['Siti-Aminah', 'Siti Aminah'],
    // titles and honorifics
    ['H. Ahmad Dahlan', 'Ahmad Dahlan'],
    ['Hj. Siti Aminah', 'Siti Aminah'],
    ['Drs. Bambang Susilo', 'Bambang Susilo'],
    ['Dra. Sri Mulyani', 'Sri Mulyani'],
    ['Ir. Joko Widodo', 'Joko Widodo'],
    ['Prof. Dr. Ir. H. Ahmad Salim', 'Ahmad Salim'],
    ['dr. Rina Wati', 'Rina Wati'],
    ['Bapak Budi Santoso', 'Budi Santoso'],
    ['Bpk. Budi Santoso', 'Budi Santoso'],
    ['Ibu Sri Rahayu', 'Sri Rahayu'],
    ['Bu Sri Rahayu', 'Sri Rahayu'],
    ['Pak Budi Santoso', 'Budi Santoso'],
    ['Ahmad Fauzi, S.H.', 'Ahmad Fauzi'],
    ['Ahmad Fauzi, S.H., M.M.', 'Ahmad Fauzi'],
    ['Rina Wati, S.Pd.', 'Rina Wati'],
    ['Rina Wati, S.E.', 'Rina Wati'],
    ['Rina Wati, S.Kom', 'Rina Wati'],
    ['Rina Wati S.Pd.', 'Rina Wati'],
    ['Drs. H. Ahmad, S.H.', 'Ahmad'],
    // Muhammad family
    ['Muhammad Rizki', 'Mohammad Rizki'],
    ['Muhamad Rizki', 'Mochammad Rizki'],
    ['Mohamad Rizki', 'Moch. Rizki'],
    ['Moh. Rizki', 'Muh. Rizki'],
    ['M. Rizki', 'Muhammad Rizki'],
    ['Mohammed Rizki', 'Muhammad Rizki'],
    ['H.M. Yusuf', 'Muhammad Jusuf'],
    // Chinese-Indonesian groups
    ['Liem Swie King', 'Lim Swie King'],
    ['Oei Hui Lan', 'Wee Hui Lan'],
    ['Tjan Hok', 'Chan Hok'],
    ['Kwee Tek Hoay', 'Kwik Tek Hoay'],
    // doubled letters and common variants
    ['Hassan', 'Hasan'],
    ['Abdullah', 'Abdulah'],
    ['Fatimah', 'Fatima'],
    ['Taufiq', 'Taufik'],
    ['Novi', 'Nofi'],
    ['Rachmat', 'Rahmat'],
  ])('keys %j like %j (and back)', (a, b) => {
    expect(keys(a)).toEqual(keys(b));
    expect(keys(b)).toEqual(keys(a));
  });

  it.each([
    ['Siti Aminah', 'Siti Aisyah'],
    ['Agus Salim', 'Agus Halim'],
    ['Tan Hok', 'Tjan Hok'],
    ['Mahmud', 'Muhammad'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(keys(a)).not.toEqual(keys(b));
  });

  it('marks every Muhammad spelling as one weak token', () => {
    for (const spelling of [
      'Muhammad',
      'Mohammad',
      'Muhamad',
      'Mochammad',
      'Mohamad',
      'Moch.',
      'Moh.',
      'Muh.',
      'M.',
    ]) {
      const [token] = normalizeName(`${spelling} Rizki`);
      expect(token).toMatchObject({ key: MUHAMMAD_KEY, weak: true });
    }
  });

  it('keeps the father after bin or binti as patronymic tokens', () => {
    expect(normalizeName('Ahmad bin Salim Harun')).toMatchObject([
      { key: 'ahmad', patronymic: false },
      { key: 'salim', patronymic: true },
      { key: 'harun', patronymic: true },
    ]);
    expect(normalizeName('Siti binti Abdullah').map((t) => t.patronymic)).toEqual([false, true]);
  });

  it('keeps a name that is only the word bin', () => {
    expect(keys('Bin')).toEqual(['bin']);
  });

  it('keeps a lone title rather than returning nothing', () => {
    expect(keys('Haji')).toEqual(['hayi']);
  });

  it('reads a degree after the name but an abbreviation before it', () => {
    expect(keys('Ahmad S.Pd.')).toEqual(['ahmad']);
    expect(keys('H.M. Yusuf')).toEqual([MUHAMMAD_KEY, 'yusuf']);
  });

  it.each([
    ['Sukarno', true],
    ['Muhammad Yusuf', true],
    ['M. Yusuf', true],
    ['PT Sinar', true],
    ['Joko Susilo', false],
    ['Sri Mulyani', false],
  ])('tells whether %j is a single-word name (%s)', (name, single) => {
    expect(isSingleWordName(normalizeName(name))).toBe(single);
  });

  const nameArbitrary = fc
    .array(fc.stringMatching(/^[A-Za-z'.]{1,10}$/), { minLength: 1, maxLength: 5 })
    .map((parts) => parts.join(' '));

  it('is insensitive to case', () => {
    fc.assert(
      fc.property(nameArbitrary, (name) => {
        expect(keys(name.toUpperCase())).toEqual(keys(name.toLowerCase()));
      }),
    );
  });

  it('produces only lower-case ASCII keys', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        for (const key of keys(name)) expect(key).toMatch(/^[a-z0-9]+#?$/);
      }),
    );
  });

  it('is insensitive to accents', () => {
    fc.assert(
      fc.property(nameArbitrary, (name) => {
        const accented = name.replace(/a/g, 'á').replace(/e/g, 'ë').replace(/o/g, 'ô');
        expect(keys(accented)).toEqual(keys(name));
      }),
    );
  });

  it('gives the same keys when its own output is normalised again', () => {
    fc.assert(
      fc.property(nameArbitrary, (name) => {
        const once = normalizeName(name).map((t) => t.text);
        const twice = normalizeName(once.join(' ')).map((t) => t.text);
        expect(twice).toEqual(once);
      }),
    );
  });

  it('keys a token the same wherever it stands in a name', () => {
    fc.assert(
      fc.property(
        fc
          .stringMatching(/^[a-z]{2,10}$/)
          .filter((t) => !['bin', 'binti', 'bintu', 'binte', 'bte', 'ibn', 'ibnu'].includes(t)),
        (token) => {
          expect(keys(`siti ${token} aminah`)[1]).toBe(phoneticKey(token));
        },
      ),
    );
  });
});
