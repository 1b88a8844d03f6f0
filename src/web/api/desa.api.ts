import { buildUrl, request } from './client.ts';

/** An official region reference. */
export interface RegionRef {
  code: string;
  name: string;
  level: string;
}

/** A reading of a place as written: the official village, its parents and notes. */
export interface PlaceCandidate extends RegionRef {
  parents: RegionRef[];
  score: number;
  notes: string[];
  registeredDesaId: string | null;
}

/** The four selection criteria. */
export type Criterion = 'kantong_pmi' | 'usia_produktif' | 'jauh_dari_kanim' | 'jalur_perbatasan';

/** A fostered village as lists show it. */
export interface DesaSummary {
  id: string;
  nameAsWritten: string;
  region: RegionRef;
  parents: RegionRef[];
  office: { id: string; code: string; name: string };
  skNumber: string | null;
  skDate: string | null;
  formedOn: string | null;
  formedPrecision: 'day' | 'month' | 'year';
  status: 'aktif' | 'nonaktif';
  criteria: Criterion[];
  pimpasa: { id: string; username: string; fullName: string }[];
  notes: string | null;
  sourceReference: string | null;
}

/** A village with its contacts. */
export interface DesaDetail extends DesaSummary {
  contacts: { name: string; role: string; phone: string | null }[];
}

/** Input of the registration form. */
export interface RegisterDesaInput {
  nameAsWritten: string;
  regionCode?: string;
  officeId?: string;
  skNumber?: string | null;
  skDate?: string | null;
  formedOn?: string | null;
  formedPrecision?: 'day' | 'month' | 'year';
  criteria?: Criterion[];
  contacts?: { name: string; role: string; phone?: string | null }[];
  pimpasaUserIds?: string[];
  notes?: string | null;
}

/** Input of the edit form: the fields to change (contacts and PIMPASA are replaced). */
export interface UpdateDesaInput {
  contacts?: { name: string; role: string; phone?: string | null }[];
  pimpasaUserIds?: string[];
  status?: 'aktif' | 'nonaktif';
  /** Why the status changes; required when a village is deactivated. */
  statusReason?: string;
}

/** Participants by sex and age group. */
export interface Participants {
  L: { u18: number; a18_25: number; a26_45: number; o45: number };
  P: { u18: number; a18_25: number; a26_45: number; o45: number };
}

/** Kinds of village activity. */
export type ActivityKind = 'penyuluhan' | 'kunjungan' | 'layanan';

/** One activity. */
export interface Activity {
  id: string;
  desaId: string;
  kind: ActivityKind;
  date: string;
  topic: string;
  tppoTypes: string[];
  participants: Participants;
  participantTotal: number;
  partners: string[];
  notes: string | null;
  createdAt: string;
}

/** Input of the activity form. */
export interface ActivityInput {
  kind: ActivityKind;
  date: string;
  topic: string;
  tppoTypes: string[];
  participants: Participants;
  partners: string[];
  notes: string | null;
}

/** What a resident saw. */
export type ReportCategory = 'perekrut' | 'berangkat_tanpa_dokumen' | 'korban_kembali' | 'lainnya';

/** What a report became. */
export interface ReportOutcome {
  watchlist: { id: string; refCode: string; status: string; kind: string }[];
  alert: {
    at: string;
    by: string | null;
    offices: { id: string; code: string; name: string }[];
    note: string | null;
  } | null;
}

/** A report as lists show it. */
export interface ReportSummary {
  id: string;
  refCode: string;
  desaId: string;
  desaName: string;
  office: { id: string; code: string; name: string };
  category: ReportCategory;
  seenOn: string;
  region: RegionRef | null;
  peopleCount: number;
  createdAt: string;
  outcome: ReportOutcome;
}

/** A report with its people. */
export interface ReportDetail extends ReportSummary {
  regionParents: RegionRef[];
  placeNote: string | null;
  people: { name: string | null; role: string | null; phone: string | null }[];
  phones: string[];
  narrative: string;
  reportedBy: { id: string; username: string; fullName: string };
}

/** Input of the report form. */
export interface ReportInput {
  category: ReportCategory;
  seenOn: string;
  regionCode: string;
  placeNote: string | null;
  people: { name?: string | null; role?: string | null; phone?: string | null }[];
  narrative: string;
}

/** Counts of one place. */
export interface PlaceCounts {
  region: RegionRef;
  parents: RegionRef[];
  screened: number;
  tunda: number;
  tolak: number;
  matched: number;
  flagged: number;
  desaBinaan: number;
  desaId: string | null;
  /** TPPO news events in the period naming the place or a place inside it. */
  newsEvents: number;
}

