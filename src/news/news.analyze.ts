/**
 * The whole pipeline over a batch of documents: clean, extract, group. This is what
 * `waspada news analyze` and the server's ingestion job call.
 */
import { cleanDocument } from './article.clean.ts';
import type { EventInput } from './event.features.ts';
import { groupEvents, type GroupOptions } from './events.group.ts';
import { extractFacts, type ExtractDeps } from './facts.extract.ts';
import type { AnalysisResult, ArticleError, ArticleResult, NewsInput } from './news.types.ts';

/** Analyses documents into articles (or error entries) and groups the articles into events. */
export function analyzeDocuments(
  inputs: readonly NewsInput[],
  deps: ExtractDeps & { grouping?: GroupOptions },
): AnalysisResult {
  const articles: (ArticleResult | ArticleError)[] = [];
  const grouped: EventInput[] = [];
  for (const input of inputs) {
    for (const cleaned of cleanDocument(input)) {
      if ('error' in cleaned) {
        articles.push(cleaned);
        continue;
      }
      const facts = extractFacts(cleaned, deps);
      articles.push({
        file: cleaned.file,
        title: cleaned.title,
        outlet: cleaned.outlet,
        url: cleaned.url,
        published: cleaned.published,
        byline: cleaned.byline,
        text: cleaned.text,
        ...facts,
      });
      grouped.push({ file: cleaned.file, published: cleaned.published, facts });
    }
  }
  return { articles, events: groupEvents(grouped, deps.grouping) };
}
