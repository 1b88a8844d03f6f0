import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { listEvents, type EventFilters, type EventSummary } from '../../api/news.api.ts';
import { Link } from '../../app/router.tsx';
import { Badge } from '../../components/Badge.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { newsEventPath } from './news-paths.ts';
import { typeCodes, typeLabel } from './news-format.ts';

/** Pages loaded after the first, for the filters they were loaded with. */
interface MorePages {
  key: string;
  events: EventSummary[];
  total: number;
}

/**
 * The news inbox: events by type, region, date and text, newest first. The first page loads
 * with the filters; "Muat lebih banyak" appends the next page with the same filters, and a
 * change of filters starts again from the first page.
 */
export function NewsInbox(): ReactNode {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<Required<EventFilters>>({
    type: '',
    region: '',
    from: '',
    to: '',
    q: '',
  });
  const [filters, setFilters] = useState<EventFilters>({});
  const key = JSON.stringify(filters);
  const events = useLoad(() => listEvents(filters), [key]);
  const [more, setMore] = useState<MorePages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const table = useRef<HTMLTableSectionElement>(null);
  const extra = more?.key === key ? more : null;
  const loaded = (events.data?.events.length ?? 0) + (extra?.events.length ?? 0);
  const total = extra?.total ?? events.data?.total ?? 0;
  // Offsets can overlap when events arrive between pages: an event is listed once.
  const rows = dedupe([...(events.data?.events ?? []), ...(extra?.events ?? [])]);

  useEffect(() => {
    if (focusRow === null) return;
    table.current?.querySelectorAll<HTMLAnchorElement>('tr th a')[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);

  async function loadMore(): Promise<void> {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listEvents(filters, loaded);
      const before = rows.length;
      setMore({ key, events: [...(extra?.events ?? []), ...page.events], total: page.total });
      if (page.events.length > 0) setFocusRow(before);
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }
  const set = (key: keyof EventFilters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const problem = events.error as { fieldMessage?: (p: string) => string | undefined } | null;
  return (
    <div>
      <form
        className="filters"
        style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap', alignItems: 'flex-end' }}
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '')));
        }}
      >
        <SelectField
          label={t('news.filterType')}
          value={draft.type}
          onValue={set('type')}
          options={[
            { value: '', label: t('news.allTypes') },
            ...typeCodes().map((code) => ({ value: code, label: typeLabel(code, language) })),
          ]}
        />
        <TextField
          label={t('news.filterRegion')}
          hint={t('news.filterRegionHint')}
          value={draft.region}
          onValue={set('region')}
          error={problem?.fieldMessage?.('region')}
        />
        <TextField
          label={t('news.filterFrom')}
          type="date"
          value={draft.from}
          onValue={set('from')}
        />
        <TextField
          label={t('news.filterTo')}
          type="date"
          value={draft.to}
          onValue={set('to')}
          error={problem?.fieldMessage?.('to')}
        />
        <TextField label={t('news.filterQ')} value={draft.q} onValue={set('q')} />
        <button type="submit" className="button">
          {t('news.filterApply')}
        </button>
      </form>
      {events.error ? <LoadError error={events.error} onRetry={events.reload} /> : null}
      {!events.data && !events.error ? <p role="status">{t('common.loading')}</p> : null}
      {events.data && rows.length === 0 ? <p>{t('news.empty')}</p> : null}
      {events.data && rows.length > 0 ? (
        <>
          <p className="small muted" role="status" data-testid="news-inbox-count">
            {t('news.shown', { shown: rows.length, count: total })}
          </p>
          <div className="table-wrap">
            <table className="table" data-testid="news-inbox">
              <thead>
                <tr>
                  <th scope="col">{t('news.event')}</th>
                  <th scope="col">{t('news.date')}</th>
                  <th scope="col">{t('news.types')}</th>
                  <th scope="col">{t('news.places')}</th>
                  <th scope="col">{t('news.sources')}</th>
                </tr>
              </thead>
              <tbody ref={table}>
                {rows.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link to={newsEventPath(e.id)}>{e.title ?? t('news.untitled')}</Link>
                      <div>
                        {e.openLeads > 0 ? (
                          <Badge tone="info">{t('news.openLeads', { count: e.openLeads })}</Badge>
                        ) : null}{' '}
                        {e.conflictCount > 0 ? (
                          <Badge tone="warning">
                            {t('news.conflicts', { count: e.conflictCount })}
                          </Badge>
                        ) : null}
                      </div>
                    </th>
                    <td className="nowrap">{formatDate(e.date ?? e.firstPublished, language)}</td>
                    <td className="small">
                      {e.types.map((c) => typeLabel(c, language)).join(', ')}
                    </td>
                    <td className="small">
                      {e.places
                        .filter((p) => /^\d/.test(p.code))
                        .slice(0, 4)
                        .map((p) => p.name ?? p.code)
                        .join(', ')}
                    </td>
                    <td className="small">
                      {t('news.articles', { count: e.articleCount })}
                      {e.outlets.length > 0 ? ` · ${e.outlets.join(', ')}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {moreError ? <LoadError error={moreError} onRetry={() => void loadMore()} /> : null}
          {loaded < total ? (
            <div className="actions actions--start">
              <button
                type="button"
                className="button"
                disabled={loadingMore}
                onClick={() => void loadMore()}
              >
                {loadingMore ? t('common.loading') : t('news.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function dedupe(events: EventSummary[]): EventSummary[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id));
}
