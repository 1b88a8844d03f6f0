import { useState } from 'react';
import type { ReactNode } from 'react';
import { listLeads, type NewsLead } from '../../api/news.api.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { SelectField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LeadCard } from './LeadCard.tsx';
import { NewsInbox } from './NewsInbox.tsx';
import { NewsEventView } from './NewsEventView.tsx';
import { NewsFeedsView, NewsIngestView } from './NewsIngestView.tsx';
import { newsEventPath, newsSectionPath, type NewsSection } from './news-paths.ts';

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
      {section === 'kotak' ? <NewsInbox /> : null}
      {section === 'masukkan' ? <NewsIngestView /> : null}
      {section === 'feed' ? <NewsFeedsView /> : null}
      {section === 'usulan' ? <LeadList /> : null}
    </section>
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
