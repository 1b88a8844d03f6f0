import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateOnly = ColumnType<string, string, string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Jsonb<T> = ColumnType<T, string | undefined, string>;

/** How exactly a formation date is known: the seeds give some only as a month. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A fostered village (Desa Binaan Imigrasi) on its official desa/kelurahan code (0060). */
export interface DesaBinaanTable {
  id: Generated<string>;
  region_code: string;
  name_as_written: string;
  office_id: string;
  sk_number: string | null;
  sk_date: DateOnly | null;
  formed_on: DateOnly | null;
  formed_precision: Generated<DatePrecision>;
  status: Generated<'aktif' | 'nonaktif'>;
  criteria: Generated<string[]>;
  notes: string | null;
  source_reference: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

/** A village contact (kepala desa and others). */
export interface DesaContactsTable {
  id: Generated<string>;
  desa_id: string;
  position: number;
  name: string;
  role: string;
  phone: string | null;
}

/** A PIMPASA assigned to a village. */
export interface DesaPimpasaTable {
  desa_id: string;
  user_id: string;
  assigned_at: Generated<Date>;
}

/** Participants by sex (L/P) and age group. */
export interface ParticipantCounts {
  L: { u18: number; a18_25: number; a26_45: number; o45: number };
  P: { u18: number; a18_25: number; a26_45: number; o45: number };
}

/** A counselling session, visit or first-line service held in a village. */
export interface DesaActivitiesTable {
  id: Generated<string>;
  desa_id: string;
  kind: 'penyuluhan' | 'kunjungan' | 'layanan';
  held_on: DateOnly;
  topic: string;
  tppo_types: Generated<string[]>;
  participants: Jsonb<ParticipantCounts>;
  participant_total: Generated<number>;
  partners: Generated<string[]>;
  notes: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

/** One person named in an early-warning report. */
export interface ReportPerson {
  name: string | null;
  role: string | null;
  phone: string | null;
}

/** An early-warning report a PIMPASA took from a resident. */
export interface DesaReportsTable {
  id: Generated<string>;
  ref_code: string;
  desa_id: string;
  office_id: string;
  category: 'perekrut' | 'berangkat_tanpa_dokumen' | 'korban_kembali' | 'lainnya';
  seen_on: DateOnly;
  region_code: string;
  place_note: string | null;
  people: Jsonb<ReportPerson[]>;
  phones: Generated<string[]>;
  narrative: string;
  reported_by: string;
  created_at: CreatedAt;
  alerted_at: Timestamp | null;
  alerted_by: string | null;
  alert_office_ids: Generated<string[]>;
  alert_note: string | null;
}

/** The Desa Binaan tables. */
export interface DesaTables {
  desa_binaan: DesaBinaanTable;
  desa_contacts: DesaContactsTable;
  desa_pimpasa: DesaPimpasaTable;
  desa_activities: DesaActivitiesTable;
  desa_reports: DesaReportsTable;
}
