import { useState } from 'react';
import type { ReactNode } from 'react';
import { listEvents, listLeads, type EventFilters, type NewsLead } from '../../api/news.api.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LeadCard } from './LeadCard.tsx';
import { NewsEventView } from './NewsEventView.tsx';
import { NewsFeedsView, NewsIngestView } from './NewsIngestView.tsx';
import { newsEventPath, newsSectionPath, type NewsSection } from './news-paths.ts';
import { typeCodes, typeLabel } from './news-format.ts';

/** News monitoring: the inbox, an event, ingestion, feeds and leads (chosen by the query). */
export function NewsPage(): ReactNode {
  const { search } = useLocation();
  const { can } = useSession();
  const event = search.get('peristiwa');
  if (event) return <NewsEventView id={event} />;
  const asked = search.get('bagian');
  const manage = can('news.manage');
  const section: NewsSection =
    asked === 'usulan' || (manage && (asked === 'masukkan' || asked === 'feed')) ? asked : 'kotak';
  return <NewsSections section={section} manage={manage} />;
}

function NewsSections({ section, manage }: { section: NewsSection; manage: boolean }): ReactNode {
  const { t } = useI18n();
  const tabs: { id: NewsSection; label: string }[] = [
    { id: 'kotak', label: t('news.tabInbox') },
    ...(manage
      ? [
          { id: 'masukkan' as const, label: t('news.tabIngest') },
          { id: 'feed' as const, label: t('news.tabFeeds') },
        ]
      : []),
    { id: 'usulan', label: t('news.tabLeads') },
  ];
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('news.title')}</h1>
      </div>
      <p className="muted">{t('news.intro')}</p>
      <nav aria-label={t('news.tabs')}>
        <ul className="badges" style={{ listStyle: 'none', padding: 0, gap: '1rem' }}>
          {tabs.map((tab) => (
            <li key={tab.id}>
              <Link
                to={newsSectionPath(tab.id)}
                aria-current={tab.id === section ? 'page' : undefined}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'kotak' ? <Inbox /> : null}
      {section === 'masukkan' ? <NewsIngestView /> : null}
      {section === 'feed' ? <NewsFeedsView /> : null}
      {section === 'usulan' ? <LeadList /> : null}
    </section>
  );
}

function Inbox(): ReactNode {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<Required<EventFilters>>({
    type: '',
    region: '',
    from: '',
    to: '',
    q: '',
  });
  const [filters, setFilters] = useState<EventFilters>({});
  const events = useLoad(() => listEvents(filters), [JSON.stringify(filters)]);
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
      {events.data && events.data.events.length === 0 ? <p>{t('news.empty')}</p> : null}
      {events.data && events.data.events.length > 0 ? (
        <>
          <p className="small muted">{t('news.total', { count: events.data.total })}</p>
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
              <tbody>
                {events.data.events.map((e) => (
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
        </>
      ) : null}
    </div>
  );
}

function LeadList(): ReactNode {
  const { t } = useI18n();
  const [status, setStatus] = useState<NewsLead['status'] | ''>('open');
  const leads = useLoad(() => listLeads(status || undefined), [status]);
  return (
    <div>
      <h2>{t('news.leadsTitle')}</h2>
      <SelectField
        label={t('news.leadsFilter')}
        value={status}
        onValue={(v) => setStatus(v as NewsLead['status'] | '')}
        options={[
          { value: 'open', label: t('news.lead.status.open') },
          { value: 'accepted', label: t('news.lead.status.accepted') },
          { value: 'rejected', label: t('news.lead.status.rejected') },
        ]}
      />
      {leads.error ? <LoadError error={leads.error} onRetry={leads.reload} /> : null}
      {leads.data?.leadsHidden ? (
        <p className="alert alert--neutral">{t('news.leadsHidden')}</p>
      ) : null}
      {leads.data && leads.data.leads.length === 0 ? <p>{t('news.noLeads')}</p> : null}
      <ul style={{ padding: 0 }}>
        {leads.data?.leads.map((lead) => (
          <li key={lead.id} style={{ listStyle: 'none' }}>
            <p className="small">
              <Link to={newsEventPath(lead.eventId)}>{lead.eventTitle ?? t('news.untitled')}</Link>
            </p>
            <ul style={{ padding: 0 }}>
              <LeadCard lead={lead} onChanged={leads.reload} />
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
