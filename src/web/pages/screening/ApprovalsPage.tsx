import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  approveScreening,
  fetchScreening,
  listApprovals,
  personLabel,
  type ScreeningSummary,
} from '../../api/screening.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { TextArea } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { OutcomeBadge, ResultPanel } from './ResultPanel.tsx';
import { screeningPath } from './ScreeningPage.tsx';
import './screening.css';

/** Antrean Persetujuan: overrides of a TUNDA/TOLAK recommendation waiting for a supervisor. */
export function ApprovalsPage(): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const queue = useLoad(() => listApprovals(), []);
  const [reviewing, setReviewing] = useState<ScreeningSummary | null>(null);

  return (
    <section className="page">
      <h1>{t('approvals.title')}</h1>
      <p className="muted">{t('approvals.intro')}</p>
      {queue.error ? <LoadError error={queue.error} onRetry={queue.reload} /> : null}
      {queue.loading && !queue.data ? <p role="status">{t('common.loading')}</p> : null}
      {queue.data && queue.data.length === 0 ? <p>{t('approvals.empty')}</p> : null}
      {queue.data && queue.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('approvals.subject')}</th>
                <th scope="col">{t('approvals.recommendation')}</th>
                <th scope="col">{t('approvals.decision')}</th>
                <th scope="col">{t('approvals.decidedBy')}</th>
                <th scope="col">{t('approvals.note')}</th>
                <th scope="col">{t('approvals.at')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={screeningPath(row.id)}>{row.subjectName}</Link>
                    <div className="muted small">{row.refCode}</div>
                  </th>
                  <td>
                    <OutcomeBadge outcome={row.recommendation} />
                  </td>
                  <td>{row.decision ? <OutcomeBadge outcome={row.decision} /> : null}</td>
                  <td data-testid="queue-decided-by">{personLabel(row.decider ?? row.officer)}</td>
                  <td className="prewrap">{row.decisionNote ?? t('common.none')}</td>
                  <td className="nowrap">{formatDateTime(row.createdAt, language, timeZone)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--primary"
                      onClick={() => setReviewing(row)}
                      aria-label={`${t('approvals.review')} ${row.subjectName}`}
                    >
                      {t('approvals.review')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {reviewing ? (
        <ReviewDialog
          row={reviewing}
          onClose={() => setReviewing(null)}
          onDone={() => {
            setReviewing(null);
            queue.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function ReviewDialog({
  row,
  onClose,
  onDone,
}: {
  row: ScreeningSummary;
  onClose: () => void;
  onDone: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const screening = useLoad(() => fetchScreening(row.id), [row.id]);
  const form = useApiForm();
  const [note, setNote] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    // Two submit buttons: the one pressed says which way; Enter's default is the first, approve.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const approve = submitter?.getAttribute('value') !== 'reject';
    const trimmed = note.trim();
    const outcome = await form.run(() =>
      approveScreening(row.id, { approve, ...(trimmed ? { note: trimmed } : {}) }),
    );
    if (!outcome.ok) return;
    announce(t(approve ? 'approvals.approved' : 'approvals.rejected'));
    onDone();
  }

  return (
    <Dialog
      open
      wide
      title={t('approvals.reviewTitle', { ref: row.refCode })}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      {screening.error ? <LoadError error={screening.error} onRetry={screening.reload} /> : null}
      {screening.data ? <ResultPanel screening={screening.data} /> : null}
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <TextArea
          label={t('approvals.yourNote')}
          name="note"
          value={note}
          onValue={setNote}
          rows={3}
          optionalText={t('approvals.noteHint')}
          error={form.fieldError('note')}
        />
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={form.busy}
            name="approval"
            value="approve"
          >
            {t('approvals.approve')}
          </button>
          <button
            type="submit"
            className="button button--danger"
            disabled={form.busy}
            name="approval"
            value="reject"
          >
            {t('approvals.reject')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
