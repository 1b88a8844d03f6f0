import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { importLines, importWatchlist, type ImportResult } from '../../api/watchlist.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSignedIn } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { IMPORT_COLUMNS, IMPORT_TEMPLATE_HREF } from './import-template.ts';

/**
 * Imports a CSV or XLSX file, all or nothing. A refused file lists every bad row as
 * `line N: message`, exactly as the server reports them, so the analyst can fix them in one go.
 * The entries wait as one proposed batch: a second person approves it (ImportBatches).
 */
export function ImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { csrfToken } = useSignedIn();
  const { announce } = useAnnouncer();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setResult(null);
    if (!file) {
      setError(new ApiError(400, { detail: t('watchlist.importNoFile') }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await importWatchlist(file, { csrfToken, language });
      setResult(answer);
      announce(
        t('watchlist.importDone', {
          count: answer.imported,
          status: t(`watchlist.status.${answer.status}`),
        }),
      );
      onImported();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const badRows = error ? importLines(error) : [];
  return (
    <Dialog
      open
      wide
      title={t('watchlist.importTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      <form className="stack" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <p className="small">{t('watchlist.importHelp')}</p>
        <ImportColumnsHelp />
        {error ? (
          <div className="alert alert--danger" role="alert" data-testid="import-error">
            <p className="alert__title">{error.message}</p>
            {badRows.length > 0 ? (
              <>
                <p>{t('watchlist.importBadRows')}</p>
                <ol className="bad-rows">
                  {badRows.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </div>
        ) : null}
        {result ? (
          <p className="alert alert--neutral" role="status">
            {t('watchlist.importDone', {
              count: result.imported,
              status: t(`watchlist.status.${result.status}`),
            })}{' '}
            {result.refCodes.join(', ')}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={id} className="field__label">
            {t('watchlist.importFile')}
          </label>
          <input
            id={id}
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <p className="small muted">{t('watchlist.importFourEyes')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('watchlist.importSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** What each column of the file holds, and a sample file to start from. */
function ImportColumnsHelp(): ReactNode {
  const { t } = useI18n();
  return (
    <details className="small">
      <summary>{t('watchlist.importColumns')}</summary>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('watchlist.importColumn')}</th>
            <th scope="col">{t('watchlist.importColumnMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_COLUMNS.map((column) => (
            <tr key={column}>
              <th scope="row">
                <code>{column}</code>
              </th>
              <td>{t(`importColumn.${column}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={IMPORT_TEMPLATE_HREF} download="contoh-daftar-pengawasan.csv">
          {t('watchlist.importTemplate')}
        </a>
      </p>
    </details>
  );
}
