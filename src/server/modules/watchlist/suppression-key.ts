import { normalizeName } from '../../../engine/index.ts';

/** Who was screened, as far as a "not the same person" judgement needs to recognise them again. */
export interface SubjectIdentity {
  nik?: string | null;
  name: string;
  birthDate?: string | null;
}

/**
 * A stable key for a screened subject: the NIK when known, else the name's phonetic tokens in
 * sorted order plus the birth date, so "Djoko Susilo" and "Joko Soesilo" born the same day
 * share one key and a reviewer's "not the same person" holds for both spellings.
 */
export function subjectKey(subject: SubjectIdentity): string {
  const nik = subject.nik?.replace(/\D/g, '');
  if (nik && nik.length === 16) return `nik:${nik}`;
  const tokens = normalizeName(subject.name)
    .filter((t) => !t.weak)
    .map((t) => t.key)
    .sort();
  return `name:${tokens.join(' ')}|${subject.birthDate ?? ''}`;
}
