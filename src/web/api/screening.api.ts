import type { Outcome } from '../../domain/screening/indicator-rules.ts';
import type { TravelPurpose, VisaType } from '../../domain/screening/screening-facts.ts';
import { buildUrl, request } from './client.ts';

export type { Outcome, TravelPurpose, VisaType };

/** The recommendations and decisions, least strict first. */
export const OUTCOME_ORDER: readonly Outcome[] = ['LANJUT', 'WAWANCARA', 'TUNDA', 'TOLAK'];

/** The official purposes of travel, in the order the counter uses them. */
export const PURPOSES: readonly TravelPurpose[] = [
  'wisata',
  'umrah',
  'haji',
  'berobat',
  'belajar',
  'bekerja',
  'kunjungan_keluarga',
  'magang',
  'bisnis',
  'lainnya',
];

/** Visa types as the officer records them. */
export const VISA_TYPE_LIST: readonly VisaType[] = [
  'bebas_visa',
  'kunjungan',
  'kerja',
  'pelajar',
  'umrah',
  'lainnya',
];

/** Why a TUNDA or TOLAK was decided: the categories offices count. */
export const REASON_CATEGORIES = [
  'dugaan_pmi_np',
  'dugaan_tppo',
  'permohonan_ganda',
  'dokumen_tidak_lengkap',
  'keterangan_tidak_benar',
  'lainnya',
] as const;

/** One reason category. */
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/** A passport interview at a Kanim, or a departure check at a TPI. */
export type ScreeningKind = 'passport_application' | 'departure_check';

/** Where a decision stands. */
export type DecisionStatus = 'open' | 'final' | 'awaiting_approval' | 'rejected_by_supervisor';

/** Body of POST /api/screenings. */
export interface ScreeningInput {
  kind: ScreeningKind;
  applicant: {
    name: string;
    nik?: string;
    birthDate: string;
    sex: 'L' | 'P';
    birthPlace?: string;
    address?: string;
    regionCode?: string;
    phone?: string;
  };
  document: { passportNumber?: string; mrz?: string };
  trip: {
    destinationCountry: string;
    purpose: TravelPurpose;
    visaType?: VisaType;
    returnTicket: boolean;
    departureDate?: string;
    companions?: number;
    multiStop?: boolean;
    bookedByOther?: boolean;
    groupWithAgent?: boolean;
  };
  sponsor: { names: string[]; phones: string[]; company?: string };
  documentsShown: {
    workRecommendation: boolean;
    pmiRegistration: boolean;
    parentsStatement: boolean;
    umrahOperatorStatement: boolean;
    other?: string;
  };
  interview: {
    firstTimeTraveller?: boolean;
    declaredNoPriorPassport?: boolean;
    planUnclear?: boolean;
    companionConcern?: boolean;
  };
}

/** A label in both languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** An office as a screening names it. */
export interface OfficeRef {
  id: string;
  code: string;
  name: string;
}

/** One compared value: what was asked, what the entry holds, and the effect on the score. */
export interface Comparison {
  feature: string;
  query: string;
  entry: string;
  effect: number;
}

/** One engine hit, side by side. */
export interface Hit {
  source: 'watchlist' | 'history';
  refId: string;
  refCode: string;
  office: OfficeRef;
  listing: 'suspect' | 'protective';
  band: 'strong' | 'possible' | 'weak';
  score: number;
  about: 'applicant' | 'sponsor';
  label: string;
  comparisons: Comparison[];
  suppressed: { by: string; at: string; note: string } | null;
  alerted: boolean;
}

/** One reason of a recommendation. */
export interface Reason {
  kind: 'rule' | 'watchlist' | 'history' | 'protection';
  ruleId?: string;
  refId?: string;
  title: Bilingual;
  basis?: string;
  weight: number;
  pushesTo: Outcome;
  profiling: boolean;
  evidence?: Comparison[];
}

