import { describe, expect, it } from 'vitest';
import {
  HISTORY_PAGE_SIZE,
  NO_FILTERS,
  followUpState,
  historyApiQuery,
  historyDetailPath,
  historySearchPath,
  queryFieldError,
  readHistorySearch,
  replayDifferences,
  type HistoryFilters,
} from './history-query.ts';

const FILTERS: HistoryFilters = {
  ...NO_FILTERS,
  from: '2026-11-01',
  to: '2026-11-30',
  recommendation: 'TUNDA',
  kind: 'departure_check',
  officeId: '6f1c2b9e-1111-4c3d-9e8f-000000000001',
  q: ' Siti & Nur ',
};

describe('the history filters in the address bar', () => {
  it('leave out empty filters and page 1, and escape free text', () => {
    expect(historySearchPath(NO_FILTERS)).toBe('/riwayat-pemeriksaan');
    expect(historySearchPath(NO_FILTERS, 3)).toBe('/riwayat-pemeriksaan?page=3');
    expect(historySearchPath(FILTERS, 2)).toBe(
      '/riwayat-pemeriksaan?from=2026-11-01&to=2026-11-30&recommendation=TUNDA' +
        '&kind=departure_check&officeId=6f1c2b9e-1111-4c3d-9e8f-000000000001' +
        '&q=Siti+%26+Nur&page=2',
    );
  });

  it('read back what they wrote', () => {
    const path = historySearchPath(FILTERS, 4);
    const read = readHistorySearch(new URLSearchParams(path.split('?')[1]));
    expect(read).toEqual({ filters: { ...FILTERS, q: 'Siti & Nur' }, page: 4 });
  });

  it('drop unknown choices and a page that is not a positive whole number', () => {
    const read = readHistorySearch(
      new URLSearchParams('recommendation=MAYBE&status=lost&kind=visa&decision=TOLAK&page=-2'),
    );
    expect(read.filters).toEqual({ ...NO_FILTERS, decision: 'TOLAK' });
    expect(read.page).toBe(1);
    expect(readHistorySearch(new URLSearchParams('page=1.5')).page).toBe(1);
    expect(readHistorySearch(new URLSearchParams('page=abc')).page).toBe(1);
  });

  it('keep a wrongly typed date for the API to name', () => {
    const read = readHistorySearch(new URLSearchParams('from=2026-02-30'));
    expect(historyApiQuery(read.filters, 1).from).toBe('2026-02-30');
  });
});

describe('the API query of a history page', () => {
  it('asks for one line more than a page and skips the earlier pages', () => {
    expect(historyApiQuery(NO_FILTERS, 1)).toEqual({ limit: HISTORY_PAGE_SIZE + 1, offset: 0 });
    expect(historyApiQuery(NO_FILTERS, 3)).toEqual({
      limit: HISTORY_PAGE_SIZE + 1,
      offset: 2 * HISTORY_PAGE_SIZE,
    });
  });

  it('sends only the filters set, trimmed', () => {
    expect(historyApiQuery(FILTERS, 1)).toEqual({
      limit: HISTORY_PAGE_SIZE + 1,
      offset: 0,
      from: '2026-11-01',
      to: '2026-11-30',
      recommendation: 'TUNDA',
      kind: 'departure_check',
      officeId: FILTERS.officeId,
      q: 'Siti & Nur',
    });
  });

  it('finds the message of a query field in a problem', () => {
    const problem = {
      fieldErrors: [
        { path: 'querystring.to', message: 'The end date may not be before the start date.' },
      ],
    };
    expect(queryFieldError(problem, 'to')).toBe('The end date may not be before the start date.');
    expect(queryFieldError(problem, 'from')).toBeUndefined();
    expect(queryFieldError(null, 'to')).toBeUndefined();
  });

  it('builds the detail path with the id escaped', () => {
    expect(historyDetailPath('a/b')).toBe('/riwayat-pemeriksaan/a%2Fb');
  });
});

describe('where the matter of a screening stands', () => {
  const base = {
    decision: 'TUNDA' as const,
    decisionStatus: 'final' as const,
    tundaDeadline: '2026-12-26',
    tundaClosedAt: null,
    forwardedToOfficeId: null,
    followupOutcome: null,
  };

  it.each([
    ['a final TUNDA before its deadline', base, 'running'],
    ['a TUNDA forwarded by a checkpoint', { ...base, forwardedToOfficeId: 'kanim' }, 'forwarded'],
    [
      'a forwarded TUNDA with its follow-up',
      { ...base, forwardedToOfficeId: 'kanim', followupOutcome: 'dirujuk_bp3mi' },
      'recorded',
    ],
    [
      'a TUNDA closed after its deadline',
      { ...base, tundaClosedAt: '2026-12-27T00:00:00Z' },
      'closed',
    ],
    [
      'a TUNDA awaiting approval',
      { ...base, decisionStatus: 'awaiting_approval' as const },
      'none',
    ],
    ['a LANJUT', { ...base, decision: 'LANJUT' as const, tundaDeadline: null }, 'none'],
    ['no decision yet', { ...base, decision: null, decisionStatus: 'open' as const }, 'none'],
  ])('%s: %s', (_name, row, state) => {
    expect(followUpState(row)).toBe(state);
  });
});

describe('the differences of a replay', () => {
  const side = { outcome: 'TUNDA' as const, score: 0.8123, ruleIds: ['R1', 'R2'] };

  it('finds none when the replay matches to the stored precision', () => {
    expect(replayDifferences({ stored: side, replayed: { ...side, score: 0.81234 } })).toEqual([]);
  });

  it('names the outcome, the score and each rule that changed', () => {
    expect(
      replayDifferences({
        stored: side,
        replayed: { outcome: 'WAWANCARA', score: 0.5, ruleIds: ['R2', 'R3'] },
      }),
    ).toEqual([
      { kind: 'outcome', stored: 'TUNDA', replayed: 'WAWANCARA' },
      { kind: 'score', stored: 0.8123, replayed: 0.5 },
      { kind: 'ruleMissing', ruleId: 'R1' },
      { kind: 'ruleAdded', ruleId: 'R3' },
    ]);
  });

  it('names the same rules firing in another order', () => {
    expect(
      replayDifferences({ stored: side, replayed: { ...side, ruleIds: ['R2', 'R1'] } }),
    ).toEqual([{ kind: 'ruleOrder' }]);
  });
});
