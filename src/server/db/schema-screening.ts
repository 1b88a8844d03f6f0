import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateOnly = ColumnType<string, string, string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Jsonb<T> = ColumnType<T, string, string>;

/** One watchlist entry (person, organisation or phone) with its governance state. */
export interface WatchlistEntriesTable {
  id: Generated<string>;
  ref_code: string;
  kind: 'person' | 'organization' | 'phone';
  names: string[];
  birth_date: string | null;
  sex: 'L' | 'P' | null;
  nik: string | null;
  passport_numbers: string[];
  phones: string[];
  nationality: string | null;
  birth_place: string | null;
  home_region_code: string | null;
  registration_numbers: string[];
  address: string | null;
  listing: 'suspect' | 'protective';
  tppo_types: string[];
  reason: string;
  source_type: 'office' | 'document' | 'case' | 'report' | 'news' | 'import';
  source_reference: string | null;
  sensitivity: 'biasa' | 'terbatas' | 'rahasia';
  sharing_scope: 'office' | 'kanwil' | 'agreement' | 'national';
  office_id: string;
  status: 'proposed' | 'active' | 'rejected' | 'expired' | 'delist_requested' | 'delisted';
  valid_until: DateOnly | null;
  note: string | null;
  proposed_by: string | null;
  proposed_at: Generated<Date>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  delist_reason: string | null;
  delist_requested_by: string | null;
  delist_requested_at: Timestamp | null;
  delisted_by: string | null;
  delisted_at: Timestamp | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
  /** The import batch the entry came in with; null for an entry proposed on its own. */
  import_batch_id: string | null;
}

/** One watchlist import: its entries wait as proposed until a second person decides the batch. */
export interface WatchlistImportBatchesTable {
  id: Generated<string>;
  office_id: string;
  source: string;
  entry_count: number;
  first_ref_code: string;
  last_ref_code: string;
  status: 'proposed' | 'approved' | 'rejected';
  proposed_by: string | null;
  proposed_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
}

/** "Not the same person": a reviewed pair of entry and subject that no longer alerts. */
export interface WatchlistSuppressionsTable {
  id: Generated<string>;
  entry_id: string;
  subject_key: string;
  subject_label: string;
  note: string;
  created_by: string;
  office_id: string;
  created_at: CreatedAt;
}

/** A versioned indicator rule pack and its four-eyes approval. */
export interface RulePacksTable {
  version: string;
  pack: Jsonb<unknown>;
  status: 'proposed' | 'active' | 'retired' | 'rejected';
  change_note: Generated<string>;
  proposed_by: string | null;
  proposed_at: Generated<Date>;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

/** One screening at a counter or checkpoint, its recommendation, decision and follow-up. */
export interface ScreeningsTable {
  id: Generated<string>;
  ref_code: string;
  kind: 'passport_application' | 'departure_check';
  office_id: string;
  officer_id: string;
  created_at: CreatedAt;
  subject_name: string;
  subject_nik: string | null;
  subject_birth_date: string | null;
  subject_sex: 'L' | 'P' | null;
  subject_region_code: string | null;
  passport_number: string | null;
  sponsor_phones: string[];
  sponsor_keys: string[];
  destination_country: string | null;
  form: Jsonb<Record<string, unknown>>;
  facts: Jsonb<Record<string, unknown>>;
  hits: Jsonb<unknown[]>;
  recommendation: 'LANJUT' | 'WAWANCARA' | 'TUNDA' | 'TOLAK';
  reasons: Jsonb<unknown[]>;
  score: number;
  rule_pack_version: string;
  engine_version: string;
  decision: 'LANJUT' | 'WAWANCARA' | 'TUNDA' | 'TOLAK' | null;
  decision_status: Generated<'open' | 'final' | 'awaiting_approval' | 'rejected_by_supervisor'>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  indicators_observed: Generated<string[]>;
  decision_note: string | null;
  approval_by: string | null;
  approval_at: Timestamp | null;
  approval_note: string | null;
  tunda_deadline: DateOnly | null;
  tunda_closed_at: Timestamp | null;
  tunda_close_reason: string | null;
  receipt_number: string | null;
  forwarded_to_office_id: string | null;
  followup_outcome: string | null;
  followup_note: string | null;
  followup_by: string | null;
  followup_at: Timestamp | null;
  /** Sponsor-network details shown with the result (0040). */
  network: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Why a TUNDA or TOLAK was decided, in the categories offices count (0040). */
  decision_reason_category:
    | 'dugaan_pmi_np'
    | 'dugaan_tppo'
    | 'permohonan_ganda'
    | 'dokumen_tidak_lengkap'
    | 'keterangan_tidak_benar'
    | 'lainnya'
    | null;
  receipt_issued_at: Timestamp | null;
}

/** The last receipt number an office issued in a year (0040). */
export interface ReceiptCountersTable {
  office_id: string;
  year: number;
  last_seq: number;
}

/** A hit that concerns another office, with its thread. */
export interface AlertsTable {
  id: Generated<string>;
  kind: 'watchlist_hit' | 'history_hit' | 'retro_hit' | 'network';
  office_id: string;
  source_office_id: string;
  screening_id: string | null;
  entry_id: string | null;
  matched_screening_id: string | null;
  band: string | null;
  score: number | null;
  summary: Jsonb<Record<string, unknown>>;
  status: Generated<'open' | 'acknowledged' | 'closed'>;
  created_at: CreatedAt;
  closed_at: Timestamp | null;
  closed_by: string | null;
}

/** One message in an alert's thread. */
export interface AlertMessagesTable {
  id: Generated<string>;
  alert_id: string;
  author_id: string;
  office_id: string;
  body: string;
  created_at: CreatedAt;
}

/** Configurable settings (network-signal window, retro-screening window, TUNDA deadline). */
export interface AppSettingsTable {
  key: string;
  value: Jsonb<unknown>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** Changes to indexed data, applied by every process to its in-memory matching index. */
export interface IndexOutboxTable {
  id: Generated<number>;
  entity_type: 'watchlist' | 'history';
  entity_id: string;
  created_at: CreatedAt;
}

/** The screening and watchlist tables. */
export interface ScreeningTables {
  watchlist_entries: WatchlistEntriesTable;
  watchlist_suppressions: WatchlistSuppressionsTable;
  watchlist_import_batches: WatchlistImportBatchesTable;
  rule_packs: RulePacksTable;
  screenings: ScreeningsTable;
  alerts: AlertsTable;
  alert_messages: AlertMessagesTable;
  app_settings: AppSettingsTable;
  index_outbox: IndexOutboxTable;
  receipt_counters: ReceiptCountersTable;
}
