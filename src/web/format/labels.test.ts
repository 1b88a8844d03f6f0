import { describe, expect, it } from 'vitest';
import {
  auditActionLabel,
  bandWithScore,
  countryName,
  featureLabel,
  newsNumberLabel,
  provinceName,
  tppoLabel,
  tppoOptions,
} from './labels.ts';

describe('labels for codes', () => {
  it('names TPPO types in both languages and keeps unknown codes', () => {
    expect(tppoLabel('EKSPLOITASI_SEKSUAL', 'id')).toBe('Eksploitasi seksual');
    expect(tppoLabel('EKSPLOITASI_SEKSUAL', 'en')).toBe('Sexual exploitation');
    expect(tppoLabel('NOT_A_TYPE', 'id')).toBe('NOT_A_TYPE');
    expect(tppoOptions('en', ['ONLINE_SCAM'])).toEqual([
      { value: 'ONLINE_SCAM', label: 'Forced criminality in online-scam compounds' },
    ]);
    for (const option of tppoOptions('id')) expect(option.label).not.toMatch(/^[A-Z_]+$/);
  });

  it('names compared features, bands and audit actions', () => {
    expect(featureLabel('name', 'id')).toBe('Nama');
    expect(featureLabel('birth_date', 'id')).toBe('Tanggal lahir');
    expect(featureLabel('birth_date', 'en')).toBe('Date of birth');
    expect(featureLabel('phone', 'id')).toBe('Nomor telepon');
    expect(featureLabel('something_new', 'id')).toBe('something_new');
    expect(bandWithScore('strong', 0.99, 'id')).toBe('kuat (0,99)');
    expect(bandWithScore('possible', 0.5, 'en')).toBe('possible (0.50)');
    expect(bandWithScore('weak', null, 'id')).toBe('lemah');
    expect(auditActionLabel('watchlist.propose', 'id')).toBe('Diusulkan');
    expect(auditActionLabel('watchlist.approve', 'en')).toBe('Approved');
    expect(auditActionLabel('other.thing', 'en')).toBe('other.thing');
  });

  it('says what a number in the news counts', () => {
    expect(newsNumberLabel('desa_binaan', 3, 'id')).toBe('3 Desa Binaan');
    expect(newsNumberLabel('korban', 1, 'en')).toBe('1 victim');
    expect(newsNumberLabel('korban', 12, 'en')).toBe('12 victims');
    expect(newsNumberLabel('rupiah', 1500000, 'id')).toBe('Rp 1.500.000');
  });

  it('names countries and provinces', () => {
    expect(countryName('KH', 'id')).toBe('Kamboja');
    expect(countryName('KH', 'en')).toBe('Cambodia');
    expect(countryName('kh', 'en')).toBe('Cambodia');
    expect(countryName('Kamboja', 'id')).toBe('Kamboja');
    expect(provinceName('16')).toBe('Sumatera Selatan');
    expect(provinceName('32')).toBe('Jawa Barat');
    expect(provinceName('99')).toBe('99');
  });
});
