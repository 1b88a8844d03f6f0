import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  ENTRY_KINDS,
  ENTRY_STATUSES,
  WATCHLIST_TPPO_CODES,
  exportUrl,
  searchWatchlist,
  type EntryKind,
  type EntryStatus,
  type Listing,
} from '../../api/watchlist.api.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { tppoOptions } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EntryDetailPage } from './EntryDetailPage.tsx';
import { ImportBatches } from './ImportBatches.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ProposeEntryDialog } from './ProposeEntryDialog.tsx';
import { entryPath } from './watchlist-paths.ts';
import '../screening/screening.css';

/** Badge tones of entry statuses. */
export const ENTRY_STATUS_TONE: Record<EntryStatus, BadgeTone> = {
  proposed: 'warning',
  active: 'success',
  rejected: 'neutral',
  expired: 'neutral',
  delist_requested: 'info',
  delisted: 'neutral',
};

/** Daftar Pengawasan: search and filters; with `?entri=` one entry's detail. */
export function WatchlistPage(): ReactNode {
  const { search } = useLocation();
  const id = search.get('entri');
  return id ? <EntryDetailPage id={id} /> : <WatchlistSearch />;
}

function WatchlistSearch(): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState<EntryKind | ''>('');
  const [listing, setListing] = useState<Listing | ''>('');
  const [type, setType] = useState('');
  const [dialog, setDialog] = useState<'propose' | 'import' | null>(null);
  const [imports, setImports] = useState(0);
  const list = useLoad(
    () => searchWatchlist({ q: query, status, kind, listing, type, limit: 100 }),
    [query, status, kind, listing, type],
  );

  function handleSearch(event: FormEvent): void {
    event.preventDefault();
    setQuery(text.trim());
  }

  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('watchlist.title')}</h1>
        <div className="actions">
          {can('watchlist.propose') ? (
            <>
              <a className="button" href={exportUrl()} download>
                {t('watchlist.export')}
              </a>
              <button type="button" className="button" onClick={() => setDialog('import')}>
                {t('watchlist.import')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setDialog('propose')}
              >
                {t('watchlist.propose')}
              </button>
            </>
          ) : null}
        </div>
      </div>
      {can('watchlist.propose') ? (
        <ImportBatches reloadKey={imports} onDecided={list.reload} />
      ) : null}
      <form
        className="filters"
        role="search"
        aria-label={t('watchlist.filters')}
        onSubmit={handleSearch}
      >
        <TextField label={t('watchlist.search')} type="search" value={text} onValue={setText} />
        <SelectField
          label={t('watchlist.status')}
          value={status}
          onValue={setStatus}
          options={[
            { value: '', label: t('common.all') },
            ...ENTRY_STATUSES.map((s) => ({ value: s, label: t(`watchlist.status.${s}`) })),
          ]}
        />
        <SelectField
          label={t('watchlist.kind')}
          value={kind}
          onValue={(v) => setKind(v as EntryKind | '')}
          options={[
            { value: '', label: t('common.all') },
            ...ENTRY_KINDS.map((k) => ({ value: k, label: t(`watchlist.kind.${k}`) })),
          ]}
        />
        <SelectField
          label={t('watchlist.listing')}
          value={listing}
          onValue={(v) => setListing(v as Listing | '')}
          options={[
            { value: '', label: t('common.all') },
            { value: 'suspect', label: t('watchlist.listing.suspect') },
            { value: 'protective', label: t('watchlist.listing.protective') },
          ]}
        />
        <SelectField
          label={t('watchlist.type')}
          value={type}
          onValue={setType}
          options={[
            { value: '', label: t('common.all') },
            ...tppoOptions(language, WATCHLIST_TPPO_CODES),
          ]}
        />
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <p role="status">{t('common.loading')}</p> : null}
      {list.data ? (
        <p className="muted small" role="status">
          {t('watchlist.total', { count: list.data.total })}
        </p>
      ) : null}
      {list.data && list.data.items.length === 0 ? <p>{t('watchlist.empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('watchlist.ref')}</th>
                <th scope="col">{t('watchlist.names')}</th>
                <th scope="col">{t('watchlist.kind')}</th>
                <th scope="col">{t('watchlist.listing')}</th>
                <th scope="col">{t('watchlist.office')}</th>
                <th scope="col">{t('watchlist.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    <Link to={entryPath(entry.id)}>{entry.refCode}</Link>
                  </th>
                  <td>
                    {entry.restricted ? (
                      <Badge tone="warning">{t('watchlist.restricted')}</Badge>
                    ) : (
                      entry.names.join('; ') || entry.phones.join('; ')
                    )}
                  </td>
                  <td>{t(`watchlist.kind.${entry.kind}`)}</td>
                  <td>{t(`watchlist.listing.${entry.listing}`)}</td>
                  <td>{entry.office.name}</td>
                  <td>
                    <Badge tone={ENTRY_STATUS_TONE[entry.status]}>
                      {t(`watchlist.status.${entry.status}`)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {dialog === 'propose' ? (
        <ProposeEntryDialog
          onClose={() => setDialog(null)}
          onProposed={(entry) => {
            setDialog(null);
            navigate(entryPath(entry.id));
          }}
        />
      ) : null}
      {dialog === 'import' ? (
        <ImportDialog
          onClose={() => setDialog(null)}
          onImported={() => {
            setImports((n) => n + 1);
            list.reload();
          }}
        />
      ) : null}
    </section>
  );
}