/** The hotspot figures over a period. */
export interface HotspotReport {
  period: { from: string; to: string; timeZone: string };
  totals: { screened: number; flagged: number; unplaced: number };
  districts: PlaceCounts[];
  villages: PlaceCounts[];
  villageGaps: PlaceCounts[];
  districtGaps: PlaceCounts[];
}

/** A village profile over a period. */
export interface Profile {
  desa: DesaSummary;
  period: { from: string; to: string };
  activities: {
    count: number;
    byKind: Record<string, number>;
    participants: Participants;
    participantTotal: number;
    list: Activity[];
  };
  reports: ReportSummary[];
  hotspot: {
    village: { screened: number; tunda: number; tolak: number; matched: number };
    district: { screened: number; tunda: number; tolak: number; matched: number };
  };
}

const desaPath = (id: string) => `/desa-binaan/${encodeURIComponent(id)}`;
const reportPath = (id: string) => `/desa-reports/${encodeURIComponent(id)}`;

/** Official village candidates for a place as written. */
export async function resolvePlace(text: string): Promise<PlaceCandidate[]> {
  return (
    await request<{ candidates: PlaceCandidate[] }>('GET', '/desa-binaan/resolve', {
      query: { text },
    })
  ).candidates;
}

/** PIMPASA who may be assigned at a Kanim. */
export async function listPimpasaCandidates(officeId: string) {
  return (
    await request<{ users: { id: string; username: string; fullName: string }[] }>(
      'GET',
      '/desa-binaan/pimpasa-candidates',
      { query: { officeId } },
    )
  ).users;
}

/** Villages in the user's scope. */
export async function listDesa(): Promise<DesaSummary[]> {
  return (await request<{ villages: DesaSummary[] }>('GET', '/desa-binaan')).villages;
}

/** Registers a village. */
export function registerDesa(input: RegisterDesaInput): Promise<DesaDetail> {
  return request('POST', '/desa-binaan', { body: input });
}

/** Changes a village's contacts, PIMPASA or status. */
export function updateDesa(id: string, input: UpdateDesaInput): Promise<DesaDetail> {
  return request('PATCH', desaPath(id), { body: input });
}

/** One village with its contacts. */
export function fetchDesa(id: string): Promise<DesaDetail> {
  return request('GET', desaPath(id));
}

/** A village profile over a period. */
export function fetchProfile(
  id: string,
  period: { from?: string; to?: string } = {},
): Promise<Profile> {
  return request('GET', `${desaPath(id)}/profile`, { query: period });
}

/** The address of a village's PDF profile. */
export function profilePdfUrl(id: string, period: { from?: string; to?: string } = {}): string {
  return buildUrl(`${desaPath(id)}/profile.pdf`, period);
}

/** Logs an activity held. */
export function logActivity(desaId: string, input: ActivityInput): Promise<Activity> {
  return request('POST', `${desaPath(desaId)}/activities`, { body: input });
}

/** Files an early-warning report. */
export function fileReport(desaId: string, input: ReportInput): Promise<ReportDetail> {
  return request('POST', `${desaPath(desaId)}/reports`, { body: input });
}

/** One report with its people (the read is audited). */
export function fetchReport(id: string): Promise<ReportDetail> {
  return request('GET', reportPath(id));
}

/** Turns a report into a watchlist proposal. */
export function proposeFromReport(id: string): Promise<ReportDetail> {
  return request('POST', `${reportPath(id)}/watchlist-proposal`, { body: {} });
}

/** Turns a report into an alert to the offices covering the place. */
export function alertFromReport(id: string, note?: string): Promise<ReportDetail> {
  return request('POST', `${reportPath(id)}/alert`, { body: note ? { note } : {} });
}

/** Hotspot figures over a period. */
export function fetchHotspots(period: { from?: string; to?: string }): Promise<HotspotReport> {
  return request('GET', '/hotspots', { query: period });
}

/** The address of a hotspot export. */
export function hotspotExportUrl(
  format: 'csv' | 'xlsx',
  period: { from?: string; to?: string },
): string {
  return buildUrl(`/hotspots/export.${format}`, period);
}

/** Early-warning reports in the user's scope (no people). */
export async function listReports(): Promise<ReportSummary[]> {
  return (await request<{ reports: ReportSummary[] }>('GET', '/desa-reports')).reports;
}
