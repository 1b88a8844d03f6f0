import { describe, expect, it } from 'vitest';
import { subjectKey } from './suppression-key.ts';

describe('subjectKey', () => {
  it('prefers the NIK', () => {
    expect(subjectKey({ nik: '1672014505900001', name: 'Siti' })).toBe('nik:1672014505900001');
  });

  it('gives old and new spellings and token orders one key', () => {
    const a = subjectKey({ name: 'Djoko Soesilo', birthDate: '1990-03-14' });
    expect(subjectKey({ name: 'Susilo Joko', birthDate: '1990-03-14' })).toBe(a);
    expect(subjectKey({ name: 'Joko Susilo', birthDate: '1990-03-15' })).not.toBe(a);
  });
});
