/**
 * Offices and agencies named in an article, normalised to one key per body: "Kantor Imigrasi
 * Kelas II Non TPI Muara Enim", "Kanim Muara Enim" and "Imigrasi Muara Enim" are all
 * `kanim:muara-enim`. Kanwil keys carry only the province: the parent ministry was renamed in
 * 2024 (Kemenkumham → Kemenimipas / Ditjen Imigrasi) and reports mix both names for one office.
 */
import type { OfficeFact, OfficeKind, OfficeRegistryEntry } from './news.types.ts';
import { matchProvincePrefix, slugify } from './province.data.ts';

/** One office mention with its position, for linking people to the office they speak for. */
export interface OfficeMention {
  key: string;
  kind: OfficeKind;
  display: string;
  /** How complete the display name is; the most complete one names the office. */
  rank: number;
  text: string;
  start: number;
  end: number;
}

/** A capitalised name of one to four words (place names after an office word). */
const NAME = String.raw`[A-Z][\p{L}\p{N}'’.-]*(?:[ ]+(?:[A-Z][\p{L}\p{N}'’-]*|[IVX]+))*`;

/** Words that end a name: they start the next phrase (or a police rank before a name), not the office's place. */
const STOP_WORDS = new Set(
  `Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Desa Kelurahan Kecamatan Kabupaten Provinsi Dan Yang Di Ke Dari Pada Bersama Melalui Telah Kepala Kakanim Kakanwil Bapak Ibu Tahun Nomor No Kelas TPI Non Resmi RI Republik Indonesia Divisi Bidang Seksi Jenderal Komjen Irjen Brigjen Kombes AKBP Kompol AKP Iptu Ipda Aiptu Aipda Bripka Brigpol Briptu Bripda Pol`.split(
    ' ',
  ),
);

/** Names that follow "Imigrasi" without being an office's place. */
const NOT_A_PLACE = new Set([
  'pembina',
  'indonesia',
  'republik',
  'ri',
  'pemasyarakatan',
  'dan',
  'kelas',
]);

/** Cuts a captured name at the first stop word or at more than four words. */
function trimName(raw: string): string {
  const words = raw.trim().split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[.,]$/, '');
    if (STOP_WORDS.has(bare) || kept.length === 4) break;
    kept.push(bare);
    if (word !== bare) break;
  }
  return kept.join(' ');
}

/** Regex of the immigration office class ("Kelas I Khusus Non TPI"). */
const CLASS = String.raw`Kelas\s+(?:I{1,3}|[123])(?:\s+Khusus)?(?:\s+(?:Non[\s-]?TPI|TPI|TPI\s+Khusus))?`;

const KANIM = new RegExp(
  String.raw`\b(Kantor\s+Imigrasi(?:\s+\(Kanim\))?|Kanim|(?<!(?:Jenderal|Ditjen|Kantor|Divisi|Binaan|Petugas|Kementerian|Menteri|Pemeriksaan|Bidang|Seksi|Pejabat|Pos|Layanan|Unit|Wilayah)\s)Imigrasi)\s+(?:(${CLASS})\s+)?(${NAME})`,
  'gu',
);

const KANWIL_AGENCY = String.raw`Kementerian\s+Hukum\s+dan\s+(?:HAM|Hak\s+Asasi\s+Manusia)|Kemenkumham|Kementerian\s+Hukum|Kemenkum|Direktorat\s+Jenderal\s+Imigrasi|Ditjen\s+Imigrasi|Ditjenim|Kementerian\s+Imigrasi\s+dan\s+Pemasyarakatan|Kemenimipas|Imigrasi`;

const KANWIL = new RegExp(
  String.raw`\b(?:Kantor\s+Wilayah|Kanwil|Kakanwil)\s+(?:(${KANWIL_AGENCY})\s+)?(?:(?:Provinsi|Prov\.)\s+)?`,
  'gu',
);

/** A regional ministry name on its own ("Kemenkumham Sumsel") also means the Kanwil. */
const REGIONAL_MINISTRY = /\b(Kemenkumham|Kemenimipas|Kemenkum|Imigrasi)\s+(?:Provinsi\s+)?/gu;

