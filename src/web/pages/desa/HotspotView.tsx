import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { fetchHotspots, hotspotExportUrl, type PlaceCounts } from '../../api/desa.api.ts';
import { Link } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { placeLine } from './desa-format.ts';
import { desaProfilePath } from './desa-paths.ts';

const BAR_ROWS = 10;

/** Where flagged applicants come from, against the Desa Binaan there: chart, tables, exports. */
export function HotspotView(): ReactNode {
  const { t, language } = useI18n();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const report = useLoad(() => fetchHotspots(period), [period.from, period.to]);

  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }

  return (
    <div className="stack">
      <h2>{t('desa.hotspotTitle')}</h2>
      <p className="muted">{t('desa.hotspotIntro')}</p>
      <form className="filters grid grid--2" onSubmit={handleSubmit} aria-label={t('desa.period')}>
        <TextField label={t('desa.from')} type="date" value={from} onValue={setFrom} />
        <TextField label={t('desa.to')} type="date" value={to} onValue={setTo} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('desa.apply')}
          </button>
          <a className="button" href={hotspotExportUrl('csv', period)} download>
            {t('desa.exportCsv')}
          </a>
          <a className="button" href={hotspotExportUrl('xlsx', period)} download>
            {t('desa.exportXlsx')}
          </a>
        </div>
      </form>
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : null}
      {report.data ? (
        <>
          <p>
            {t('desa.period')}: {formatDate(report.data.period.from, language)} –{' '}
            {formatDate(report.data.period.to, language)}. {t('desa.totals', report.data.totals)}
          </p>
          {report.data.totals.screened === 0 ? <p>{t('desa.noData')}</p> : null}
          {report.data.districts.length > 0 ? <FlaggedBars places={report.data.districts} /> : null}
          <h3>{t('desa.gaps')}</h3>
          <p className="muted small">{t('desa.gapsHint')}</p>
          <PlaceTable
            places={[...report.data.villageGaps, ...report.data.districtGaps]}
            caption={t('desa.gaps')}
          />
          <h3>{t('desa.districts')}</h3>
          <PlaceTable places={report.data.districts} caption={t('desa.districts')} />
          <h3>{t('desa.villages')}</h3>
          <PlaceTable places={report.data.villages} caption={t('desa.villages')} />
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </div>
  );
}

/** Horizontal bars of flagged applicants per district, drawn as SVG; the table below holds the numbers. */
function FlaggedBars({ places }: { places: PlaceCounts[] }): ReactNode {
  const { t } = useI18n();
  const rows = places.slice(0, BAR_ROWS);
  const max = Math.max(1, ...rows.map((p) => p.screened));
  const rowHeight = 26;
  const labelWidth = 200;
  const width = 640;
  const scale = (n: number): number => ((width - labelWidth - 60) * n) / max;
  return (
    <figure>
      <svg
        role="img"
        aria-label={t('desa.chart')}
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 10}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
      >
        {rows.map((p, i) => (
          <g key={p.region.code} transform={`translate(0 ${i * rowHeight + 5})`}>
            <text x={labelWidth - 8} y={rowHeight / 2 + 4} textAnchor="end" fontSize="12">
              {p.region.name}
              {p.desaBinaan > 0 ? ' ★' : ''}
            </text>
            <rect
              x={labelWidth}
              y={4}
              height={rowHeight - 10}
              width={scale(p.screened)}
              fill="#c9d6e3"
            />
            <rect
              x={labelWidth}
              y={4}
              height={rowHeight - 10}
              width={scale(p.flagged)}
              fill="#b03a2e"
            />
            <text x={labelWidth + scale(p.screened) + 6} y={rowHeight / 2 + 4} fontSize="12">
              {p.flagged}/{p.screened}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted small">
        {t('desa.chart')}: {t('desa.flagged')} / {t('desa.screened')}; ★ {t('desa.hasDesa')}
      </figcaption>
    </figure>
  );
}

function PlaceTable({ places, caption }: { places: PlaceCounts[]; caption: string }): ReactNode {
  const { t } = useI18n();
  if (places.length === 0) return <p>{t('desa.noData')}</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label={caption}>
        <thead>
          <tr>
            <th scope="col">{t('desa.officialName')}</th>
            <th scope="col">{t('desa.code')}</th>
            <th scope="col">{t('desa.screened')}</th>
            <th scope="col">{t('desa.tunda')}</th>
            <th scope="col">{t('desa.tolak')}</th>
            <th scope="col">{t('desa.matched')}</th>
            <th scope="col">{t('desa.flagged')}</th>
            <th scope="col">{t('desa.hasDesa')}</th>
            <th scope="col">{t('desa.newsEvents')}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((p) => (
            <tr key={p.region.code}>
              <th scope="row">
                {p.desaId ? (
                  <Link to={desaProfilePath(p.desaId)}>{p.region.name}</Link>
                ) : (
                  p.region.name
                )}
                <div className="muted small">{placeLine(p.parents)}</div>
              </th>
              <td className="nowrap">{p.region.code}</td>
              <td>{p.screened}</td>
              <td>{p.tunda}</td>
              <td>{p.tolak}</td>
              <td>{p.matched}</td>
              <td>{p.flagged}</td>
              <td>{p.desaBinaan > 0 ? t('common.yes') : t('common.no')}</td>
              <td>{p.newsEvents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
