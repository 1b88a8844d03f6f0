/**
 * Runs every extractor over one cleaned article. Pure: the regions index and the office
 * registry come in as arguments.
 */
import { chooseEventDate, extractDates } from './dates.extract.ts';
import type { ArticleFacts, CleanedArticle, OfficeRegistryEntry } from './news.types.ts';
import { extractNumbers } from './numbers.extract.ts';
import { extractOffices, findOfficeMentions, indexOfficeRegistry } from './offices.extract.ts';
import { extractPersons } from './persons.extract.ts';
import { resolvePlaces, type PlaceResolver } from './places.extract.ts';
import { extractSites } from './sites.extract.ts';
import { classifyTypes } from './types.classify.ts';

/** What extraction needs from outside: the regions index and, optionally, known offices. */
export interface ExtractDeps {
  regions: PlaceResolver;
  /** Known offices; extracted offices that match one get its id as `registryId`. */
  offices?: readonly OfficeRegistryEntry[] | Map<string, string>;
}

/** Caches the registry index per registry list, so a batch indexes it once. */
const registryCache = new WeakMap<readonly OfficeRegistryEntry[], Map<string, string>>();

/** Returns the registry index of a list of offices (or the index itself). */
function registryIndex(offices: ExtractDeps['offices']): Map<string, string> | undefined {
  if (!offices || offices instanceof Map) return offices;
  let index = registryCache.get(offices);
  if (!index) registryCache.set(offices, (index = indexOfficeRegistry(offices)));
  return index;
}

/** Extracts types, offices, places, dates, persons, numbers and the event date of an article. */
export function extractFacts(
  article: Pick<CleanedArticle, 'title' | 'text' | 'published'>,
  deps: ExtractDeps,
): ArticleFacts {
  // The headline often names the office or the place the body only alludes to.
  const full = article.title ? `${article.title}.\n${article.text}` : article.text;
  const dates = extractDates(article.text, article.published);
  return {
    types: classifyTypes(full),
    offices: extractOffices(full, registryIndex(deps.offices)),
    places: resolvePlaces(full, deps.regions),
    dates,
    persons: extractPersons(article.text, findOfficeMentions(article.text)),
    numbers: extractNumbers(article.text),
    sites: extractSites(full),
    eventDate: chooseEventDate(dates, article.published),
  };
}
