import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62 (812) 3456-7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['006281234567890', '+6281234567890'],
    ['812-3456-7890', '+6281234567890'],
    ['081234567', '+6281234567'],
    ['(021) 555-1234', '+62215551234'],
    ['021-5551234', '+62215551234'],
    ['+60 12-345 6789', '+60123456789'],
    ['+852 9123 4567', '+85291234567'],
  ])('reads %s as %s', (text, expected) => {
    expect(normalizePhone(text)).toBe(expected);
  });

  it.each([[''], ['abc'], ['08123'], ['0812345678901234567'], ['hubungi saya']])(
    'rejects %j',
    (text) => {
      expect(normalizePhone(text)).toBeNull();
    },
  );

  it('gives every written form of one mobile number the same result', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^8[1-9]\d{8,9}$/), (national) => {
        const forms = [`0${national}`, `62${national}`, `+62 ${national}`, `0062${national}`];
        const results = new Set(forms.map((form) => normalizePhone(form)));
        expect(results).toEqual(new Set([`+62${national}`]));
      }),
    );
  });
});
