/**
 * People named in an article: officials with their role and office ("Kepala Subbidang
 * Intelijen Keimigrasian, Joko Widodo"), and suspects or victims given by initials
 * ("tersangka berinisial AS (35)"), as Indonesian news protects their identity.
 */
import type { OfficeMention } from './offices.extract.ts';
import type { PersonFact } from './news.types.ts';

const ROLE_WORD = String.raw`(?:Kepala|Kakanwil|Kakanim|Kadiv\w*|Kabid\w*|Kasubbid|Kasubdit|Kasubag|Kasi|Kasie|Kasat\w*|Kanit\w*|Kapolda|Kapolres\w*|Wakapol\w*|Direktur|Dirjen|Dirreskrimum|Menteri|Wakil|Sekretaris|Duta\s+Besar|Dubes|Konsul|Konjen|Ketua|Plt\.?|Plh\.?|Koordinator|Kabag\w*|Analis|Camat|Bupati|Wali\s+Kota|Walikota|Gubernur|Lurah|Kades|Jaksa|Hakim|Juru\s+Bicara|Jubir|Pejabat)`;
const CAP = String.raw`(?:[A-Z][\p{L}\p{N}.'’-]*|I{1,3}|dan|&|\([A-Za-z]+\))`;
const ROLE = String.raw`\b(${ROLE_WORD}(?:[ ]+${CAP}){0,10})`;
const RANK = String.raw`(?:(?:Kombes|Brigjen|Irjen|Komjen)(?:\s+Pol\.?)?|AKBP|AKP|Kompol|Iptu|Ipda|Aipda|Aiptu|Bripka|Brigadir|Dr\.|Drs\.|Dra\.|Ir\.|Prof\.|H\.|Hj\.)`;
const NAME = String.raw`((?:${RANK}\s+)*[A-Z][\p{L}'’-]+(?:[ ]+[A-Z][\p{L}'’.-]*){0,4})`;
const AFTER_NAME = String.raw`(?=\s*[,.;:)]|\s+(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menyebutkan|menyebut|menuturkan|menegaskan|mengimbau|berkata|kata|ujar|bahwa|dalam|saat|ketika|di|pada|usai|seusai)\b)`;

