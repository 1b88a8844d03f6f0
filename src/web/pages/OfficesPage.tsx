import type { ReactNode } from 'react';
import { fetchOffice, flattenOffices, listOffices, type Office } from '../api/org.api.ts';
import { LoadError } from '../components/ProblemAlert.tsx';
import { useLoad } from '../components/use-load.ts';
import { zoneAbbreviation } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Kantor: the office tree with kind, class, time zone and coverage by region name. */
export function OfficesPage(): ReactNode {
  const { t } = useI18n();
  const loaded = useLoad(listOffices, []);
  const rows = flattenOffices(loaded.data ?? []);
  return (
    <section className="page">
      <h1>{t('offices.title')}</h1>
      <p className="muted">{t('offices.intro')}</p>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.data && rows.length === 0 ? <p>{t('offices.empty')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--offices">
            <thead>
              <tr>
                <th scope="col">{t('offices.name')}</th>
                <th scope="col">{t('offices.kind')}</th>
                <th scope="col">{t('offices.class')}</th>
                <th scope="col">{t('offices.zone')}</th>
                <th scope="col">{t('offices.coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ office, depth }) => (
                <OfficeRow key={office.id} office={office} depth={depth} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function OfficeRow({ office, depth }: { office: Office; depth: number }): ReactNode {
  const { t } = useI18n();
  const kindDetail = office.checkpointType
    ? t(`checkpoint.${office.checkpointType}`)
    : office.partnerType
      ? t(`partnerType.${office.partnerType}`)
      : null;
  return (
    <tr className={`office-row office-row--${office.kind}`}>
      <th scope="row" style={{ paddingInlineStart: `${0.75 + depth * 1.5}rem` }}>
        <span className="office-row__name">{office.name}</span>
        <span className="office-row__code muted small">{office.code}</span>
      </th>
      <td>
        {t(`officeKind.${office.kind}`)}
        {kindDetail ? <span className="muted"> · {kindDetail}</span> : null}
      </td>
      <td>{office.officeClass ?? t('common.none')}</td>
      <td>
        <abbr title={office.timeZone}>{zoneAbbreviation(office.timeZone)}</abbr>
      </td>
      <td>
        <Coverage office={office} />
      </td>
    </tr>
  );
}

/** Offices whose coverage is a set of regions (TPIs and partners have none of their own). */
const COVERING_KINDS = new Set(['kanwil', 'kanim']);

function Coverage({ office }: { office: Office }): ReactNode {
  const { t } = useI18n();
  // The list leaves coverage out; the detail carries it with the region names already resolved.
  const covers = COVERING_KINDS.has(office.kind);
  const detail = useLoad(
    () => (covers ? fetchOffice(office.id) : Promise.resolve(null)),
    [office.id, covers],
  );
  const regions = detail.data?.coverage ?? [];
  if (detail.loading && covers) return <span className="muted">…</span>;
  if (regions.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="tag-list">
      {regions.map((region) => (
        <li key={region.code} className="tag" title={`${region.code} · ${region.level}`}>
          {region.name}
        </li>
      ))}
    </ul>
  );
}