/** The sponsor network signal: which applications and offices share a sponsor. */
export interface NetworkSignal {
  signal: boolean;
  count: number;
  threshold: number;
  windowDays: number;
  matchedOn: { kind: 'phone' | 'name'; value: string }[];
  applications: { screeningId: string; refCode: string; officeId: string; createdAt: string }[];
  offices: (OfficeRef & { applications: number })[];
}

/** A person named on a screening: display name and username. */
export interface PersonRef {
  id: string;
  displayName: string;
  username: string;
}

/** "Name (username)", or the fallback when nobody is named. */
export function personLabel(person: PersonRef | null | undefined, fallback = '—'): string {
  return person ? `${person.displayName} (${person.username})` : fallback;
}

/** A screening as the API returns it. */
export interface Screening {
  id: string;
  refCode: string;
  kind: ScreeningKind;
  office: OfficeRef & { timeZone: string };
  officerId: string;
  /** Who screened, decided, approved and followed up, by name. */
  people: {
    officer: PersonRef | null;
    decidedBy: PersonRef | null;
    approvalBy: PersonRef | null;
    followupBy: PersonRef | null;
  };
  createdAt: string;
  subject: {
    name: string;
    nik: string | null;
    birthDate: string | null;
    sex: 'L' | 'P' | null;
    regionCode: string | null;
    passportNumber: string | null;
  };
  destinationCountry: string | null;
  form: Record<string, unknown>;
  facts: Record<string, unknown>;
  recommendation: Outcome;
  score: number;
  reasons: Reason[];
  rulePackVersion: string;
  engineVersion: string;
  hits: Hit[];
  protectionPrompt: Bilingual | null;
  network: NetworkSignal | null;
  decision: {
    decision: Outcome | null;
    status: DecisionStatus;
    reasonCategory: ReasonCategory | null;
    decidedBy: string | null;
    decidedAt: string | null;
    indicatorsObserved: string[];
    note: string | null;
    approvalBy: string | null;
    approvalAt: string | null;
    approvalNote: string | null;
  };
  tunda: { deadline: string | null; closedAt: string | null; closeReason: string | null } | null;
  receipt: { number: string; issuedAt: string | null; forwardedTo: OfficeRef | null } | null;
  followup: { outcome: string; note: string | null; by: string | null; at: string | null } | null;
}

/** A short line of a screening in a list or the approval queue. */
export interface ScreeningSummary {
  id: string;
  refCode: string;
  kind: ScreeningKind;
  officeId: string;
  createdAt: string;
  subjectName: string;
  recommendation: Outcome;
  decision: Outcome | null;
  decisionStatus: DecisionStatus;
  decidedBy: string | null;
  officer: PersonRef | null;
  decider: PersonRef | null;
  decisionNote: string | null;
  office: OfficeRef & { timeZone: string };
  tundaDeadline: string | null;
  tundaClosedAt: string | null;
  receiptNumber: string | null;
  forwardedToOfficeId: string | null;
  followupOutcome: string | null;
}

/** Body of POST /api/screenings/:id/decision. */
export interface DecisionInput {
  decision: Outcome;
  indicatorsObserved: string[];
  reasonCategory?: ReasonCategory;
  note?: string;
}

/** True when deciding `decision` on `recommendation` goes to a supervisor (as the server rules). */
export function needsSupervisor(decision: Outcome, recommendation: Outcome): boolean {
  return (
    (recommendation === 'TUNDA' || recommendation === 'TOLAK') &&
    OUTCOME_ORDER.indexOf(decision) < OUTCOME_ORDER.indexOf(recommendation)
  );
}

/** The rules that fired: the indicators an officer confirms by default in the decision. */
export function firedRuleIds(screening: Pick<Screening, 'reasons'>): string[] {
  return screening.reasons.flatMap((r) => (r.kind === 'rule' && r.ruleId ? [r.ruleId] : []));
}