const ROLE_THEN_NAME = new RegExp(String.raw`${ROLE},\s+${NAME}${AFTER_NAME}`, 'gu');
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}] )${NAME},\s+${ROLE}(?=\s*[,.;]|\s+(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menegaskan|menuturkan)\b)`,
  'gu',
);
const SPEECH =
  /\b(?:kata|ujar|ucap|tutur|jelas|tutup|lanjut|imbuh|tegas|terang|ungkap|pungkas)(?:nya)?\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s*[.,;]|$)/giu;
const RANK_PREFIX = new RegExp(String.raw`^(?:${RANK}\s+)+`, 'u');

const INITIAL_ROLE = String.raw`((?:[Tt]ersangka|[Pp]elaku|[Kk]orban|[Tt]erdakwa|[Tt]erpidana|[Ss]aksi|[Cc]alon\s+PMI|CPMI|[Pp]erekrut|[Ss]ponsor|[Aa]gen|[Cc]alo|[Mm]u[n]?cikari)(?:\s+(?:TPPO|perdagangan\s+orang|PMI))?)`;
const INITIALS = String.raw`([A-Z]{1,4}|[A-Z](?:\.[A-Z])+\.?)`;
const INITIAL_PERSON = new RegExp(
  String.raw`\b${INITIAL_ROLE}(?:\s+(?:berinisial|bernama|inisial|berinsial))?\s+${INITIALS}(?![\p{L}])(?:\s*\((\d{1,2})(?:\s*tahun)?\))?`,
  'gu',
);
const MORE_INITIALS = new RegExp(
  String.raw`^\s*(?:,|dan|serta)\s*(?:,\s*)?${INITIALS}(?![\p{L}])(?:\s*\((\d{1,2})(?:\s*tahun)?\))?`,
  'u',
);

/** Acronyms that follow "korban" or "pelaku" without being anyone's initials. */
const NOT_INITIALS = new Set(
  'TPPO PMI TKI WNI WNA ABK NTT NTB KTP NIK RI BP2MI BP3MI KP2MI PT CV LSM TPI UU PP SMS WA HP DPO ODGJ PSK KBRI KJRI'.split(
    ' ',
  ),
);

/** Words a name never ends with: they start the sentence's next phrase. */
const NAME_STOP = new Set([
  'Selasa',
  'Senin',
  'Rabu',
  'Kamis',
  'Jumat',
  'Sabtu',
  'Minggu',
  'Saat',
  'Dalam',
  'Bahwa',
]);

/** Removes ranks and trailing phrase words from a captured name. */
function cleanName(raw: string): string {
  const words = raw.replace(RANK_PREFIX, '').trim().split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (NAME_STOP.has(word)) break;
    kept.push(word);
  }
  return kept.join(' ').replace(/[.,]$/, '');
}

/** Normalises a name for comparison (case, spacing, doubled letters as outlets spell them). */
export function normalizePersonName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Finds the office a person speaks for: inside the role, else the nearest before it in the sentence. */
function officeFor(
  text: string,
  roleStart: number,
  roleEnd: number,
  offices: readonly OfficeMention[],
): string | null {
  const inside = offices.find((o) => o.start >= roleStart && o.end <= roleEnd);
  if (inside) return inside.key;
  const sentenceStart =
    Math.max(text.lastIndexOf('. ', roleStart), text.lastIndexOf('\n', roleStart)) + 1;
  const before = offices.filter((o) => o.end <= roleStart && o.start >= sentenceStart);
  return before.at(-1)?.key ?? null;
}

/** Extracts named people (with role and office) and initials of suspects and victims. */
export function extractPersons(text: string, offices: readonly OfficeMention[] = []): PersonFact[] {
  const byName = new Map<string, PersonFact>();
  const add = (person: PersonFact): void => {
    const key = normalizePersonName(person.name);
    if (key.length < 2) return;
    const existing = byName.get(key);
    if (!existing) byName.set(key, person);
    else {
      existing.role ??= person.role;
      existing.office ??= person.office;
      existing.age ??= person.age;
    }
  };
  for (const match of text.matchAll(ROLE_THEN_NAME)) {
    const role = (match[1] ?? '').trim();
    const name = cleanName(match[2] ?? '');
    if (!name) continue;
    add({
      name,
      role,
      office: officeFor(text, match.index, match.index + role.length, offices),
      initials: false,
      age: null,
    });
  }
  for (const match of text.matchAll(NAME_THEN_ROLE)) {
    const name = cleanName(match[1] ?? '');
    const role = (match[2] ?? '').trim();
    if (!name || new RegExp(`^${ROLE_WORD}`, 'u').test(name)) continue;
    const roleStart = match.index + match[0].lastIndexOf(role);
    add({
      name,
      role,
      office: officeFor(text, roleStart, roleStart + role.length, offices),
      initials: false,
      age: null,
    });
  }
  for (const match of text.matchAll(SPEECH)) {
    const raw = match[1] ?? '';
    // Speech verbs name people already known, or a new one when the name is capitalised.
    if (byName.has(normalizePersonName(raw))) continue;
    if (
      /^[A-Z]/.test(raw) &&
      raw.split(/\s+/).every((w) => /^[A-Z]/.test(w)) &&
      !/^(?:Ia|Dia|Beliau)$/.test(raw)
    ) {
      add({ name: cleanName(raw), role: null, office: null, initials: false, age: null });
    }
  }
  for (const match of text.matchAll(INITIAL_PERSON)) {
    const role = (match[1] ?? '')
      .replace(/\s+(?:TPPO|perdagangan\s+orang|PMI)$/, '')
      .replace(/\s+/g, ' ')
      .replace(/^[A-Z][a-z]/, (head) => head.toLowerCase());
    const list: { initials: string; age: string | undefined }[] = [
      { initials: match[2] ?? '', age: match[3] },
    ];
    let rest = text.slice(match.index + match[0].length);
    for (let more = MORE_INITIALS.exec(rest); more; more = MORE_INITIALS.exec(rest)) {
      list.push({ initials: more[1] ?? '', age: more[2] });
      rest = rest.slice(more[0].length);
    }
    for (const { initials, age } of list) {
      const bare = initials.replace(/\./g, '');
      if (bare.length < 2 || NOT_INITIALS.has(bare)) continue;
      add({ name: bare, role, office: null, initials: true, age: age ? Number(age) : null });
    }
  }
  return [...byName.values()];
}
