import { ApiError, buildUrl, request, type Language } from './client.ts';
import type { Bilingual } from './screening.api.ts';

/** The kinds of watchlist entry. */
export const ENTRY_KINDS = ['person', 'organization', 'phone'] as const;
/** One entry kind. */
export type EntryKind = (typeof ENTRY_KINDS)[number];
/** Suspect, or protective (a potential or former victim: a protection prompt). */
export type Listing = 'suspect' | 'protective';
/** How widely the listing office shares an entry. */
export const SHARING_SCOPES = ['office', 'kanwil', 'agreement', 'national'] as const;
/** One sharing scope. */
export type SharingScope = (typeof SHARING_SCOPES)[number];
/** Sensitivity grades. */
export const SENSITIVITIES = ['biasa', 'terbatas', 'rahasia'] as const;
/** One sensitivity. */
export type Sensitivity = (typeof SENSITIVITIES)[number];
/** Where a listing comes from. */
export const SOURCE_TYPES = ['office', 'document', 'case', 'report', 'news'] as const;
/** One source type. */
export type SourceType = (typeof SOURCE_TYPES)[number];
/** The life of an entry. */
export const ENTRY_STATUSES = [
  'proposed',
  'active',
  'rejected',
  'expired',
  'delist_requested',
  'delisted',
] as const;
/** One entry status. */
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** TPPO codes a watchlist entry may carry (forms of exploitation and the PMI NP risk). */
export const WATCHLIST_TPPO_CODES = [
  'EKSPLOITASI_SEKSUAL',
  'KERJA_PAKSA',
  'ABK_PERIKANAN',
  'ONLINE_SCAM',
  'KAWIN_KONTRAK',
  'PENJUALAN_ORGAN',
  'EKSPLOITASI_ANAK',
  'PENJUALAN_BAYI',
  'PERBUDAKAN_LAINNYA',
  'LAINNYA',
  'PMI_NONPROSEDURAL',
] as const;

/** One watchlist entry. */
export interface WatchlistEntry {
  id: string;
  refCode: string;
  kind: EntryKind;
  names: string[];
  birthDate: string | null;
  sex: 'L' | 'P' | null;
  nik: string | null;
  passportNumbers: string[];
  phones: string[];
  nationality: string | null;
  birthPlace: string | null;
  homeRegionCode: string | null;
  registrationNumbers: string[];
  address: string | null;
  listing: Listing;
  presentation: 'suspect' | 'protection_prompt';
  listingLabel: Bilingual;
  tppoTypes: string[];
  reason: string;
  source: { type: string; reference: string | null };
  sensitivity: Sensitivity;
  sharingScope: SharingScope;
  office: { id: string; code: string; name: string };
  status: EntryStatus;
  validUntil: string | null;
  note: string | null;
  version: number;
  proposedBy: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  delist: {
    reason: string | null;
    requestedBy: string | null;
    requestedAt: string | null;
    decidedBy: string | null;
    decidedAt: string | null;
  } | null;
  updatedAt: string;
  /**
   * Set on the redacted view of a rahasia entry of another office: names, identifiers, reason,
   * source and notes are withheld, and the notice names the office to contact.
   */
  restricted: Bilingual | null;
}

/** A false-positive suppression: this subject no longer alerts on this entry. */
export interface Suppression {
  id: string;
  entryId: string;
  subjectKey: string;
  subjectLabel: string;
  note: string;
  createdAt: string;
  createdBy: { id: string; username: string; fullName: string };
  office: { id: string; code: string };
}

/** An entry with its audited history and suppressions. */
export interface EntryDetail {
  entry: WatchlistEntry;
  history: {
    seq: number;
    at: string;
    actor: string;
    action: string;
    reason: string | null;
    details: Record<string, unknown>;
  }[];
  suppressions: Suppression[];
  access: 'scope' | 'break_glass';
}

/** Body of a proposal. */
export interface ProposeEntryInput {
  kind: EntryKind;
  names: string[];
  birthDate: string | null;
  sex: 'L' | 'P' | null;
  nik: string | null;
  passportNumbers: string[];
  phones: string[];
  nationality: string | null;
  birthPlace: string | null;
  registrationNumbers: string[];
  address: string | null;
  listing: Listing;
  tppoTypes: string[];
  reason: string;
  sourceType: SourceType;
  sourceReference: string | null;
  sensitivity: Sensitivity;
  sharingScope: SharingScope;
  validUntil: string | null;
  note: string | null;
}

/** Filters of the watchlist search. */
export interface WatchlistQuery {
  q?: string;
  status?: string;
  kind?: EntryKind | '';
  listing?: Listing | '';
  type?: string;
  limit?: number;
  offset?: number;
}

/** Searches the entries the user may see. */
export function searchWatchlist(
  query: WatchlistQuery,
): Promise<{ items: WatchlistEntry[]; total: number }> {
  return request('GET', '/watchlist', { query: { ...query } });
}

