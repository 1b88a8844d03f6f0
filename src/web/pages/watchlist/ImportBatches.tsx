import { useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  approveImportBatch,
  listPendingImportBatches,
  rejectImportBatch,
  type ImportBatch,
} from '../../api/watchlist.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSignedIn } from '../../app/session.tsx';
import { TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The import batches of the reader's offices that wait for a second person: one action approves
 * (or rejects) every entry of a batch. The importer sees their own batch without the buttons.
 */
export function ImportBatches({
  reloadKey,
  onDecided,
}: {
  reloadKey: unknown;
  onDecided: () => void;
}): ReactNode {
  const { t } = useI18n();
  const batches = useLoad(() => listPendingImportBatches(), [reloadKey]);
  if (!batches.data || batches.data.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="import-batches-title">
      <h2 id="import-batches-title">{t('watchlist.batches.title')}</h2>
      <ul className="stack">
        {batches.data.map((batch) => (
          <BatchRow
            key={batch.id}
            batch={batch}
            onDecided={() => {
              batches.reload();
              onDecided();
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function BatchRow({ batch, onDecided }: { batch: ImportBatch; onDecided: () => void }): ReactNode {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const { announce } = useAnnouncer();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const own = batch.proposedBy?.id === user.id;

  async function decide(action: 'approve' | 'reject'): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const result =
        action === 'approve'
          ? await approveImportBatch(batch.id)
          : await rejectImportBatch(batch.id, note.trim());
      announce(
        t(action === 'approve' ? 'watchlist.batches.approved' : 'watchlist.batches.rejected', {
          count: result.decided,
        }),
      );
      onDecided();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="stack" data-testid="import-batch">
      <p>
        {t('watchlist.batches.row', {
          source: batch.source,
          count: batch.entryCount,
          first: batch.firstRefCode,
          last: batch.lastRefCode,
          by: batch.proposedBy?.name ?? '—',
        })}
      </p>
      <ProblemAlert error={error} />
      {own ? (
        <p className="small muted">{t('watchlist.batches.own')}</p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void decide('approve')}
          >
            {t('watchlist.batches.approve')}
          </button>
          <TextField label={t('watchlist.batches.rejectNote')} value={note} onValue={setNote} />
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void decide('reject')}
          >
            {t('watchlist.batches.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
