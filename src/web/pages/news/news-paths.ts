/** The news page's own addresses: one page, its views chosen by the query. */
export const NEWS_PATH = '/berita';

/** One event. */
export function newsEventPath(id: string): string {
  return `${NEWS_PATH}?peristiwa=${encodeURIComponent(id)}`;
}

/** A section of the page. */
export type NewsSection = 'kotak' | 'masukkan' | 'feed' | 'usulan';

/** The address of a section. */
export function newsSectionPath(section: NewsSection): string {
  return section === 'kotak' ? NEWS_PATH : `${NEWS_PATH}?bagian=${section}`;
}
