import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { fetchDesa, fetchProfile, profilePdfUrl, type Profile } from '../../api/desa.api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActivityDialog } from './ActivityDialog.tsx';
import { EditDesaDialog } from './EditDesaDialog.tsx';
import { formedLabel } from './desa-format.ts';
import { DESA_PATH, desaReportPath } from './desa-paths.ts';
import { ReportDialog } from './ReportDialog.tsx';

const LEVEL_LABELS: Record<string, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
  desa: 'Desa',
  kelurahan: 'Kelurahan',
};

/** One village: official identity, decree, PIMPASA, contacts, activities, reports and hotspot figures. */
export function DesaProfileView({ id }: { id: string }): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [dialog, setDialog] = useState<'activity' | 'report' | 'edit' | null>(null);
  const profile = useLoad(() => fetchProfile(id, period), [id, period.from, period.to]);
  const detail = useLoad(() => fetchDesa(id), [id]);

  function handlePeriod(event: FormEvent): void {
    event.preventDefault();
    setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }

  if (profile.error) {
    return (
      <section className="page">
        <h1>{t('desa.profile')}</h1>
        <LoadError error={profile.error} onRetry={profile.reload} />
      </section>
    );
  }
  const data: Profile | undefined = profile.data;
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const { desa } = data;
  return (
    <section className="page stack">
      <p>
        <Link to={DESA_PATH}>{t('desa.backToList')}</Link>
      </p>
      <div className="page__head">
        <h1>
          {LEVEL_LABELS[desa.region.level] ?? ''} {desa.region.name}{' '}
          <span className="muted">{desa.region.code}</span>
        </h1>
        <div className="actions">
          {can('desa.manage') && detail.data ? (
            <button type="button" className="button" onClick={() => setDialog('edit')}>
              {t('desa.edit')}
            </button>
          ) : null}
          <a className="button" href={profilePdfUrl(id, period)} download>
            {t('desa.pdf')}
          </a>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('desa.officialName')}</dt>
        <dd data-testid="official-name">
          {LEVEL_LABELS[desa.region.level] ?? ''} {desa.region.name} ({desa.region.code})
        </dd>
        {desa.parents.map((p) => (
          <FactRow
            key={p.code}
            label={LEVEL_LABELS[p.level] ?? p.level}
            value={`${p.name} (${p.code})`}
          />
        ))}
        <dt>{t('desa.asWritten')}</dt>
        <dd>{desa.nameAsWritten}</dd>
        <dt>{t('desa.office')}</dt>
        <dd>{desa.office.name}</dd>
        <dt>{t('desa.skNumber')}</dt>
        <dd>{desa.skNumber ?? t('desa.notRecorded')}</dd>
        <dt>{t('desa.skDate')}</dt>
        <dd>{formatDate(desa.skDate, language)}</dd>
        <dt>{t('desa.formedOn')}</dt>
        <dd>{formedLabel(desa, language)}</dd>
        <dt>{t('desa.status')}</dt>
        <dd>{t(`desa.status.${desa.status}`)}</dd>
        <dt>{t('desa.criteria')}</dt>
        <dd>{desa.criteria.map((c) => t(`desa.criterion.${c}`)).join('; ') || '—'}</dd>
        <dt>{t('desa.pimpasa')}</dt>
        <dd>{desa.pimpasa.map((p) => p.fullName).join(', ') || t('desa.noPimpasa')}</dd>
        <dt>{t('desa.contacts')}</dt>
        <dd>
          {detail.data && detail.data.contacts.length > 0
            ? detail.data.contacts
                .map((c) => `${c.name} (${c.role})${c.phone ? ` ${c.phone}` : ''}`)
                .join('; ')
            : '—'}
        </dd>
        {desa.notes ? <FactRow label={t('desa.notes')} value={desa.notes} /> : null}
        {desa.sourceReference ? (
          <FactRow label={t('desa.source')} value={desa.sourceReference} />
        ) : null}
      </dl>

      <form className="filters grid grid--2" onSubmit={handlePeriod} aria-label={t('desa.period')}>
        <TextField label={t('desa.from')} type="date" value={from} onValue={setFrom} />
        <TextField label={t('desa.to')} type="date" value={to} onValue={setTo} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('desa.apply')}
          </button>
        </div>
      </form>
      <p className="muted">
        {t('desa.period')}: {formatDate(data.period.from, language)} –{' '}
        {formatDate(data.period.to, language)}
      </p>

      <div className="page__head">
        <h2>{t('desa.activities')}</h2>
        {can('desa.manage') ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setDialog('activity')}
          >
            {t('desa.logActivity')}
          </button>
        ) : null}
      </div>
      <p>
        {t('desa.participantTotal')}: {data.activities.participantTotal} · {t('desa.sex.L')}{' '}
        {sumOf(data.activities.participants.L)} · {t('desa.sex.P')}{' '}
        {sumOf(data.activities.participants.P)}
      </p>
      {data.activities.list.length === 0 ? (
        <p>{t('desa.noActivities')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('desa.activityDate')}</th>
                <th scope="col">{t('desa.activityKind')}</th>
                <th scope="col">{t('desa.topic')}</th>
                <th scope="col">{t('desa.participantTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {data.activities.list.map((a) => (
                <tr key={a.id}>
                  <td className="nowrap">{formatDate(a.date, language)}</td>
                  <td>{t(`desa.kind.${a.kind}`)}</td>
                  <th scope="row">{a.topic}</th>
                  <td>{a.participantTotal}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="page__head">
        <h2>{t('desa.reports')}</h2>
        {can('report.create') ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setDialog('report')}
          >
            {t('desa.fileReport')}
          </button>
        ) : null}
      </div>
      {data.reports.length === 0 ? (
        <p>{t('desa.noReports')}</p>
      ) : (
        <ul className="plain-list">
          {data.reports.map((r) => (
            <li key={r.id}>
              <Link to={desaReportPath(r.id)}>{r.refCode}</Link> ·{' '}
              {t(`desa.category.${r.category}`)} · {formatDate(r.seenOn, language)} ·{' '}
              {r.outcome.watchlist.map((e) => e.refCode).join(', ') ||
                (r.outcome.alert ? t('desa.alerted') : t('desa.noOutcome'))}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('desa.hotspotFigures')}</h2>
      <dl className="facts">
        <FactRow label={t('desa.villageFigures')} value={figures(t, data.hotspot.village)} />
        <FactRow label={t('desa.districtFigures')} value={figures(t, data.hotspot.district)} />
      </dl>

      {dialog === 'activity' ? (
        <ActivityDialog
          desaId={id}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            profile.reload();
          }}
        />
      ) : null}
      {dialog === 'edit' && detail.data ? (
        <EditDesaDialog
          desa={detail.data}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            profile.reload();
            detail.reload();
          }}
        />
      ) : null}
      {dialog === 'report' ? (
        <ReportDialog
          desaId={id}
          defaultRegionCode={desa.region.code}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            profile.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function FactRow({ label, value }: { label: string; value: string }): ReactNode {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function sumOf(group: { u18: number; a18_25: number; a26_45: number; o45: number }): number {
  return group.u18 + group.a18_25 + group.a26_45 + group.o45;
}

function figures(
  t: ReturnType<typeof useI18n>['t'],
  c: { screened: number; tunda: number; tolak: number; matched: number },
): string {
  return `${t('desa.screened')} ${c.screened} · ${t('desa.tunda')} ${c.tunda} · ${t('desa.tolak')} ${c.tolak} · ${t('desa.matched')} ${c.matched}`;
}
