/** The meetings page; one meeting is chosen by `?id=`. */
export const MEETINGS_PATH = '/rapat';
/** The follow-up view per Kanwil. */
export const FOLLOW_UP_PATH = '/tindak-lanjut';
/** The bulletins page; one bulletin is chosen by `?id=`, the sent box by `?kotak=terkirim`. */
export const BULLETINS_PATH = '/buletin';
/** The knowledge base; one page by `?jenis=<TPPO type>`, the review queue by `?bagian=tinjau`. */
export const KNOWLEDGE_PATH = '/pengetahuan';

const enc = encodeURIComponent;

/** One meeting's detail. */
export function meetingPath(id: string): string {
  return `${MEETINGS_PATH}?id=${enc(id)}`;
}

/** One bulletin's detail. */
export function bulletinPath(id: string): string {
  return `${BULLETINS_PATH}?id=${enc(id)}`;
}

/** The knowledge page of one form of TPPO. */
export function knowledgePagePath(tppoType: string): string {
  return `${KNOWLEDGE_PATH}?jenis=${enc(tppoType)}`;
}

const SERVER_LINKS: readonly [RegExp, (id: string) => string][] = [
  [/^\/meetings\/([^/?#]+)$/, meetingPath],
  [/^\/bulletins\/([^/?#]+)$/, bulletinPath],
  [/^\/knowledge\/([^/?#]+)$/, knowledgePagePath],
  [/^\/screenings\/([^/?#]+)$/, (id) => `/pemeriksaan?id=${enc(id)}`],
  [/^\/watchlist\/([^/?#]+)$/, (id) => `/daftar-pengawasan?entri=${enc(id)}`],
  [/^\/watchlist(\?.*)$/, (query) => `/daftar-pengawasan${query}`],
  [/^\/alerts\/([^/?#]+)$/, (id) => `/peringatan?id=${enc(id)}`],
  [/^\/rule-packs\/([^/?#]+)$/, () => '/aturan'],
  [/^\/audit(\?.*)$/, () => '/audit'],
];

/**
 * The app path for a link the server put in a notification. The coordination modules name
 * their records by API-style paths (`/meetings/<id>`); the app's pages live under Indonesian
 * paths, so those links are translated here and any other link is kept as it is.
 */
export function appPathOfLink(link: string): string {
  for (const [pattern, toPath] of SERVER_LINKS) {
    const match = pattern.exec(link);
    if (match?.[1])
      return toPath(match[1].startsWith('?') ? match[1] : decodeURIComponent(match[1]));
  }
  return link;
}
