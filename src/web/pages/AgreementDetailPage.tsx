import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  approveAgreement,
  endAgreement,
  fetchAgreement,
  statusOf,
  type Agreement,
} from '../api/sharing.api.ts';
import { useAnnouncer } from '../app/announcer.tsx';
import { Link } from '../app/router.tsx';
import { useSession, useSignedIn } from '../app/session.tsx';
import { Badge } from '../components/Badge.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { TextArea } from '../components/Field.tsx';
import { LoadError, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { useLoad } from '../components/use-load.ts';
import { formatDate, formatDateTime } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { STATUS_TONE } from './agreement-status.ts';
import './agreements.css';

/** One agreement: its parties and their approvals; approve or end it. */
export function AgreementDetailPage({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const loaded = useLoad(() => fetchAgreement(id), [id]);
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/perjanjian">← {t('nav.agreements')}</Link>
      </p>
      {loaded.error ? (
        <>
          <h1>{t('agreements.notFound')}</h1>
          <LoadError error={loaded.error} onRetry={loaded.reload} />
        </>
      ) : null}
      {!loaded.data && !loaded.error ? (
        <>
          <h1>{t('agreements.title')}</h1>
          <p role="status">{t('common.loading')}</p>
        </>
      ) : null}
      {loaded.data ? <AgreementView agreement={loaded.data} onChanged={loaded.reload} /> : null}
    </section>
  );
}

function AgreementView({
  agreement,
  onChanged,
}: {
  agreement: Agreement;
  onChanged: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { can, timeZone } = useSession();
  const { announce } = useAnnouncer();
  const approveForm = useApiForm();
  const [ending, setEnding] = useState(false);
  const { user } = useSignedIn();
  const status = statusOf(agreement);
  // Only a party's own head approves for it: offer the button only where it can succeed.
  const ownParty = agreement.parties.find((party) => party.officeId === user.office.id);
  const mayApprove =
    status === 'draft' && can('sharing.approve') && ownParty && !ownParty.approvedAt;
  const mayEnd = status === 'active' && can('sharing.end') && ownParty !== undefined;

  async function handleApprove(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await approveForm.run(() => approveAgreement(agreement.id));
    if (!outcome.ok) return;
    announce(t('agreements.approved'));
    onChanged();
  }

  return (
    <>
      <div className="page__head page__head--start">
        <h1>{agreement.title}</h1>
        <Badge tone={STATUS_TONE[status]}>{t(`agreementStatus.${status}`)}</Badge>
      </div>
      <div className="grid grid--2">
        <section className="panel" aria-labelledby="agreement-facts">
          <h2 id="agreement-facts">{t('common.details')}</h2>
          <dl className="facts">
            {agreement.proposingOffice ? (
              <>
                <dt>{t('agreements.proposedBy')}</dt>
                <dd>
                  {agreement.proposingOffice.name}
                  <span className="muted">
                    {' '}
                    · {formatDateTime(agreement.createdAt, language, timeZone)}
                  </span>
                </dd>
              </>
            ) : null}
            <dt>{t('agreements.dataKinds')}</dt>
            <dd>
              <ul className="tag-list">
                {agreement.dataKinds.map((kind) => (
                  <li key={kind} className="tag">
                    {t(`dataKind.${kind}`)}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('agreements.validity')}</dt>
            <dd>
              {formatDate(agreement.validFrom, language)} –{' '}
              {agreement.validUntil
                ? formatDate(agreement.validUntil, language)
                : t('agreements.noEnd')}
            </dd>
            {agreement.sourceReference ? (
              <>
                <dt>{t('agreements.source')}</dt>
                <dd>{agreement.sourceReference}</dd>
              </>
            ) : null}
            {agreement.description ? (
              <>
                <dt>{t('agreements.description')}</dt>
                <dd className="prewrap">{agreement.description}</dd>
              </>
            ) : null}
          </dl>
          {agreement.endedAt ? (
            <p className="alert alert--neutral">
              {t('agreements.endedInfo', {
                at: formatDateTime(agreement.endedAt, language, timeZone),
                reason: agreement.endReason ?? t('common.none'),
              })}
            </p>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="agreement-parties">
          <h2 id="agreement-parties">{t('agreements.approvals')}</h2>
          <ul className="party-list">
            {agreement.parties.map((party) => (
              <li key={party.officeId} className="party">
                <span className="party__name">{party.name}</span>
                {party.approvedAt ? (
                  <span className="party__state">
                    <Badge tone="success">✓</Badge>{' '}
                    {t('agreements.approvedBy', {
                      name: party.approvedBy?.fullName ?? '',
                      at: formatDateTime(party.approvedAt, language, timeZone),
                    })}
                  </span>
                ) : (
                  <span className="party__state">
                    <Badge tone="warning">{t('agreements.awaiting')}</Badge>
                  </span>
                )}
              </li>
            ))}
          </ul>
          <form
            ref={approveForm.formRef}
            className="stack"
            onSubmit={(event) => void handleApprove(event)}
          >
            <ProblemAlert error={approveForm.error} />
            <div className="actions actions--start">
              {mayApprove ? (
                <button
                  type="submit"
                  className="button button--primary"
                  disabled={approveForm.busy}
                >
                  {t('agreements.approve')}
                </button>
              ) : null}
              {mayEnd ? (
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => setEnding(true)}
                >
                  {t('agreements.end')}
                </button>
              ) : null}
            </div>
          </form>
        </section>
      </div>
      {ending ? (
        <EndAgreementDialog
          agreement={agreement}
          onClose={() => setEnding(false)}
          onEnded={() => {
            setEnding(false);
            announce(t('agreements.endedMessage'));
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}

function EndAgreementDialog({
  agreement,
  onClose,
  onEnded,
}: {
  agreement: Agreement;
  onClose: () => void;
  onEnded: () => void;
}): ReactNode {
  const { t } = useI18n();
  const form = useApiForm();
  const [reason, setReason] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => endAgreement(agreement.id, reason.trim()));
    if (outcome.ok) onEnded();
  }

  return (
    <Dialog open title={t('agreements.endTitle')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <p>{agreement.title}</p>
        <ProblemAlert error={form.error} />
        <TextArea
          label={t('agreements.endReason')}
          name="reason"
          value={reason}
          onValue={setReason}
          rows={3}
          required
          autoFocus
          error={form.fieldError('reason')}
        />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={form.busy}>
            {t('agreements.end')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