const DITJENIM =
  /\b(?:Direktorat\s+Jenderal\s+Imigrasi|Ditjen\s+Imigrasi|Ditjenim|Dirjen\s+Imigrasi)\b/gu;

const POLDA = /\b(?:Polda|Kepolisian\s+Daerah|Kapolda)\s+(?:Metro\s+Jaya\b)?/gu;
const POLRES = new RegExp(
  String.raw`\b(?:Polres(?:ta)?(?:\s+Metro)?|Kapolres(?:ta)?)\s+(${NAME})`,
  'gu',
);
const POLRI = /\b(?:Bareskrim(?:\s+Polri)?|Mabes\s+Polri|Polri)\b/gu;
const BP3MI =
  /\b(?:BP3MI|P4MI|UPT\s+BP2MI|Balai\s+Pelayanan\s+Pelindungan\s+Pekerja\s+Migran\s+Indonesia)\s+(?:Provinsi\s+)?/gu;
const P2MI =
  /\b(?:BP2MI|KP2MI|Kementerian\s+P2MI|Kementerian\s+Pelindungan\s+Pekerja\s+Migran\s+Indonesia|Badan\s+Pelindungan\s+Pekerja\s+Migran\s+Indonesia)\b/gu;
const KEMLU = /\b(?:Kemlu|Kemenlu|Kementerian\s+Luar\s+Negeri)(?:\s+RI)?\b/gu;
const EMBASSY = new RegExp(
  String.raw`\b(KBRI|KJRI|Kedutaan\s+Besar(?:\s+Republik\s+Indonesia)?(?:\s+\(KBRI\))?|Konsulat\s+Jenderal(?:\s+Republik\s+Indonesia)?(?:\s+\(KJRI\))?)\s+(?:di\s+)?(${NAME})`,
  'gu',
);

/** Normalises the ministry named with a Kanwil for display. */
function agencyDisplay(agency: string | undefined): string {
  if (!agency) return '';
  if (/hukum|kumham|kemenkum/i.test(agency))
    return /ham|kumham|asasi/i.test(agency) ? 'Kemenkumham' : 'Kemenkum';
  if (/imipas|pemasyarakatan/i.test(agency)) return 'Kemenimipas';
  return 'Ditjen Imigrasi';
}

