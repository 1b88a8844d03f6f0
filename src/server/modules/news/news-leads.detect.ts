import { normalizePhone } from '../../../domain/phone.ts';
import type { ArticleFacts, DateFact } from '../../../news/index.ts';

/** An article as lead detection reads it. */
export interface LeadSourceArticle {
  id: string;
  text: string;
  facts: ArticleFacts;
  /** The event date, or the publication date, as YYYY-MM-DD. */
  reference: string | null;
}

/** A Desa Binaan an article says was just formed. */
export interface DesaLeadPayload {
  regionCode: string;
  officialName: string | null;
  level: string | null;
  nameAsWritten: string;
  placeText: string;
  officeKey: string | null;
  officeName: string | null;
  officeId: string | null;
  formedOn: string | null;
  formedPrecision: 'day' | 'month' | 'year';
  formedText: string | null;
  evidence: string;
  articleId: string;
}

/** Someone or something named as a perpetrator, to propose to the watchlist. */
export interface WatchlistLeadPayload {
  entryKind: 'person' | 'organization' | 'phone';
  names: string[];
  phones: string[];
  role: string | null;
  age: number | null;
  evidence: string;
  articleId: string | null;
  note: string | null;
}

/** A lead found in an event's articles, with the key that keeps it unique within the event. */
export type DetectedLead =
  | { kind: 'desa_binaan'; key: string; officeId: string | null; payload: DesaLeadPayload }
  | { kind: 'watchlist'; key: string; officeId: string | null; payload: WatchlistLeadPayload };

/** A formation this many days before the reported event is news; older ones are background. */
export const NEW_DESA_DAYS = 31;

const FORMED =
  /\b(membentuk|dibentuk|terbentuk|meresmikan|diresmikan|mencanangkan|dicanangkan|menetapkan|ditetapkan|pembentukan|peresmian|pencanangan|meluncurkan|diluncurkan|launching|mengukuhkan|dikukuhkan)\b/i;
const DESA_BINAAN = /\bdesa\s+binaan\b/i;
const PERPETRATOR_ROLE =
  /^(tersangka|pelaku|perekrut|sponsor|agen|calo|mucikari|muncikari|terdakwa|terpidana)/i;
const PERPETRATOR_CONTEXT =
  /\b(tersangka|pelaku|perekrut|merekrut|penyalur|menyalurkan|calo|sponsor|mucikari|muncikari|terdakwa|menipu|ditangkap|diamankan|tanpa izin|ilegal|memberangkatkan)\b/i;
const COMPANY = /\b(PT|CV)\.?\s+((?:[A-Z][\p{L}\p{N}&.'’-]*)(?:\s+[A-Z][\p{L}\p{N}&.'’-]*){0,5})/gu;
const PHONE = /(?:\+62|62|0)\s?8\d{1,3}(?:[\s.-]?\d{2,4}){2,4}/g;

/** Splits text into sentences (paragraph breaks end a sentence too). */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function dayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The first and last day a date of any precision covers. */
function coveredDays(date: string): [number, number] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return [dayOf(date), dayOf(date)];
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [dayOf(`${date}-01`), dayOf(`${date}-${String(last).padStart(2, '0')}`)];
  }
  return [dayOf(`${date}-01-01`), dayOf(`${date}-12-31`)];
}

/** True when a formation date is recent news for the reference date (or nothing says otherwise). */
function isRecent(formed: DateFact | undefined, reference: string | null): boolean {
  if (!formed || !reference) return true;
  const [first, last] = coveredDays(formed.date);
  const ref = dayOf(reference);
  return last >= ref - NEW_DESA_DAYS && first <= ref + 1;
}

