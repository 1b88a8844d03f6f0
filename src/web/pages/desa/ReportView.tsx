import type { ReactNode } from 'react';
import { alertFromReport, fetchReport, proposeFromReport } from '../../api/desa.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/id.ts';
import { placeLine } from './desa-format.ts';
import { desaProfilePath, desaSectionPath, watchlistEntryPath } from './desa-paths.ts';

/**
 * One early-warning report with the people it names (reading it is audited) and what it became;
 * an analyst turns it into a watchlist proposal or an alert with one button each.
 */
export function ReportView({ id }: { id: string }): ReactNode {
  const { t, language } = useI18n();
  const { can, timeZone } = useSession();
  const { announce } = useAnnouncer();
  const report = useLoad(() => fetchReport(id), [id]);
  const action = useApiForm();

  async function handlePropose(): Promise<void> {
    const outcome = await action.run(() => proposeFromReport(id));
    if (!outcome.ok) return;
    announce(t('desa.proposed', { ref: outcome.value.outcome.watchlist.at(-1)?.refCode ?? '' }));
    report.reload();
  }

  async function handleAlert(): Promise<void> {
    const outcome = await action.run(() => alertFromReport(id));
    if (!outcome.ok) return;
    announce(t('desa.alerted'));
    report.reload();
  }

  if (report.error) {
    return (
      <section className="page">
        <h1>{t('desa.report')}</h1>
        <LoadError error={report.error} onRetry={report.reload} />
      </section>
    );
  }
  const r = report.data;
  if (!r) return <p role="status">{t('common.loading')}</p>;
  const open = r.outcome.watchlist.filter((e) => e.status !== 'rejected');
  return (
    <section className="page stack">
      <p>
        <Link to={desaSectionPath('laporan')}>{t('desa.tabReports')}</Link> ·{' '}
        <Link to={desaProfilePath(r.desaId)}>{r.desaName}</Link>
      </p>
      <h1>
        {t('desa.report')} {r.refCode}
      </h1>
      <dl className="facts">
        <dt>{t('desa.category')}</dt>
        <dd>{t(`desa.category.${r.category}`)}</dd>
        <dt>{t('desa.seenOn')}</dt>
        <dd>{formatDate(r.seenOn, language)}</dd>
        <dt>{t('desa.regionCode')}</dt>
        <dd>
          {r.region ? `${r.region.name} (${r.region.code}), ${placeLine(r.regionParents)}` : '—'}
          {r.placeNote ? ` · ${r.placeNote}` : ''}
        </dd>
        <dt>{t('desa.people')}</dt>
        <dd>
          <ul className="plain-list plain-list--tight">
            {r.people.map((p, i) => (
              <li key={i}>{[p.name, p.role, p.phone].filter(Boolean).join(' · ')}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('desa.narrative')}</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{r.narrative}</dd>
        <dt>{t('desa.reportedBy')}</dt>
        <dd>
          {r.reportedBy.fullName} · {formatDateTime(r.createdAt, language, timeZone)}
        </dd>
      </dl>
      <h2>{t('desa.outcome')}</h2>
      <ul className="plain-list" data-testid="report-outcome">
        {r.outcome.watchlist.map((e) => (
          <li key={e.id}>
            <Link to={watchlistEntryPath(e.id)}>
              {t('desa.becameProposal', {
                ref: e.refCode,
                status: t(`desa.entryStatus.${e.status}` as MessageKey),
              })}
            </Link>
          </li>
        ))}
        {r.outcome.alert ? (
          <li>
            {t('desa.becameAlert', {
              offices: r.outcome.alert.offices.map((o) => o.name).join(', '),
            })}{' '}
            ({formatDateTime(r.outcome.alert.at, language, timeZone)})
          </li>
        ) : null}
        {r.outcome.watchlist.length === 0 && !r.outcome.alert ? (
          <li>{t('desa.noOutcome')}</li>
        ) : null}
      </ul>
      <ProblemAlert error={action.error} />
      <div className="actions actions--start">
        {can('watchlist.propose') && open.length === 0 ? (
          <button
            type="button"
            className="button button--primary"
            disabled={action.busy}
            onClick={() => void handlePropose()}
          >
            {t('desa.propose')}
          </button>
        ) : null}
        {can('alert.respond') && !r.outcome.alert ? (
          <button
            type="button"
            className="button"
            disabled={action.busy}
            onClick={() => void handleAlert()}
          >
            {t('desa.alert')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
