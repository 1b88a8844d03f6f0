import { createHash } from 'node:crypto';

/** Query parameters that track a click and never change the article. */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|amp|page|from|src)$/i;

/**
 * The address of an article as one key: scheme, `www.`, fragments, tracking parameters, AMP
 * suffixes and a trailing slash do not make another article. Null for what is not http(s).
 */
export function canonicalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  const params = [...url.searchParams.entries()]
    .filter(([key]) => !TRACKING.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  let path = url.pathname.replace(/\/amp\/?$/i, '/').replace(/\/+$/, '');
  if (path === '') path = '/';
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query ? `?${query}` : ''}`;
}

/**
 * A hash of an article's words: case, punctuation, spacing and line breaks do not count, so
 * the same text pasted, uploaded or fetched again is recognised.
 */
export function textHash(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words).digest('hex');
}