/** Reads one entry with its history and suppressions (audited). */
export function fetchEntry(id: string, breakGlassReason?: string): Promise<EntryDetail> {
  return request('GET', `/watchlist/${encodeURIComponent(id)}`, {
    query: { breakGlassReason },
  });
}

/** Proposes an entry; a second person of the listing office approves it. */
export function proposeEntry(input: ProposeEntryInput): Promise<WatchlistEntry> {
  return request('POST', '/watchlist', { body: input });
}

const path = (id: string, action: string): string =>
  `/watchlist/${encodeURIComponent(id)}/${action}`;

/** Approves a proposal. */
export function approveEntry(id: string, note?: string): Promise<WatchlistEntry> {
  return request('POST', path(id, 'approve'), { body: note ? { note } : {} });
}

/** Rejects a proposal with a note. */
export function rejectEntry(id: string, note: string): Promise<WatchlistEntry> {
  return request('POST', path(id, 'reject'), { body: { note } });
}

/** Asks for an active entry to be delisted. */
export function requestDelist(id: string, reason: string): Promise<WatchlistEntry> {
  return request('POST', path(id, 'delist-request'), { body: { reason } });
}

/** Approves a delisting request. */
export function approveDelist(id: string, note?: string): Promise<WatchlistEntry> {
  return request('POST', path(id, 'delist-approve'), { body: note ? { note } : {} });
}

/** Refuses a delisting request with a note. */
export function rejectDelist(id: string, note: string): Promise<WatchlistEntry> {
  return request('POST', path(id, 'delist-reject'), { body: { note } });
}

/** Records that a subject is a false positive for an entry. */
export function addSuppression(
  id: string,
  input: {
    subject: { nik?: string | null; name: string; birthDate?: string | null };
    note: string;
  },
): Promise<Suppression> {
  return request('POST', path(id, 'suppressions'), { body: input });
}

/** The CSV export of the active entries in scope (a plain link: the cookie signs it). */
export function exportUrl(): string {
  return buildUrl('/watchlist/export.csv');
}

/** What an accepted import answers: its entries wait as one proposed batch. */
export interface ImportResult {
  imported: number;
  status: 'proposed' | 'active';
  refCodes: string[];
  batchId: string;
}

/** One import batch; a second person approves or rejects all its entries at once. */
export interface ImportBatch {
  id: string;
  office: { id: string; name: string };
  source: string;
  entryCount: number;
  firstRefCode: string;
  lastRefCode: string;
  status: 'proposed' | 'approved' | 'rejected';
  proposedBy: { id: string; name: string } | null;
  proposedAt: string;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** What a batch decision changed. */
export interface BatchDecision {
  batch: ImportBatch;
  decided: number;
}

/** Import batches of the reader's own offices that wait for a decision. */
export function listPendingImportBatches(): Promise<ImportBatch[]> {
  return request('GET', '/watchlist/import-batches?status=proposed');
}

const batchPath = (id: string, action: 'approve' | 'reject'): string =>
  `/watchlist/import-batches/${encodeURIComponent(id)}/${action}`;

/** Approves every entry of an import batch still proposed. */
export function approveImportBatch(id: string, note?: string): Promise<BatchDecision> {
  return request('POST', batchPath(id, 'approve'), { body: note ? { note } : {} });
}

/** Rejects every entry of an import batch still proposed, with a note. */
export function rejectImportBatch(id: string, note: string): Promise<BatchDecision> {
  return request('POST', batchPath(id, 'reject'), { body: { note } });
}

/** Every bad row of a refused import, as the server lists them (`line N: message`). */
export function importLines(error: ApiError): string[] {
  // The issues come in the request's language ("baris 3: ..." or "line 3: ...").
  if (error.fieldErrors.length > 0) return error.fieldErrors.map((f) => f.message);
  const lines = error.extra.lines;
  if (Array.isArray(lines)) {
    return lines.map((l: { line?: number; message?: string }) => `line ${l.line}: ${l.message}`);
  }
  return error.fieldErrors.map((f) => f.message);
}

/**
 * Uploads a CSV or XLSX file as multipart/form-data. The JSON client cannot send a file, so
 * this call adds the same language and CSRF headers itself and parses problem+json the same way.
 */
export async function importWatchlist(
  file: File,
  options: { csrfToken: string; language: Language },
): Promise<ImportResult> {
  const body = new FormData();
  body.set('file', file, file.name);
  const response = await fetch(buildUrl('/watchlist/import'), {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'accept-language': options.language === 'en' ? 'en, id;q=0.5' : 'id, en;q=0.5',
      'x-csrf-token': options.csrfToken,
    },
    body,
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : {};
  if (!response.ok) throw new ApiError(response.status, parsed as Record<string, unknown>);
  return parsed as ImportResult;
}
