/**
 * The news pipeline: Indonesian news pages, plain text and feeds in; clean text, TPPO types,
 * offices, places, dates, people, numbers and grouped events out. Pure and deterministic: no
 * database, no network; the regions index (and optionally an office registry) is passed in.
 *
 * Usage:
 * ```ts
 * const regions = await loadRegions();
 * const { articles, events } = analyzeDocuments([{ file: 'a.txt', content: text }], { regions });
 * ```
 *
 * Lower-level steps, for callers that store intermediate results (the server's ingestion job):
 * - `cleanDocument(input)` → cleaned articles (a feed yields one per item, `file#N` from 1) or
 *   error entries for empty, binary or non-Indonesian input; `cleanArticle(raw)` cleans one;
 * - `extractFacts(article, deps)` → types with evidence, offices, places, dates, persons, numbers,
 *   sites (airports, seaports, border posts, vessels) and the event date;
 * - `groupEvents(inputs)` → events with merged facts, provenance, conflicts and related events.
 */
export { analyzeDocuments } from './news.analyze.ts';
export { cleanArticle, cleanDocument, isIndonesian } from './article.clean.ts';
export { readDocument, type RawArticle } from './document.read.ts';
export { filterBoilerplate, type FilteredText } from './boilerplate.filter.ts';
export { repairMojibake } from './mojibake.repair.ts';
export { extractFacts, type ExtractDeps } from './facts.extract.ts';
export { classifyTypes } from './types.classify.ts';
export { extractOffices, indexOfficeRegistry } from './offices.extract.ts';
export { extractPlaceMentions, resolvePlaces, type PlaceResolver } from './places.extract.ts';
export { extractDates, chooseEventDate } from './dates.extract.ts';
export { extractPersons } from './persons.extract.ts';
export { extractNumbers } from './numbers.extract.ts';
export { extractSites } from './sites.extract.ts';
export { groupEvents, type GroupOptions } from './events.group.ts';
export { deriveFeatures, scorePair, type EventInput } from './event.features.ts';
export type * from './news.types.ts';
