import {
  OUTCOME_ORDER,
  type DecisionStatus,
  type Outcome,
  type ReplayResult,
  type ScreeningKind,
  type ScreeningListQuery,
  type ScreeningSummary,
} from '../../api/screening.api.ts';

/** The list path of the history page. */
export const HISTORY_PATH = '/riwayat-pemeriksaan';

/** Lines on one page of the history. */
export const HISTORY_PAGE_SIZE = 25;

/** The path of one screening's detail in the history. */
export function historyDetailPath(id: string): string {
  return `${HISTORY_PATH}/${encodeURIComponent(id)}`;
}

/** The filters a user sets on the history page; '' means no filter. */
export interface HistoryFilters {
  from: string;
  to: string;
  recommendation: Outcome | '';
  decision: Outcome | '';
  status: DecisionStatus | '';
  kind: ScreeningKind | '';
  officeId: string;
  q: string;
}

/** No filter at all. */
export const NO_FILTERS: HistoryFilters = {
  from: '',
  to: '',
  recommendation: '',
  decision: '',
  status: '',
  kind: '',
  officeId: '',
  q: '',
};

const STATUSES: readonly DecisionStatus[] = [
  'open',
  'final',
  'awaiting_approval',
  'rejected_by_supervisor',
];
const KINDS: readonly ScreeningKind[] = ['passport_application', 'departure_check'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/**
 * The filters and page of the history from the address bar, so a filtered list can be shared,
 * reloaded and returned to; unknown values are dropped, free text is passed on for the API to
 * judge (it names the field when a date is wrong).
 */
export function readHistorySearch(search: URLSearchParams): {
  filters: HistoryFilters;
  page: number;
} {
  const page = Number(search.get('page') ?? '1');
  return {
    filters: {
      from: search.get('from')?.trim() ?? '',
      to: search.get('to')?.trim() ?? '',
      recommendation: oneOf(search.get('recommendation'), OUTCOME_ORDER),
      decision: oneOf(search.get('decision'), OUTCOME_ORDER),
      status: oneOf(search.get('status'), STATUSES),
      kind: oneOf(search.get('kind'), KINDS),
      officeId: search.get('officeId')?.trim() ?? '',
      q: search.get('q')?.trim() ?? '',
    },
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of the history with these filters and page (empty filters and page 1 left out). */
export function historySearchPath(filters: HistoryFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [keyof HistoryFilters, string][]) {
    const trimmed = value.trim();
    if (trimmed) params.set(key, trimmed);
  }
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${HISTORY_PATH}?${search}` : HISTORY_PATH;
}

/**
 * The API query of one page: one line more than the page shows, so the page knows whether a
 * next one exists without counting every match.
 */
export function historyApiQuery(filters: HistoryFilters, page: number): ScreeningListQuery {
  const query: ScreeningListQuery = {
    limit: HISTORY_PAGE_SIZE + 1,
    offset: (page - 1) * HISTORY_PAGE_SIZE,
  };
  if (filters.from.trim()) query.from = filters.from.trim();
  if (filters.to.trim()) query.to = filters.to.trim();
  if (filters.recommendation) query.recommendation = filters.recommendation;
  if (filters.decision) query.decision = filters.decision;
  if (filters.status) query.status = filters.status;
  if (filters.kind) query.kind = filters.kind;
  if (filters.officeId.trim()) query.officeId = filters.officeId.trim();
  if (filters.q.trim()) query.q = filters.q.trim();
  return query;
}

/** Where the matter of a screening stands after its decision. */
export type FollowUpState = 'none' | 'running' | 'forwarded' | 'recorded' | 'closed';

/**
 * A final TUNDA runs until its deadline (closed by the job after it); at a checkpoint it is
 * forwarded to the issuing Kanim until that Kanim records the follow-up.
 */
export function followUpState(
  row: Pick<
    ScreeningSummary,
    | 'decision'
    | 'decisionStatus'
    | 'tundaClosedAt'
    | 'followupOutcome'
    | 'forwardedToOfficeId'
    | 'tundaDeadline'
  >,
): FollowUpState {
  if (row.followupOutcome) return 'recorded';
  if (row.decision !== 'TUNDA' || row.decisionStatus !== 'final') return 'none';
  if (row.tundaClosedAt) return 'closed';
  if (row.forwardedToOfficeId) return 'forwarded';
  return 'running';
}

/** One way a replay differs from the stored result. */
export type ReplayDifference =
  | { kind: 'outcome'; stored: Outcome; replayed: Outcome }
  | { kind: 'score'; stored: number; replayed: number }
  | { kind: 'ruleMissing'; ruleId: string }
  | { kind: 'ruleAdded'; ruleId: string }
  | { kind: 'ruleOrder' };

/**
 * What changed between the stored result and its replay: the outcome, the score (to the stored
 * precision, as the server compares it), rules no longer firing, rules firing anew, and the
 * same rules in another order.
 */
export function replayDifferences(
  result: Pick<ReplayResult, 'stored' | 'replayed'>,
): ReplayDifference[] {
  const { stored, replayed } = result;
  const out: ReplayDifference[] = [];
  if (stored.outcome !== replayed.outcome) {
    out.push({ kind: 'outcome', stored: stored.outcome, replayed: replayed.outcome });
  }
  if (Math.abs(stored.score - replayed.score) >= 1e-3) {
    out.push({ kind: 'score', stored: stored.score, replayed: replayed.score });
  }
  for (const ruleId of stored.ruleIds) {
    if (!replayed.ruleIds.includes(ruleId)) out.push({ kind: 'ruleMissing', ruleId });
  }
  for (const ruleId of replayed.ruleIds) {
    if (!stored.ruleIds.includes(ruleId)) out.push({ kind: 'ruleAdded', ruleId });
  }
  // The server compares the rules in order: the same rules in another order also differ.
  const sameSet = !out.some((d) => d.kind === 'ruleMissing' || d.kind === 'ruleAdded');
  if (sameSet && stored.ruleIds.join() !== replayed.ruleIds.join()) out.push({ kind: 'ruleOrder' });
  return out;
}

/** The message of a list-query field in a problem, e.g. `querystring.to` for the end date. */
export function queryFieldError(
  error: { fieldErrors: { path: string; message: string }[] } | null,
  field: keyof HistoryFilters | 'breakGlassReason',
): string | undefined {
  return error?.fieldErrors.find((e) => e.path === `querystring.${field}` || e.path === field)
    ?.message;
}
