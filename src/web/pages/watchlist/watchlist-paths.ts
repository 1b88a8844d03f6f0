/** The path of one watchlist entry's detail. */
export function entryPath(id: string): string {
  return `/daftar-pengawasan?entri=${encodeURIComponent(id)}`;
}
