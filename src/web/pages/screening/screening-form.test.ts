import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMrz,
  emptyDraft,
  mrzDate,
  mrzLines,
  readMrzFields,
  toScreeningInput,
} from './screening-form.ts';
import { shortcutFor } from './shortcuts.ts';

const SPECIMEN = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
];

describe('the screening form body', () => {
  it('sends the Phnom Penh holiday case with every flag and without blank optionals', () => {
    const draft = {
      ...emptyDraft('passport_application'),
      name: '  Siti Rahayu ',
      birthDate: '1999-04-12',
      sex: 'P' as const,
      country: 'KH',
      purpose: 'wisata' as const,
      firstTimeTraveller: true,
      bookedByOther: true,
      sponsorNames: 'Pak Anton\n\n  Bu Rina  ',
      sponsorPhones: '0812 3456 7890\n',
    };
    const input = toScreeningInput(draft);
    expect(input.applicant).toEqual({ name: 'Siti Rahayu', birthDate: '1999-04-12', sex: 'P' });
    expect(input.trip).toMatchObject({
      destinationCountry: 'KH',
      purpose: 'wisata',
      returnTicket: false,
      bookedByOther: true,
    });
    expect(input.trip).not.toHaveProperty('visaType');
    expect(input.trip).not.toHaveProperty('companions');
    expect(input.document).toEqual({});
    expect(input.sponsor).toEqual({ names: ['Pak Anton', 'Bu Rina'], phones: ['0812 3456 7890'] });
    expect(input.interview.firstTimeTraveller).toBe(true);
    expect(input.interview.planUnclear).toBe(false);
  });

  it('sends the picked country code, and strips NIK separators', () => {
    const input = toScreeningInput({
      ...emptyDraft('departure_check'),
      country: 'NP',
      nik: '1601.0112.3456.0001',
      companions: '3',
      passportNumber: 'x1234567',
    });
    expect(input.kind).toBe('departure_check');
    expect(input.trip.destinationCountry).toBe('NP');
    expect(input.applicant.nik).toBe('1601011234560001');
    expect(input.trip.companions).toBe(3);
    expect(input.document.passportNumber).toBe('X1234567');
  });
});

describe('reading a passport MRZ in the browser', () => {
  it('fills name, birth date, sex and passport number from the ICAO specimen', async () => {
    const fields = await readMrzFields(SPECIMEN.join('\n'), new Date('2026-01-01T00:00:00Z'));
    expect(fields).toEqual({
      name: 'ANNA MARIA ERIKSSON',
      birthDate: '1974-08-12',
      sex: 'P',
      passportNumber: 'L898902C3',
    });
    const { draft, filled } = applyMrz(emptyDraft('passport_application'), fields!);
    expect(filled).toEqual(['name', 'birthDate', 'sex', 'passportNumber']);
    expect(draft.name).toBe('ANNA MARIA ERIKSSON');
  });

  it('answers null for text that is not yet two lines of 44', async () => {
    expect(await readMrzFields('P<UTOERIKSSON')).toBeNull();
    expect(await readMrzFields('')).toBeNull();
  });

  it('accepts the two lines run together or spaced by the scanner', () => {
    expect(mrzLines(SPECIMEN.join(''))).toEqual(SPECIMEN);
    expect(mrzLines(` ${SPECIMEN[0]} \r\n\r\n${SPECIMEN[1]}`)).toEqual(SPECIMEN);
  });

  it('never puts a birth date after today', () => {
    const today = new Date('2026-06-15T00:00:00Z');
    expect(mrzDate('260101', today)).toBe('2026-01-01');
    expect(mrzDate('260616', today)).toBe('1926-06-16');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01'), max: today, noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const yymmdd = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
          const read = mrzDate(yymmdd, today);
          expect(read).not.toBeNull();
          expect(new Date(`${read}T00:00:00Z`).getTime()).toBeLessThanOrEqual(today.getTime());
          expect(read?.slice(2)).toBe(iso.slice(2));
        },
      ),
    );
  });
});

describe('the keyboard shortcuts', () => {
  const press = (
    code: string,
    mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>>,
  ) =>
    shortcutFor({ altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, code, ...mods });

  it.each([
    ['KeyM', 'mrz'],
    ['KeyN', 'name'],
    ['KeyT', 'trip'],
    ['KeyR', 'result'],
    ['KeyK', 'decide'],
  ])('binds Alt+%s to %s', (code, action) => {
    expect(press(code, { altKey: true })).toBe(action);
  });

  it('ignores the letters without Alt, or with another modifier', () => {
    expect(press('KeyM', {})).toBeNull();
    expect(press('KeyM', { altKey: true, ctrlKey: true })).toBeNull();
    expect(press('KeyX', { altKey: true })).toBeNull();
  });
});
