/**
 * Turns one input file into raw articles: decodes bytes, tells HTML, feeds and plain text
 * apart, reads header lines and feed items. No cleaning happens here.
 */
import { DOMParser } from 'linkedom';
import { extractHtml, htmlToText } from './html.extract.ts';
import type { ArticleError, NewsInput } from './news.types.ts';

/** An article as found in its file, before the boilerplate filter. */
export interface RawArticle {
  file: string;
  url: string | null;
  title: string | null;
  /** Publication date as YYYY-MM-DD when the source gave one. */
  published: string | null;
  byline: string | null;
  siteName: string | null;
  body: string;
}

/** Input formats the pipeline reads. */
export type DocumentFormat = 'html' | 'feed' | 'text';

const MONTHS_EN = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Normalises a publication timestamp to YYYY-MM-DD as written (no time-zone shift). */
export function normalizePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(value);
  if (rfc?.[1] && rfc[2] && rfc[3]) {
    const month = MONTHS_EN.indexOf(rfc[2].toLowerCase()) + 1;
    if (month > 0) return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
  }
  return null;
}

/** Decodes bytes as UTF-8, or Windows-1252 when UTF-8 fails badly; null for binary data. */
export function decodeContent(content: string | Uint8Array): string | null {
  if (typeof content === 'string') return content.replace(/^\ufeff/, '');
  const probe = content.subarray(0, 8192);
  let control = 0;
  for (const byte of probe) {
    if (byte === 0) return null;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > probe.length * 0.05) return null;
  const utf8 = new TextDecoder('utf-8').decode(content);
  const replaced = (utf8.match(/\ufffd/g) ?? []).length;
  if (replaced > 0 && replaced > utf8.length * 0.001) {
    return new TextDecoder('windows-1252').decode(content).replace(/^\ufeff/, '');
  }
  return utf8.replace(/^\ufeff/, '');
}

/** Tells the format from the file extension, then from the content. */
export function detectFormat(file: string, text: string): DocumentFormat {
  const ext = /\.([a-z0-9]+)(?:#\d+)?$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'xml' || ext === 'rss' || ext === 'atom') return 'feed';
  if (ext === 'txt') return 'text';
  const head = text.slice(0, 1000).toLowerCase();
  if (/<rss[\s>]|<feed[\s>]|<rdf:rdf/.test(head)) return 'feed';
  if (/<!doctype html|<html[\s>]|<body[\s>]|<p[\s>]/.test(head)) return 'html';
  return 'text';
}

/** Reads `URL:`, `TITLE:`, `PUBLISHED:` (and similar) header lines followed by a blank line. */
function readTextHeaders(text: string): { headers: Map<string, string>; body: string } {
  const lines = text.split(/\r\n|\r|\n/);
  const headers = new Map<string, string>();
  let i = 0;
  while (i < lines.length) {
    const match = /^([A-Z][A-Z_]{1,20}):\s*(.*)$/.exec(lines[i] ?? '');
    if (!match?.[1]) break;
    headers.set(match[1], (match[2] ?? '').trim());
    i++;
  }
  // Without a blank line after them these were not headers but the article itself.
  if (headers.size === 0 || (i < lines.length && (lines[i] ?? '').trim() !== '')) {
    return { headers: new Map(), body: text };
  }
  return { headers, body: lines.slice(i + 1).join('\n') };
}

/** Takes the first line as title when it looks like a headline (short, no final period). */
function guessTitle(body: string): string | null {
  const lines = body.split('\n').map((line) => line.trim());
  const first = lines.find((line) => line !== '');
  if (!first || first.length > 160 || /[.!?"”:]$/.test(first) || first.split(/\s+/).length < 3)
    return null;
  const second = lines[lines.indexOf(first) + 1];
  return second === '' || second === first ? first : null;
}

/** Reads a plain-text article. */
function readText(file: string, text: string): RawArticle {
  const { headers, body } = readTextHeaders(text);
  return {
    file,
    url: headers.get('URL') ?? null,
    title: headers.get('TITLE') || guessTitle(body),
    published: normalizePublished(headers.get('PUBLISHED') ?? headers.get('DATE')),
    byline: headers.get('AUTHOR') ?? headers.get('PENULIS') ?? null,
    siteName: headers.get('OUTLET') ?? headers.get('SOURCE') ?? null,
    body,
  };
}

/** Reads an HTML page. */
function readHtml(file: string, html: string): RawArticle {
  const page = extractHtml(html);
  return {
    file,
    url: page.url,
    title: page.title,
    published: normalizePublished(page.published),
    byline: page.byline,
    siteName: page.siteName,
    body: page.text,
  };
}

/** Text of the first child element with one of the given tag names. */
function childText(item: Element, names: string[]): string | null {
  for (const name of names) {
    for (const child of item.children) {
      if (child.tagName.toLowerCase() === name) {
        const value = child.textContent?.trim();
        if (value) return value;
      }
    }
  }
  return null;
}

/** The link of a feed item: RSS text content or Atom `href` (alternate first). */
function itemLink(item: Element): string | null {
  let fallback: string | null = null;
  for (const child of item.children) {
    if (child.tagName.toLowerCase() !== 'link') continue;
    const href = child.getAttribute('href');
    if (!href) return child.textContent?.trim() || null;
    const rel = child.getAttribute('rel');
    if (!rel || rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

/** Reads RSS or Atom items; each item becomes an article named `file#N` (N from 1). */
function readFeed(file: string, xml: string): RawArticle[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const items = [...doc.getElementsByTagName('item'), ...doc.getElementsByTagName('entry')];
  const siteName = doc.querySelector('channel > title, feed > title')?.textContent?.trim() ?? null;
  return items.map((item, index) => {
    const content = childText(item, ['content:encoded', 'content', 'description', 'summary']) ?? '';
    return {
      file: `${file}#${index + 1}`,
      url: itemLink(item),
      title: childText(item, ['title']),
      published: normalizePublished(
        childText(item, ['pubdate', 'published', 'dc:date', 'updated']),
      ),
      byline: childText(item, ['dc:creator', 'author']),
      siteName,
      body: /<[a-z][\s\S]*>/i.test(content) ? htmlToText(content) : content,
    };
  });
}

/** Reads one input into raw articles, or an error entry for empty or binary input. */
export function readDocument(input: NewsInput): RawArticle[] | ArticleError {
  const text = decodeContent(input.content);
  if (text === null)
    return { file: input.file, error: 'Berkas biner, bukan teks / binary file, not text' };
  if (text.trim() === '') return { file: input.file, error: 'Berkas kosong / empty file' };
  const format = detectFormat(input.file, text);
  switch (format) {
    case 'html':
      return [readHtml(input.file, text)];
    case 'feed': {
      const items = readFeed(input.file, text);
      return items.length > 0
        ? items
        : { file: input.file, error: 'Feed tanpa item / feed has no items' };
    }
    case 'text':
      return [readText(input.file, text)];
  }
}
