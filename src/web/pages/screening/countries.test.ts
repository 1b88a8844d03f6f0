import { describe, expect, it } from 'vitest';
import { allCountries, countryName, exactCountry, searchCountries } from './countries.ts';

describe('destination countries', () => {
  it('lists every country but Indonesia once, named in both languages', () => {
    const list = allCountries();
    expect(list).toHaveLength(248);
    expect(new Set(list.map((c) => c.code)).size).toBe(248);
    expect(list.some((c) => c.code === 'ID')).toBe(false);
    expect(list.find((c) => c.code === 'KH')).toEqual({
      code: 'KH',
      id: 'Kamboja',
      en: 'Cambodia',
    });
  });

  it('finds a country by its Indonesian or English name, its code, or a city', () => {
    expect(searchCountries('kamboja')[0]?.code).toBe('KH');
    expect(searchCountries('Cambod')[0]?.code).toBe('KH');
    expect(searchCountries('Phnom Penh').map((c) => c.code)).toEqual(['KH']);
    expect(searchCountries('np')[0]?.code).toBe('NP');
    expect(searchCountries('Nepal')[0]?.code).toBe('NP');
    expect(searchCountries('arab').map((c) => c.code)).toEqual(
      expect.arrayContaining(['SA', 'AE']),
    );
    expect(searchCountries('zzzz')).toEqual([]);
  });

  it('takes a country without a pick only when the text names it exactly', () => {
    expect(exactCountry('filipina')?.code).toBe('PH');
    expect(exactCountry('Philippines')?.code).toBe('PH');
    expect(exactCountry('Phnom Penh')).toBeUndefined();
    expect(exactCountry('Ph')).toBeUndefined();
    expect(exactCountry('XX')).toBeUndefined();
  });

  it('shows a destination by name with its code', () => {
    expect(countryName('KH', 'id')).toBe('Kamboja (KH)');
    expect(countryName('KH', 'en')).toBe('Cambodia (KH)');
    expect(countryName(null, 'id')).toBe('—');
  });
});
