/**
 * From raw input to clean articles: format handling, boilerplate removal, outlet and language
 * checks. The result is what every extractor reads.
 */
import { filterBoilerplate } from './boilerplate.filter.ts';
import { readDocument, type RawArticle } from './document.read.ts';
import { repairMojibake } from './mojibake.repair.ts';
import type { ArticleError, CleanedArticle, NewsInput } from './news.types.ts';
import { findOutletByUrl, findOutletInDateline } from './outlet.data.ts';

/** Frequent Indonesian function words: their share tells Indonesian text from other languages. */
const INDONESIAN_WORDS = new Set(
  'yang dan di ke dari dengan untuk ini itu pada dalam tidak akan oleh atau juga adalah karena bahwa telah sebagai serta para kepada tersebut dapat sudah agar secara bagi melalui seorang sebanyak menjadi mereka kami ia ada dia saat setelah hingga sejak'.split(
    ' ',
  ),
);

/** Frequent English function words, the commonest other language in scraped feeds. */
const ENGLISH_WORDS = new Set(
  'the and of to is was in for that with on at by from are were this it as'.split(' '),
);

/**
 * Tells whether text reads as Indonesian: among its first 400 words, Indonesian function words
 * must be present and outnumber English ones (terse wire items have few function words at all).
 */
export function isIndonesian(text: string): boolean {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 400) ?? [];
  if (words.length < 5) return false;
  let id = 0;
  let en = 0;
  for (const word of words) {
    if (INDONESIAN_WORDS.has(word)) id++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  return id >= 2 && id > en && id / words.length >= 0.02;
}

/** Removes a trailing " - Outlet" / " | Outlet" from a page title. */
function stripSiteSuffix(title: string): string {
  const match = /^(.{15,}?)\s+[|\-–—]\s+[^|\-–—]{2,30}$/.exec(title);
  return (match?.[1] ?? title).trim();
}

/** Cleans one raw article: runs the line filter and fills the outlet. */
export function cleanArticle(raw: RawArticle): CleanedArticle {
  const title = raw.title
    ? stripSiteSuffix(repairMojibake(raw.title).replace(/\s+/g, ' ').trim())
    : null;
  const filtered = filterBoilerplate(raw.body, title);
  const firstLine = filtered.lines[0] ?? '';
  return {
    file: raw.file,
    url: raw.url,
    title,
    outlet:
      (raw.url ? findOutletByUrl(raw.url) : null) ??
      raw.siteName ??
      findOutletInDateline(firstLine),
    published: raw.published,
    byline: raw.byline ?? filtered.bylines[0] ?? null,
    text: filtered.lines.join('\n'),
    sources: filtered.sources,
    linkedTitles: filtered.linkedTitles,
  };
}

/** Reads and cleans one input; a feed yields one entry per item, bad input an error entry. */
export function cleanDocument(input: NewsInput): (CleanedArticle | ArticleError)[] {
  const raws = readDocument(input);
  if (!Array.isArray(raws)) return [raws];
  return raws.map((raw) => {
    const article = cleanArticle(raw);
    if (article.text.trim() === '')
      return { file: raw.file, error: 'Tidak ada teks isi / no body text' };
    if (!isIndonesian(article.text)) {
      return { file: raw.file, error: 'Bukan teks berbahasa Indonesia / not Indonesian text' };
    }
    return article;
  });
}
