/**
 * Words for the codes the server sends, in the UI language: TPPO types, compared features, match
 * bands, audit actions, countries and provinces. Pages call these instead of showing the codes.
 */
import { TPPO_TYPE_CODES, TPPO_TYPES, type TppoTypeCode } from '../../domain/tppo.ts';
import type { Language } from '../api/client.ts';
import { translate } from '../i18n/i18n.tsx';
import { id, type MessageKey } from '../i18n/id.ts';
import { PROVINCE_NAMES } from './provinces.ts';

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key);
}

/** The message under `key` when there is one, otherwise `fallback` (an unknown code). */
function labelOr(language: Language, key: string, fallback: string): string {
  return isKey(key) ? translate(language, key) : fallback;
}

/** The label of a TPPO type code (the code itself when unknown). */
export function tppoLabel(code: string, language: Language): string {
  const info = (TPPO_TYPES as Record<string, (typeof TPPO_TYPES)[TppoTypeCode] | undefined>)[code];
  if (!info) return code;
  return language === 'en' ? info.labelEn : info.labelId;
}

/** The TPPO types as options of a select or checkbox group, in display order. */
export function tppoOptions(
  language: Language,
  codes: readonly TppoTypeCode[] = TPPO_TYPE_CODES,
): { value: TppoTypeCode; label: string }[] {
  return codes.map((code) => ({ value: code, label: tppoLabel(code, language) }));
}

/** The word for a compared feature of a match ("name" → "Nama"); unknown ones stay as sent. */
export function featureLabel(feature: string, language: Language): string {
  return labelOr(language, `feature.${feature}`, feature);
}

/** The word for a match band ("strong" → "kuat"); unknown ones stay as sent. */
export function bandLabel(band: string, language: Language): string {
  return labelOr(language, `result.band.${band}`, band);
}

/** A band with its score, e.g. "kuat (0,99)"; only the band when there is no score. */
export function bandWithScore(band: string, score: number | null, language: Language): string {
  if (score === null) return bandLabel(band, language);
  const shown = score.toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${bandLabel(band, language)} (${shown})`;
}

/** The words for an audit action ("watchlist.propose" → "Diusulkan"); unknown ones stay as sent. */
export function auditActionLabel(action: string, language: Language): string {
  return labelOr(language, `auditAction.${action}`, action);
}

/** A country's name from its ISO 3166 alpha-2 code ("KH" → "Kamboja"); the code when unknown. */
export function countryName(code: string, language: Language): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    const names = new Intl.DisplayNames([language === 'en' ? 'en' : 'id'], {
      type: 'region',
      fallback: 'none',
    });
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A province's name from its two-digit Kemendagri code ("16" → "Sumatera Selatan"). */
export function provinceName(code: string): string {
  return PROVINCE_NAMES[code] ?? code;
}

/** The word for where a watchlist entry came from ("office" → "Kantor"). */
export function sourceTypeLabel(type: string, language: Language): string {
  return labelOr(language, `watchlist.source.${type}`, type);
}

/** The label of an extra field of an alert's summary ("windowDays" → "Rentang (hari)"). */
export function summaryKeyLabel(key: string, language: Language): string {
  return labelOr(language, `alertSummary.${key}`, key);
}

/** A number found in news with what it counts ("desa_binaan", 3 → "3 Desa Binaan"). */
export function newsNumberLabel(kind: string, value: number, language: Language): string {
  const key = `newsNumber.${kind}`;
  const shown = value.toLocaleString(language === 'en' ? 'en-GB' : 'id-ID');
  if (!isKey(key)) return `${shown} (${kind})`;
  return translate(language, key, { count: kind === 'rupiah' ? shown : value });
}