/** Finds every office mention with its position; overlapping mentions keep the first found. */
export function findOfficeMentions(text: string): OfficeMention[] {
  const found: OfficeMention[] = [];
  const add = (mention: OfficeMention): void => {
    if (found.some((m) => mention.start < m.end && m.start < mention.end)) return;
    found.push(mention);
  };
  const addProvincial = (
    pattern: RegExp,
    kind: OfficeKind,
    display: (prov: string, match: RegExpExecArray) => string,
  ): void => {
    for (const match of text.matchAll(pattern)) {
      const after = match.index + match[0].length;
      const province = matchProvincePrefix(text.slice(after));
      const metroJaya = /Metro\s+Jaya/.test(match[0]);
      if (!province && !metroJaya) continue;
      const prov = metroJaya ? 'Metro Jaya' : (province?.name ?? '');
      const end = metroJaya ? after : after + (province?.length ?? 0);
      add({
        key: `${kind}:${slugify(prov)}`,
        kind,
        display: display(prov, match),
        rank: match[0].length,
        text: text.slice(match.index, end),
        start: match.index,
        end,
      });
    }
  };

  addProvincial(KANWIL, 'kanwil', (prov, m) =>
    ['Kantor Wilayah', agencyDisplay(m[1]), prov].filter(Boolean).join(' '),
  );
  addProvincial(
    REGIONAL_MINISTRY,
    'kanwil',
    (prov, m) => `Kantor Wilayah ${agencyDisplay(m[1])} ${prov}`,
  );
  addProvincial(POLDA, 'polda', (prov) => `Polda ${prov}`);
  addProvincial(BP3MI, 'bp3mi', (prov) => `BP3MI ${prov}`);

  for (const match of text.matchAll(KANIM)) {
    const name = trimName(match[3] ?? '');
    if (!name || NOT_A_PLACE.has(name.split(' ')[0]?.toLowerCase() ?? '')) continue;
    if (match[1] === 'Imigrasi' && matchProvincePrefix(name)?.length === name.length) continue;
    const klass = match[2]?.replace(/\s+/g, ' ').replace(/Non[\s-]?TPI/, 'Non TPI');
    const end = match.index + match[0].indexOf(match[3] ?? '') + name.length;
    add({
      key: `kanim:${slugify(name)}`,
      kind: 'kanim',
      display: `Kantor Imigrasi ${klass ? `${klass} ` : ''}${name}`,
      rank: klass ? 10 : match[1]?.startsWith('Kantor') ? 5 : 1,
      text: text.slice(match.index, end),
      start: match.index,
      end,
    });
  }
  const simple = (pattern: RegExp, kind: OfficeKind, key: string, display: string): void => {
    for (const match of text.matchAll(pattern)) {
      add({
        key,
        kind,
        display,
        rank: 1,
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  };
  const named = (pattern: RegExp, kind: OfficeKind, prefix: string, group: number): void => {
    for (const match of text.matchAll(pattern)) {
      const name = trimName(match[group] ?? '');
      if (!name) continue;
      const end = match.index + match[0].lastIndexOf(match[group] ?? '') + name.length;
      add({
        key: `${kind}:${slugify(name)}`,
        kind,
        display: `${prefix} ${name}`,
        rank: 1,
        text: text.slice(match.index, end),
        start: match.index,
        end,
      });
    }
  };
  named(POLRES, 'polres', 'Polres', 1);
  for (const match of text.matchAll(EMBASSY)) {
    const kind: OfficeKind = /KJRI|Konsulat/.test(match[1] ?? '') ? 'kjri' : 'kbri';
    const name = trimName(match[2] ?? '');
    if (!name) continue;
    const end = match.index + match[0].lastIndexOf(match[2] ?? '') + name.length;
    add({
      key: `${kind}:${slugify(name)}`,
      kind,
      display: `${kind.toUpperCase()} ${name}`,
      rank: 1,
      text: text.slice(match.index, end),
      start: match.index,
      end,
    });
  }
  simple(DITJENIM, 'ditjenim', 'ditjenim', 'Direktorat Jenderal Imigrasi');
  simple(POLRI, 'polri', 'polri', 'Polri');
  simple(P2MI, 'p2mi', 'p2mi', 'KP2MI (dahulu BP2MI)');
  simple(KEMLU, 'kemlu', 'kemlu', 'Kementerian Luar Negeri');
  return found.sort((a, b) => a.start - b.start);
}

/** Normalises a name for registry comparison. */
function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Builds a matcher from office keys and normalised names to registry ids. */
export function indexOfficeRegistry(registry: readonly OfficeRegistryEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of registry) {
    for (const name of entry.names) {
      index.set(`name:${normalizeName(name)}`, entry.id);
      for (const mention of findOfficeMentions(name)) {
        if (!index.has(mention.key)) index.set(mention.key, entry.id);
      }
    }
  }
  return index;
}

/**
 * Extracts the offices named in a text, one entry per key, best display name first found;
 * `registry` (from indexOfficeRegistry) links them to known office ids.
 */
export function extractOffices(text: string, registry?: Map<string, string>): OfficeFact[] {
  const byKey = new Map<string, OfficeFact & { rank: number }>();
  for (const mention of findOfficeMentions(text)) {
    const existing = byKey.get(mention.key);
    if (!existing) {
      byKey.set(mention.key, {
        key: mention.key,
        kind: mention.kind,
        name: mention.display,
        mentions: [mention.text],
        registryId: null,
        rank: mention.rank,
      });
      continue;
    }
    if (!existing.mentions.includes(mention.text)) existing.mentions.push(mention.text);
    if (mention.rank > existing.rank) {
      existing.name = mention.display;
      existing.rank = mention.rank;
    }
  }
  return [...byKey.values()].map(({ rank: _rank, ...office }) => {
    if (registry) {
      office.registryId =
        registry.get(office.key) ??
        office.mentions.map((m) => registry.get(`name:${normalizeName(m)}`)).find(Boolean) ??
        null;
    }
    return office;
  });
}
