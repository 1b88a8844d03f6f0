import { useState } from 'react';
import type { ReactNode } from 'react';
import { getEvent, type EventDetail, type FactSpan, type Sourced } from '../../api/news.api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { newsNumberLabel } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { HighlightedText, SPAN_STYLES } from './HighlightedText.tsx';
import { LeadCard } from './LeadCard.tsx';
import { NewLeadDialog } from './NewLeadDialog.tsx';
import { newsEventPath, NEWS_PATH } from './news-paths.ts';
import { typeLabel } from './news-format.ts';

const KINDS: FactSpan['kind'][] = ['office', 'place', 'date', 'person', 'number'];

/** The event page: merged facts with their sources, conflicts, leads and each article's marked text. */
export function NewsEventView({ id }: { id: string }): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [proposing, setProposing] = useState(false);
  const loaded = useLoad(() => getEvent(id), [id]);
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <p role="status">{t('common.loading')}</p>;
  const { event, articles, leads, leadsHidden } = loaded.data;
  const outletOf = new Map(articles.map((a, i) => [a.id, `${i + 1}. ${a.outlet ?? a.sourceName}`]));
  const who = (ids: string[]): string => ids.map((i) => outletOf.get(i) ?? '?').join('; ');
  const kindLabel = (kind: FactSpan['kind']): string => t(`news.kind.${kind}`);
  return (
    <section className="page">
      <p>
        <Link to={NEWS_PATH}>{t('news.back')}</Link>
      </p>
      <div className="page__head">
        <h1>{event.title ?? t('news.untitled')}</h1>
        {can('news.manage') && can('watchlist.propose') ? (
          <button type="button" className="button" onClick={() => setProposing(true)}>
            {t('news.lead.new')}
          </button>
        ) : null}
      </div>
      <p>
        {t('news.eventDate')}:{' '}
        <strong>{event.date ? formatDate(event.date, language) : t('news.noDate')}</strong>
        {' · '}
        {event.types.map((code) => typeLabel(code, language)).join(', ')}
        {' · '}
        {t('news.articles', { count: event.articleCount })}
      </p>
      <p className="small">
        {t('news.places')}: {event.places.map((p) => `${p.name ?? p.code} (${p.code})`).join(', ')}
      </p>

      <h2>{t('news.leads')}</h2>
      {leadsHidden ? <p className="alert alert--neutral">{t('news.leadsHidden')}</p> : null}
      {leads.length === 0 ? (
        <p>{t('news.noLeads')}</p>
      ) : (
        <ul style={{ padding: 0 }}>
          {leads.map((lead) => (
            <LeadCard key={lead.id} lead={lead} onChanged={loaded.reload} />
          ))}
        </ul>
      )}

      <h2>{t('news.mergedFacts')}</h2>
      <FactsTable detail={loaded.data} who={who} />

      <h2>{t('news.conflictTitle')}</h2>
      {event.conflicts.length === 0 ? (
        <p>{t('news.noConflicts')}</p>
      ) : (
        <ul data-testid="conflicts">
          {event.conflicts.map((c) => (
            <li key={`${c.kind}:${c.field}`}>
              <strong>{c.field}</strong>:{' '}
              {c.values.map((v) => `${String(v.value)} (${who(v.articleIds)})`).join(' ≠ ')}
            </li>
          ))}
        </ul>
      )}

      {event.related.length > 0 ? (
        <>
          <h2>{t('news.related')}</h2>
          <ul>
            {event.related.map((r) => (
              <li key={r.id}>
                <Link to={newsEventPath(r.id)}>{r.title ?? t('news.untitled')}</Link>
                {r.date ? ` (${formatDate(r.date, language)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('news.sourceArticles')}</h2>
      <p className="small" aria-label={t('news.legend')}>
        {KINDS.map((kind) => (
          <span
            key={kind}
            style={{ ...SPAN_STYLES[kind], marginRight: '0.75rem', padding: '0 4px' }}
          >
            {kindLabel(kind)}
          </span>
        ))}
      </p>
      {articles.map((article, i) => (
        <article
          key={article.id}
          className="card"
          style={{ marginBottom: '1.5rem' }}
          data-testid="news-article"
        >
          <h3>
            {i + 1}. {article.title ?? t('news.untitled')}
          </h3>
          <p className="small muted">
            {article.outlet ?? t('news.unknownOutlet')}
            {article.published
              ? ` · ${t('news.published', { date: formatDate(article.published, language) })}`
              : ''}
            {' · '}
            {article.url ? (
              <a href={article.url} rel="noreferrer noopener" target="_blank">
                {t('news.openSource')}
              </a>
            ) : (
              article.sourceName
            )}
          </p>
          <HighlightedText text={article.text} spans={article.spans} kindLabel={kindLabel} />
        </article>
      ))}
      {proposing ? (
        <NewLeadDialog
          eventId={event.id}
          onClose={() => setProposing(false)}
          onCreated={() => {
            setProposing(false);
            loaded.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function FactsTable({
  detail,
  who,
}: {
  detail: EventDetail;
  who: (ids: string[]) => string;
}): ReactNode {
  const { t, language } = useI18n();
  const rows: { group: string; value: string; sources: Sourced<unknown>['articleIds'] }[] = [
    ...detail.event.facts.offices.map((f) => ({
      group: t('news.offices'),
      value: f.value.name,
      sources: f.articleIds,
    })),
    ...detail.event.facts.persons.map((f) => ({
      group: t('news.persons'),
      value: f.value.role ? `${f.value.name} — ${f.value.role}` : f.value.name,
      sources: f.articleIds,
    })),
    ...detail.event.facts.numbers.map((f) => ({
      group: t('news.numbers'),
      value: newsNumberLabel(f.value.kind, f.value.value, language),
      sources: f.articleIds,
    })),
    ...detail.event.facts.dates.map((f) => ({
      group: t('news.dates'),
      value: f.value,
      sources: f.articleIds,
    })),
  ];
  return (
    <div className="table-wrap">
      <table className="table" data-testid="merged-facts">
        <thead>
          <tr>
            <th scope="col">{t('news.types')}</th>
            <th scope="col">{t('news.mergedFacts')}</th>
            <th scope="col">{t('news.whoSays')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{row.group}</td>
              <th scope="row">{row.value}</th>
              <td>{who(row.sources)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
