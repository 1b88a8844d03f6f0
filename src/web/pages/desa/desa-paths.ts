/** The Desa Binaan page's own addresses: one page, its views chosen by the query. */
export const DESA_PATH = '/desa';

/** The profile of one village. */
export function desaProfilePath(id: string): string {
  return `${DESA_PATH}?id=${encodeURIComponent(id)}`;
}

/** One early-warning report. */
export function desaReportPath(id: string): string {
  return `${DESA_PATH}?laporan=${encodeURIComponent(id)}`;
}

/** A section of the page: the list, the reports, the hotspots. */
export function desaSectionPath(section: 'daftar' | 'laporan' | 'hotspot'): string {
  return section === 'daftar' ? DESA_PATH : `${DESA_PATH}?bagian=${section}`;
}

/** A watchlist entry's page (the watchlist page opens one entry from its query). */
export function watchlistEntryPath(id: string): string {
  return `/daftar-pengawasan?entri=${encodeURIComponent(id)}`;
}
