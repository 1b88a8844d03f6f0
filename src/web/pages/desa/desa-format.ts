import type { Language } from '../../api/client.ts';
import type { DesaSummary, RegionRef } from '../../api/desa.api.ts';
import { formatDate } from '../../format/dates.ts';

/** The parents of a region as one line, finest first ("Palas, Kabupaten Lampung Selatan, Lampung"). */
export function placeLine(parents: readonly RegionRef[]): string {
  return [...parents]
    .reverse()
    .map((p) => (p.level === 'kecamatan' ? `Kecamatan ${p.name}` : p.name))
    .join(', ');
}

/** The date a village was formed, only as precise as it is known (month and year for Bumi Daya). */
export function formedLabel(
  desa: Pick<DesaSummary, 'formedOn' | 'formedPrecision'>,
  language: Language,
): string {
  if (!desa.formedOn) return '—';
  const date = new Date(`${desa.formedOn}T00:00:00Z`);
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  if (desa.formedPrecision === 'year') return desa.formedOn.slice(0, 4);
  if (desa.formedPrecision === 'month') {
    return new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  return formatDate(desa.formedOn, language);
}
