import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { fetchScope, flattenOffices, listOffices } from '../../api/org.api.ts';
import {
  OUTCOME_ORDER,
  listScreeningHistory,
  type DecisionStatus,
  type Outcome,
  type ScreeningKind,
} from '../../api/screening.api.ts';
import { navigate, useLocation } from '../../app/router.tsx';
import { SelectField, TextField, type Option } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import {
  HISTORY_PAGE_SIZE,
  NO_FILTERS,
  historyApiQuery,
  historySearchPath,
  queryFieldError,
  readHistorySearch,
  type HistoryFilters,
} from './history-query.ts';
import '../screening/screening.css';

const STATUSES: readonly DecisionStatus[] = [
  'open',
  'awaiting_approval',
  'final',
  'rejected_by_supervisor',
];
const KINDS: readonly ScreeningKind[] = ['passport_application', 'departure_check'];

/** The offices a user may pick: those of their scope, or every Kanim and TPI for a national one. */
async function loadScopeOffices(): Promise<Option[]> {
  const scope = await fetchScope('screening_decisions');
  const offices = scope.all
    ? flattenOffices(await listOffices()).map(({ office }) => office)
    : scope.offices;
  return offices
    .filter((o) => o.kind === 'kanim' || o.kind === 'tpi')
    .map((o) => ({ value: o.id, label: o.name }));
}

/**
 * Riwayat pemeriksaan: past screenings of the offices in scope, filtered from the address bar
 * (so a filtered list survives opening a detail and coming back), one page at a time.
 */
export function HistoryPage(): ReactNode {
  const { t } = useI18n();
  const { search } = useLocation();
  const { filters, page } = readHistorySearch(search);
  const key = historySearchPath(filters, page);
  const list = useLoad(() => listScreeningHistory(historyApiQuery(filters, page)), [key]);
  const offices = useLoad(loadScopeOffices, []);
  const [draft, setDraft] = useState<HistoryFilters>(filters);
  useEffect(() => setDraft(filters), [key]);

  const problem = list.error instanceof ApiError ? list.error : null;
  const rows = list.data?.slice(0, HISTORY_PAGE_SIZE) ?? [];
  const hasMore = (list.data?.length ?? 0) > HISTORY_PAGE_SIZE;

  function set<K extends keyof HistoryFilters>(name: K, value: HistoryFilters[K]): void {
    setDraft((previous) => ({ ...previous, [name]: value }));
  }

  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    navigate(historySearchPath(draft));
  }

  function handleReset(): void {
    setDraft(NO_FILTERS);
    navigate(historySearchPath(NO_FILTERS));
  }

  const outcomeOptions = [
    { value: '', label: t('common.all') },
    ...OUTCOME_ORDER.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
  ];

  return (
    <section className="page page--wide">
      <h1>{t('history.title')}</h1>
      <p className="muted">{t('history.intro')}</p>
      <form
        className="filters"
        role="search"
        aria-label={t('history.filters')}
        onSubmit={handleSubmit}
        noValidate
      >
        <TextField
          label={t('history.from')}
          type="date"
          name="from"
          value={draft.from}
          onValue={(v) => set('from', v)}
          hint={t('history.dateHint')}
          error={queryFieldError(problem, 'from')}
        />
        <TextField
          label={t('history.to')}
          type="date"
          name="to"
          value={draft.to}
          onValue={(v) => set('to', v)}
          error={queryFieldError(problem, 'to')}
        />
        <SelectField
          label={t('history.recommendation')}
          name="recommendation"
          value={draft.recommendation}
          onValue={(v) => set('recommendation', v as Outcome | '')}
          options={outcomeOptions}
          error={queryFieldError(problem, 'recommendation')}
        />
        <SelectField
          label={t('history.decision')}
          name="decision"
          value={draft.decision}
          onValue={(v) => set('decision', v as Outcome | '')}
          options={outcomeOptions}
          error={queryFieldError(problem, 'decision')}
        />
        <SelectField
          label={t('history.status')}
          name="status"
          value={draft.status}
          onValue={(v) => set('status', v as DecisionStatus | '')}
          options={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`decisionStatus.${s}`) })),
          ]}
          error={queryFieldError(problem, 'status')}
        />
        <SelectField
          label={t('history.kind')}
          name="kind"
          value={draft.kind}
          onValue={(v) => set('kind', v as ScreeningKind | '')}
          options={[
            { value: '', label: t('common.all') },
            ...KINDS.map((k) => ({ value: k, label: t(`screening.kind.${k}`) })),
          ]}
          error={queryFieldError(problem, 'kind')}
        />
        <SelectField
          label={t('history.office')}
          name="officeId"
          value={draft.officeId}
          onValue={(v) => set('officeId', v)}
          options={[{ value: '', label: t('common.all') }, ...(offices.data ?? [])]}
          error={queryFieldError(problem, 'officeId')}
        />
        <TextField
          label={t('history.q')}
          type="search"
          name="q"
          value={draft.q}
          onValue={(v) => set('q', v)}
          hint={t('history.qHint')}
          error={queryFieldError(problem, 'q')}
        />
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {t('history.apply')}
          </button>
          <button type="button" className="button" onClick={handleReset}>
            {t('history.reset')}
          </button>
        </div>
      </form>

      {problem ? (
        <ProblemAlert error={problem} />
      ) : list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : null}
      {list.loading && !list.data ? <p role="status">{t('common.loading')}</p> : null}
      {list.data && !list.error && rows.length === 0 ? (
        <p role="status">{t('history.empty')}</p>
      ) : null}
      {rows.length > 0 && !list.error ? <HistoryTable rows={rows} page={page} /> : null}
      {!list.error && (page > 1 || hasMore) ? (
        <nav className="actions actions--start" aria-label={t('history.pages')}>
          <button
            type="button"
            className="button"
            disabled={page <= 1}
            onClick={() => navigate(historySearchPath(filters, page - 1))}
          >
            {t('history.previous')}
          </button>
          <span className="muted" aria-current="page">
            {t('history.page', { page })}
          </span>
          <button
            type="button"
            className="button"
            disabled={!hasMore}
            onClick={() => navigate(historySearchPath(filters, page + 1))}
          >
            {t('history.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
