/**
 * Indonesian news outlets by web host, so an article's outlet can be named from its URL.
 * Hosts match by suffix (regional.kompas.com is Kompas).
 */

/** Host suffix → outlet display name. */
const OUTLETS: readonly (readonly [string, string])[] = [
  ['kompas.com', 'Kompas.com'],
  ['kompas.id', 'Kompas'],
  ['detik.com', 'detikcom'],
  ['tribunnews.com', 'Tribunnews'],
  ['antaranews.com', 'ANTARA'],
  ['liputan6.com', 'Liputan6.com'],
  ['cnnindonesia.com', 'CNN Indonesia'],
  ['tempo.co', 'Tempo'],
  ['kumparan.com', 'kumparan'],
  ['jpnn.com', 'JPNN'],
  ['okezone.com', 'Okezone'],
  ['sindonews.com', 'SINDOnews'],
  ['republika.co.id', 'Republika'],
  ['suara.com', 'Suara.com'],
  ['merdeka.com', 'Merdeka.com'],
  ['idntimes.com', 'IDN Times'],
  ['beritasatu.com', 'Beritasatu'],
  ['inews.id', 'iNews'],
  ['viva.co.id', 'VIVA'],
  ['bisnis.com', 'Bisnis.com'],
  ['mediaindonesia.com', 'Media Indonesia'],
  ['tvonenews.com', 'tvOnenews'],
  ['metrotvnews.com', 'Metro TV'],
  ['rri.co.id', 'RRI'],
  ['jawapos.com', 'Jawa Pos'],
  ['pikiran-rakyat.com', 'Pikiran Rakyat'],
  ['sumeks.co', 'Sumatera Ekspres'],
  ['sumselupdate.com', 'Sumsel Update'],
  ['lampost.co', 'Lampung Post'],
  ['radarlampung.disway.id', 'Radar Lampung'],
  ['victorynews.id', 'Victory News'],
  ['pos-kupang.com', 'Pos Kupang'],
  ['imigrasi.go.id', 'Direktorat Jenderal Imigrasi'],
  ['kemenkumham.go.id', 'Kementerian Hukum dan HAM'],
  ['kemlu.go.id', 'Kementerian Luar Negeri'],
  ['bp2mi.go.id', 'BP2MI'],
];

/** Extracts the host of a URL, without "www."; null when the text is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Names the outlet of a URL from the table, or falls back to its host. */
export function findOutletByUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const [suffix, name] of OUTLETS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return name;
  }
  return host;
}

/** Names the outlet from a dateline such as "JAKARTA, KOMPAS.com -" or "Liputan6.com, Jakarta -". */
export function findOutletInDateline(firstLine: string): string | null {
  const match = /\b([a-z0-9-]+\.(?:com|co\.id|co|id|net))\b/i.exec(firstLine.slice(0, 80));
  if (!match?.[1]) return null;
  return findOutletByUrl(`https://${match[1].toLowerCase()}`);
}
