/**
 * Main text and metadata of an HTML page: Mozilla Readability on linkedom, with the `<p>`
 * baseline as fallback (Readability rejects short pages and can crash on odd markup).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What an HTML page yields before the line filter. */
export interface HtmlExtract {
  title: string | null;
  text: string;
  url: string | null;
  published: string | null;
  byline: string | null;
  siteName: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

/** Block-level closing tags after which text continues on a new line. */
const BLOCK_END =
  /<\/(p|div|h[1-6]|li|blockquote|tr|figcaption|figure|section|article|header|footer|ul|ol|table|pre|dd|dt)\s*>/gi;

/** Turns an HTML fragment into text with one line per block, entities decoded. */
export function htmlToText(html: string): string {
  const marked = html.replace(/<br\s*\/?>/gi, '\n').replace(BLOCK_END, '$&\n');
  const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
  for (const node of document.querySelectorAll('script,style,noscript,template')) node.remove();
  return (document.body.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Reads the first non-empty `content` of the given meta selectors. */
function readMeta(document: Doc, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Finds `datePublished` in JSON-LD blocks, which many Indonesian outlets fill. */
function readJsonLdDate(document: Doc): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/** Reads page metadata before Readability mutates the document. */
function readMetadata(document: Doc): Omit<HtmlExtract, 'text'> {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    title:
      readMeta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      (document.querySelector('title')?.textContent?.trim() || null),
    url: readMeta(document, ['meta[property="og:url"]']) ?? canonical,
    published:
      readMeta(document, [
        'meta[property="article:published_time"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
      ]) ??
      readJsonLdDate(document) ??
      time,
    byline: readMeta(document, ['meta[name="author"]', 'meta[property="article:author"]']),
    siteName: readMeta(document, ['meta[property="og:site_name"]']),
  };
}

/** The `<p>` baseline: text of every paragraph, which beats several extractors (news.md §2). */
function extractParagraphs(document: Doc): string {
  return [...document.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Extracts main text and metadata from an HTML page. */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  const meta = readMetadata(document);
  const baseline = extractParagraphs(document);
  let text = '';
  let byline: string | null = null;
  try {
    const article = new Readability(document, {
      charThreshold: 200,
    }).parse();
    if (article?.content) text = htmlToText(article.content);
    byline = article?.byline?.trim() || null;
    if (!meta.title && article?.title) meta.title = article.title;
    if (!meta.published && article?.publishedTime) meta.published = article.publishedTime;
  } catch {
    // Readability crashes on some markup; the paragraph baseline below takes over.
  }
  // Readability sometimes keeps only a teaser; the baseline wins when it is much longer.
  if (text.length < 0.5 * baseline.length) text = baseline;
  return { ...meta, text, byline: meta.byline ?? byline };
}
