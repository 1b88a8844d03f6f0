import { describe, expect, it } from 'vitest';
import { findOfficeMentions } from './offices.extract.ts';
import { extractPersons } from './persons.extract.ts';

/** Runs the extractor with the text's own office mentions. */
function persons(text: string) {
  return extractPersons(text, findOfficeMentions(text));
}

describe('extractPersons', () => {
  it.each([
    [
      'Disampaikan oleh Kakanwil Kemenkumham Sumsel melalui Kepala Subbidang Intelijen Keimigrasian, Joko Widodo, bahwa rapat lancar.',
      {
        name: 'Joko Widodo',
        role: 'Kepala Subbidang Intelijen Keimigrasian',
        office: 'kanwil:sumatera-selatan',
      },
    ],
    [
      'Kepala Kantor Imigrasi Kelas I TPI Bandar Lampung, Ruhiyat Rahmat, mengatakan hal itu.',
      {
        name: 'Ruhiyat Rahmat',
        role: 'Kepala Kantor Imigrasi Kelas I TPI Bandar Lampung',
        office: 'kanim:bandar-lampung',
      },
    ],
    [
      'Kasat Reskrim Polres Lampung Selatan, AKP Indra Wijaya, menjelaskan kronologinya.',
      {
        name: 'Indra Wijaya',
        role: 'Kasat Reskrim Polres Lampung Selatan',
        office: 'polres:lampung-selatan',
      },
    ],
    [
      'Budi Santosa, Kepala Seksi Intelijen Keimigrasian, mengatakan bahwa korban sudah pulang.',
      { name: 'Budi Santosa', role: 'Kepala Seksi Intelijen Keimigrasian', office: null },
    ],
    ['"Kami akan tegas," ujar Sri Wahyuni.', { name: 'Sri Wahyuni', role: null, office: null }],
  ])('reads the person in "%s"', (text, expected) => {
    expect(persons(text)).toContainEqual(expect.objectContaining(expected));
  });

  it('reads initials of suspects and victims with their ages', () => {
    const found = persons(
      'Polisi menangkap tersangka berinisial AS (35) dan RN (23). Korban TPPO berinisial MK (17) selamat.',
    );
    expect(found.map((p) => [p.name, p.role, p.age, p.initials])).toEqual([
      ['AS', 'tersangka', 35, true],
      ['RN', 'tersangka', 23, true],
      ['MK', 'korban', 17, true],
    ]);
  });

  it('does not take acronyms after "korban" for initials', () => {
    expect(persons('Para korban TPPO dan korban PMI dipulangkan.')).toEqual([]);
  });
});
