import { describe, expect, it } from 'vitest';
import { pathCandidates, summaryLine } from './field-labels.ts';

describe('pathCandidates', () => {
  it('drops the request part and list positions to find the control', () => {
    expect(pathCandidates('body.reason')).toEqual(['reason']);
    expect(pathCandidates('body.names.1')).toEqual(['names.1', 'names']);
    expect(pathCandidates('phones[0]')).toEqual(['phones[0]', 'phones']);
    expect(pathCandidates('body.applicant.nik')).toEqual(['applicant.nik', 'applicant', 'nik']);
  });
});

describe('summaryLine', () => {
  it('puts the field label before a message that does not name it', () => {
    expect(summaryLine('Nama lengkap', 'Wajib diisi.')).toBe('Nama lengkap: Wajib diisi.');
    expect(summaryLine('Full name', 'Required.')).toBe('Full name: Required.');
  });

  it('leaves a message that already names its field, or has no label, as it is', () => {
    expect(summaryLine('Alasan pencatatan', 'Alasan pencatatan minimal 10 karakter.')).toBe(
      'Alasan pencatatan minimal 10 karakter.',
    );
    expect(summaryLine(undefined, 'Wajib diisi.')).toBe('Wajib diisi.');
  });
});