/** Screens an applicant or a departing traveller. */
export function createScreening(input: ScreeningInput): Promise<Screening> {
  return request('POST', '/screenings', { body: input });
}

/** Reads one screening (audited); out of scope, a break-glass reason opens it. */
export function fetchScreening(id: string, breakGlassReason?: string): Promise<Screening> {
  return request('GET', `/screenings/${encodeURIComponent(id)}`, {
    query: { breakGlassReason },
  });
}

/** The filters of GET /api/screenings (dates are days in each screening office's calendar). */
export interface ScreeningListQuery {
  status?: DecisionStatus;
  recommendation?: Outcome;
  decision?: Outcome;
  kind?: ScreeningKind;
  officeId?: string;
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

/** Screenings of the offices in scope, newest first, filtered (audited). */
export async function listScreeningHistory(query: ScreeningListQuery): Promise<ScreeningSummary[]> {
  const answer = await request<{ screenings: ScreeningSummary[] }>('GET', '/screenings', {
    query: { ...query },
  });
  return answer.screenings;
}

/** What the receiving Kanim records after a withheld passport was forwarded to it. */
export const FOLLOWUP_OUTCOMES = [
  'dokumen_dilengkapi',
  'dirujuk_bp3mi',
  'diserahkan_kepolisian',
  'paspor_ditarik',
  'tidak_hadir',
  'lainnya',
] as const;

/** One follow-up outcome. */
export type FollowupOutcome = (typeof FOLLOWUP_OUTCOMES)[number];

/** The receiving Kanim records the outcome of a forwarded matter. */
export function recordFollowup(
  id: string,
  input: { outcome: FollowupOutcome; note: string },
): Promise<Screening> {
  return request('POST', `/screenings/${encodeURIComponent(id)}/followup`, { body: input });
}

/** One side of a replay: the outcome, the score and the rules that fired. */
export interface ReplaySide {
  outcome: Outcome;
  score: number;
  ruleIds: string[];
}

/** Whether the stored result comes out the same with the recorded versions. */
export interface ReplayResult {
  screeningId: string;
  rulePackVersion: string;
  engineVersion: string;
  stored: ReplaySide;
  replayed: ReplaySide;
  same: boolean;
}

/** Re-evaluates a stored screening with its recorded rule-pack version (audited). */
export function replayScreening(id: string, breakGlassReason?: string): Promise<ReplayResult> {
  return request('GET', `/screenings/${encodeURIComponent(id)}/replay`, {
    query: { breakGlassReason },
  });
}

/** Screenings of the offices in scope, newest first. */
export async function listScreenings(
  query: { status?: DecisionStatus | ''; limit?: number } = {},
): Promise<ScreeningSummary[]> {
  const answer = await request<{ screenings: ScreeningSummary[] }>('GET', '/screenings', {
    query,
  });
  return answer.screenings;
}

/** Records the officer's decision. */
export function decideScreening(id: string, input: DecisionInput): Promise<Screening> {
  return request('POST', `/screenings/${encodeURIComponent(id)}/decision`, { body: input });
}

/** A supervisor approves or refuses an override. */
export function approveScreening(
  id: string,
  input: { approve: boolean; note?: string },
): Promise<Screening> {
  return request('POST', `/screenings/${encodeURIComponent(id)}/approval`, { body: input });
}

/** The supervisor's queue of overrides awaiting approval. */
export async function listApprovals(): Promise<ScreeningSummary[]> {
  const answer = await request<{ screenings: ScreeningSummary[] } | ScreeningSummary[]>(
    'GET',
    '/screenings/approvals',
  );
  return Array.isArray(answer) ? answer : answer.screenings;
}

/** Where the receipt PDF of a withheld passport downloads (a plain link: the cookie signs it). */
export function receiptUrl(id: string): string {
  return buildUrl(`/screenings/${encodeURIComponent(id)}/receipt.pdf`);
}
