import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  fetchOffice,
  flattenOffices,
  listOffices,
  type Office,
  type RegionRef,
} from '../api/org.api.ts';
import { useSession } from '../app/session.tsx';
import { LoadError } from '../components/ProblemAlert.tsx';
import { useLoad } from '../components/use-load.ts';
import { zoneAbbreviation } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CoverageDialog, CreateOfficeDialog } from './OfficeDialogs.tsx';

type OpenDialog = { kind: 'create' } | { kind: 'coverage'; office: Office; coverage: RegionRef[] };

/**
 * Kantor: the office tree with kind, class, time zone and coverage by region name;
 * administrators add offices and edit coverage.
 */
export function OfficesPage(): ReactNode {
  const { t } = useI18n();
  const { can } = useSession();
  const manage = can('office.manage');
  const loaded = useLoad(listOffices, []);
  const rows = flattenOffices(loaded.data ?? []);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // Bumped after a change, so every row reads its coverage again.
  const [version, setVersion] = useState(0);
  const changed = () => {
    setDialog(null);
    setVersion((v) => v + 1);
    loaded.reload();
  };
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('offices.title')}</h1>
        {manage ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setDialog({ kind: 'create' })}
            disabled={!loaded.data}
          >
            {t('offices.create')}
          </button>
        ) : null}
      </div>
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
                {manage ? <th scope="col">{t('offices.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ office, depth }) => (
                <OfficeRow
                  key={office.id}
                  office={office}
                  depth={depth}
                  version={version}
                  onEditCoverage={
                    manage ? (coverage) => setDialog({ kind: 'coverage', office, coverage }) : null
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {dialog?.kind === 'create' ? (
        <CreateOfficeDialog offices={rows} onClose={() => setDialog(null)} onCreated={changed} />
      ) : null}
      {dialog?.kind === 'coverage' ? (
        <CoverageDialog
          office={dialog.office}
          coverage={dialog.coverage}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      ) : null}
    </section>
  );
}

interface OfficeRowProps {
  office: Office;
  depth: number;
  version: number;
  /** Opens the coverage editor (administrators); null when the user may not edit. */
  onEditCoverage: ((coverage: RegionRef[]) => void) | null;
}

function OfficeRow({ office, depth, version, onEditCoverage }: OfficeRowProps): ReactNode {
  const { t } = useI18n();
  const kindDetail = office.checkpointType
    ? t(`checkpoint.${office.checkpointType}`)
    : office.partnerType
      ? t(`partnerType.${office.partnerType}`)
      : null;
  // The list leaves coverage out; the detail carries it with the region names already resolved.
  const covers = COVERING_KINDS.has(office.kind);
  const detail = useLoad(
    () => (covers ? fetchOffice(office.id) : Promise.resolve(null)),
    [office.id, covers, version],
  );
  const coverage = detail.data?.coverage ?? [];
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
        <Coverage regions={coverage} loading={detail.loading && covers} />
      </td>
      {onEditCoverage ? (
        <td>
          {covers ? (
            <button
              type="button"
              className="button button--small"
              aria-label={`${t('offices.editCoverage')}: ${office.shortName}`}
              disabled={detail.loading}
              onClick={() => onEditCoverage(coverage)}
            >
              {t('offices.editCoverage')}
            </button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

/** Offices whose coverage is a set of regions (TPIs and partners have none of their own). */
const COVERING_KINDS = new Set(['kanwil', 'kanim']);

function Coverage({ regions, loading }: { regions: RegionRef[]; loading: boolean }): ReactNode {
  const { t } = useI18n();
  if (loading) return <span className="muted">…</span>;
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
