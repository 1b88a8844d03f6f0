import { useState } from 'react';
import type { ReactNode } from 'react';
import { listDesa, listReports, type DesaSummary } from '../../api/desa.api.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DesaProfileView } from './DesaProfileView.tsx';
import { formedLabel, placeLine } from './desa-format.ts';
import { desaProfilePath, desaReportPath, desaSectionPath } from './desa-paths.ts';
import { HotspotView } from './HotspotView.tsx';
import { RegisterDesaDialog } from './RegisterDesaDialog.tsx';
import { ReportView } from './ReportView.tsx';

type Section = 'daftar' | 'laporan' | 'hotspot';

/** Desa Binaan: the village list, a village's profile, reports and hotspots (chosen by the query). */
export function DesaPage(): ReactNode {
  const { search } = useLocation();
  const id = search.get('id');
  const report = search.get('laporan');
  if (report) return <ReportView id={report} />;
  if (id) return <DesaProfileView id={id} />;
  const asked = search.get('bagian');
  const section: Section = asked === 'laporan' || asked === 'hotspot' ? asked : 'daftar';
  return <DesaSections section={section} />;
}

function DesaSections({ section }: { section: Section }): ReactNode {
  const { t } = useI18n();
  const { can } = useSession();
  const [registering, setRegistering] = useState(false);
  const tabs: { id: Section; label: string }[] = [
    { id: 'daftar', label: t('desa.tabList') },
    { id: 'laporan', label: t('desa.tabReports') },
    { id: 'hotspot', label: t('desa.tabHotspots') },
  ];
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('desa.title')}</h1>
        {can('desa.manage') && section === 'daftar' ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setRegistering(true)}
          >
            {t('desa.register')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('desa.intro')}</p>
      <nav aria-label={t('desa.tabs')}>
        <ul className="badges" style={{ listStyle: 'none', padding: 0, gap: '1rem' }}>
          {tabs.map((tab) => (
            <li key={tab.id}>
              <Link
                to={desaSectionPath(tab.id)}
                aria-current={tab.id === section ? 'page' : undefined}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'daftar' ? <DesaList /> : null}
      {section === 'laporan' ? <ReportList /> : null}
      {section === 'hotspot' ? <HotspotView /> : null}
      {registering ? (
        <RegisterDesaDialog
          onClose={() => setRegistering(false)}
          onRegistered={(desa) => {
            setRegistering(false);
            navigate(desaProfilePath(desa.id));
          }}
        />
      ) : null}
    </section>
  );
}

function DesaList(): ReactNode {
  const { t, language } = useI18n();
  const villages = useLoad(listDesa, []);
  if (villages.error) return <LoadError error={villages.error} onRetry={villages.reload} />;
  if (!villages.data) return <p role="status">{t('common.loading')}</p>;
  if (villages.data.length === 0) return <p>{t('desa.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('desa.officialName')}</th>
            <th scope="col">{t('desa.code')}</th>
            <th scope="col">{t('desa.asWritten')}</th>
            <th scope="col">{t('desa.office')}</th>
            <th scope="col">{t('desa.formedOn')}</th>
            <th scope="col">{t('desa.pimpasa')}</th>
            <th scope="col">{t('desa.status')}</th>
          </tr>
        </thead>
        <tbody>
          {villages.data.map((desa: DesaSummary) => (
            <tr key={desa.id}>
              <th scope="row">
                <Link to={desaProfilePath(desa.id)}>{desa.region.name}</Link>
                <div className="muted small">{placeLine(desa.parents)}</div>
              </th>
              <td className="nowrap">{desa.region.code}</td>
              <td>{desa.nameAsWritten}</td>
              <td>{desa.office.name}</td>
              <td className="nowrap">{formedLabel(desa, language)}</td>
              <td>{desa.pimpasa.map((p) => p.fullName).join(', ') || t('desa.noPimpasa')}</td>
              <td>
                <Badge tone={desa.status === 'aktif' ? 'success' : 'neutral'}>
                  {t(`desa.status.${desa.status}`)}
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportList(): ReactNode {
  const { t, language } = useI18n();
  const reports = useLoad(listReports, []);
  if (reports.error) return <LoadError error={reports.error} onRetry={reports.reload} />;
  if (!reports.data) return <p role="status">{t('common.loading')}</p>;
  if (reports.data.length === 0) return <p>{t('desa.noReports')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('desa.report')}</th>
            <th scope="col">{t('desa.category')}</th>
            <th scope="col">{t('desa.seenOn')}</th>
            <th scope="col">{t('nav.desa')}</th>
            <th scope="col">{t('desa.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.data.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={desaReportPath(r.id)}>{r.refCode}</Link>
              </th>
              <td>{t(`desa.category.${r.category}`)}</td>
              <td className="nowrap">{formatDate(r.seenOn, language)}</td>
              <td>{r.desaName}</td>
              <td>
                {r.outcome.watchlist.map((e) => e.refCode).join(', ') ||
                  (r.outcome.alert ? t('desa.alerted') : t('desa.noOutcome'))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