function precisionOf(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

function formedOnOf(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** Desa Binaan leads: sentences saying an office formed a Desa Binaan in a named village. */
function detectDesaLeads(article: LeadSourceArticle): DetectedLead[] {
  const leads: DetectedLead[] = [];
  for (const sentence of splitSentences(article.text)) {
    if (!DESA_BINAAN.test(sentence) || !FORMED.test(sentence)) continue;
    const office = article.facts.offices.find(
      (o) => o.kind === 'kanim' && o.mentions.some((m) => sentence.includes(m)),
    );
    const formed = article.facts.dates.find(
      (d) => sentence.includes(d.text) && d.form !== 'relative',
    );
    if (!isRecent(formed, article.reference)) continue;
    for (const place of article.facts.places) {
      if (!place.code || (place.level !== 'desa' && place.level !== 'kelurahan')) continue;
      const first = place.text.split(/\s*,\s*/)[0] ?? place.text;
      if (!sentence.includes(first)) continue;
      leads.push({
        kind: 'desa_binaan',
        key: `desa:${place.code}`,
        officeId: office?.registryId ?? null,
        payload: {
          regionCode: place.code,
          officialName: place.name,
          level: place.level,
          nameAsWritten: first,
          placeText: place.text,
          officeKey: office?.key ?? null,
          officeName: office?.name ?? null,
          officeId: office?.registryId ?? null,
          formedOn: formed ? formedOnOf(formed.date) : null,
          formedPrecision: formed ? precisionOf(formed.date) : 'day',
          formedText: formed?.text ?? null,
          evidence: sentence,
          articleId: article.id,
        },
      });
    }
  }
  return leads;
}

/** Watchlist leads: suspects named by initials, companies and phones in perpetrator sentences. */
function detectPerpetrators(article: LeadSourceArticle): DetectedLead[] {
  const leads: DetectedLead[] = [];
  const sentences = splitSentences(article.text);
  const sentenceWith = (needle: string): string =>
    sentences.find((s) => s.includes(needle)) ?? needle;
  for (const person of article.facts.persons) {
    if (!person.role || !PERPETRATOR_ROLE.test(person.role)) continue;
    leads.push({
      kind: 'watchlist',
      key: `person:${person.name.toUpperCase()}:${person.age ?? ''}`,
      officeId: null,
      payload: {
        entryKind: 'person',
        names: [person.name],
        phones: [],
        role: person.role,
        age: person.age,
        evidence: sentenceWith(person.name),
        articleId: article.id,
        note: null,
      },
    });
  }
  for (const sentence of sentences) {
    if (!PERPETRATOR_CONTEXT.test(sentence)) continue;
    for (const match of sentence.matchAll(COMPANY)) {
      const name = `${match[1] ?? 'PT'} ${(match[2] ?? '').replace(/[.,]+$/, '')}`;
      leads.push({
        kind: 'watchlist',
        key: `org:${name.toUpperCase().replace(/\s+/g, ' ')}`,
        officeId: null,
        payload: {
          entryKind: 'organization',
          names: [name],
          phones: [],
          role: null,
          age: null,
          evidence: sentence,
          articleId: article.id,
          note: null,
        },
      });
    }
    for (const match of sentence.matchAll(PHONE)) {
      const phone = normalizePhone(match[0]);
      if (!phone) continue;
      leads.push({
        kind: 'watchlist',
        key: `phone:${phone}`,
        officeId: null,
        payload: {
          entryKind: 'phone',
          names: [],
          phones: [phone],
          role: null,
          age: null,
          evidence: sentence,
          articleId: article.id,
          note: null,
        },
      });
    }
  }
  return leads;
}

/**
 * The leads an event's articles propose: each newly formed Desa Binaan (a formation dated more
 * than a month before the reported event is background, not news), and the suspects, companies
 * and phones named as perpetrators. One lead per key, first article first.
 */
export function detectLeads(articles: readonly LeadSourceArticle[]): DetectedLead[] {
  const byKey = new Map<string, DetectedLead>();
  for (const article of articles) {
    for (const lead of [...detectDesaLeads(article), ...detectPerpetrators(article)]) {
      if (!byKey.has(lead.key)) byKey.set(lead.key, lead);
    }
  }
  return [...byKey.values()];
}
