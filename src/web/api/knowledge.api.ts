import type { TppoTypeCode } from '../../domain/tppo.ts';
import { request } from './client.ts';

/** The kinds of source a statement may cite. */
export type SourceKind = 'regulation' | 'official_release' | 'bulletin' | 'news' | 'case';

/** The source kinds in the order the form offers them. */
export const SOURCE_KINDS: readonly SourceKind[] = [
  'regulation',
  'official_release',
  'bulletin',
  'news',
  'case',
];

/** Where a statement comes from. */
export interface KnowledgeSource {
  kind: SourceKind;
  label: string;
  reference: string | null;
}

/** The sections of a knowledge page. */
export type KnowledgeSection =
  | 'definition'
  | 'legal_basis'
  | 'impact'
  | 'prevention_counter'
  | 'prevention_checkpoint'
  | 'prevention_village'
  | 'prevention_kanwil';

/** The sections in page order. */
export const KNOWLEDGE_SECTIONS: readonly KnowledgeSection[] = [
  'definition',
  'legal_basis',
  'impact',
  'prevention_counter',
  'prevention_checkpoint',
  'prevention_village',
  'prevention_kanwil',
];

/** One sourced statement. */
export interface KnowledgeStatement {
  id: string;
  section: string;
  textId: string;
  textEn: string | null;
  source: KnowledgeSource;
}

/** A modus operandi entry with the rules that catch it and the bulletins that described it. */
export interface Modus {
  id: string;
  tppoType: string;
  name: string;
  recruitment: string;
  routes: string;
  signs: string;
  status: 'proposed' | 'published' | 'rejected';
  rules: { id: string; titleId: string; titleEn: string }[];
  source: KnowledgeSource;
  bulletins: { id: string; title: string; sentAt: string }[];
  examples: { id: string; kind: string; label: string; reference: string | null }[];
  proposedBy: string | null;
  reviewNote: string | null;
}

/** One page per form of TPPO. */
export interface KnowledgePage {
  tppoType: string;
  labelId: string;
  labelEn: string;
  statements: KnowledgeStatement[];
  modus: Modus[];
  proposedModus: Modus[];
}

/** A page in the list, with its counts. */
export interface KnowledgePageSummary {
  tppoType: string;
  labelId: string;
  labelEn: string;
  statements: number;
  modus: number;
  proposed: number;
}

/** A proposed modus. */
export interface NewModus {
  tppoType: TppoTypeCode;
  name: string;
  recruitment: string;
  routes: string;
  signs: string;
  ruleIds: string[];
  source: KnowledgeSource;
}

/** The knowledge pages with their counts. */
export async function listKnowledgePages(): Promise<KnowledgePageSummary[]> {
  const answer = await request<{ pages: KnowledgePageSummary[] }>('GET', '/knowledge');
  return answer.pages;
}

/** One knowledge page. */
export function fetchKnowledgePage(tppoType: string): Promise<KnowledgePage> {
  return request('GET', `/knowledge/${encodeURIComponent(tppoType)}`);
}

/** Proposes a new modus (published after review by someone else). */
export function proposeModus(input: NewModus): Promise<Modus> {
  return request('POST', '/knowledge/modus', { body: input });
}

/** Publishes or rejects a proposed modus. */
export function reviewModus(
  id: string,
  decision: 'publish' | 'reject',
  note: string,
): Promise<Modus> {
  return request('POST', `/knowledge/modus/${encodeURIComponent(id)}/review`, {
    body: { decision, note },
  });
}

/** A published modus as a bulletin links it. */
export interface ModusChoice {
  id: string;
  name: string;
  tppoType: string;
}

/** Every published modus, from the pages that have any (one request per such page). */
export async function listPublishedModus(): Promise<ModusChoice[]> {
  const pages = (await listKnowledgePages()).filter((p) => p.modus > 0);
  const full = await Promise.all(pages.map((p) => fetchKnowledgePage(p.tppoType)));
  return full.flatMap((page) =>
    page.modus
      .filter((m) => m.status === 'published')
      .map((m) => ({ id: m.id, name: m.name, tppoType: m.tppoType })),
  );
}
