import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { DATA_KINDS, type DataKind } from '../../../domain/permissions.ts';
import {
  addMeetingAgreement,
  MEETING_AGREEMENT_STATUSES,
  setMeetingAgreementStatus,
  type Meeting,
  type MeetingAgreement,
  type MeetingAgreementStatus,
} from '../../api/meetings.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link } from '../../app/router.tsx';
import { agreementPath } from '../../app/routes.ts';
import { useSession } from '../../app/session.tsx';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { todayIn } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorUnder } from './coord-format.ts';

const STATUS_TONE: Record<MeetingAgreementStatus, BadgeTone> = {
  draft: 'neutral',
  agreed: 'info',
  in_effect: 'success',
  ended: 'neutral',
};

/** The agreements (kesepakatan) of a meeting, their status, and the linked sharing agreement. */
export function AgreementsPanel({
  meeting,
  onChanged,
}: {
  meeting: Meeting;
  onChanged: () => void;
}): ReactNode {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="meeting-agreements">
      <div className="panel__head">
        <h2 id="meeting-agreements">{t('meetings.agreements')}</h2>
        {meeting.canManage ? (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('meetings.addAgreement')}
          </button>
        ) : null}
      </div>
      {meeting.agreements.length === 0 ? (
        <p className="muted">{t('meetings.noAgreements')}</p>
      ) : (
        <ol className="card-list coord-list">
          {meeting.agreements.map((agreement) => (
            <AgreementRow
              key={agreement.id}
              agreement={agreement}
              canManage={meeting.canManage}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
      {adding ? (
        <AddAgreementDialog
          meeting={meeting}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

function AgreementRow({
  agreement,
  canManage,
  onChanged,
}: {
  agreement: MeetingAgreement;
  canManage: boolean;
  onChanged: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { can } = useSession();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [status, setStatus] = useState<MeetingAgreementStatus>(agreement.status);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => setMeetingAgreementStatus(agreement.id, status));
    if (!outcome.ok) return;
    announce(t('meetings.agreementChanged'));
    onChanged();
  }

  return (
    <li className="panel coord-card">
      <p className="prewrap">{agreement.text}</p>
      <dl className="facts">
        <dt>{t('meetings.agreementStatus')}</dt>
        <dd>
          <Badge tone={STATUS_TONE[agreement.status]}>
            {t(`meetings.agreementStatus.${agreement.status}`)}
          </Badge>
        </dd>
        <dt>{t('meetings.parties')}</dt>
        <dd>{agreement.parties.map((p) => p.name).join(', ') || t('common.none')}</dd>
        <dt>{t('meetings.sharingAgreement')}</dt>
        <dd>
          {agreement.sharingAgreementId ? (
            <>
              {can('sharing.read') ? (
                <Link to={agreementPath(agreement.sharingAgreementId)}>
                  {t('meetings.openSharing')}
                </Link>
              ) : (
                t('meetings.sharingLinked')
              )}
              {agreement.sharingAgreementStatus ? (
                <span className="muted small">
                  {' '}
                  ({t('meetings.sharingStatus', { status: agreement.sharingAgreementStatus })})
                </span>
              ) : null}
            </>
          ) : (
            t('common.none')
          )}
        </dd>
        {agreement.sourceReference ? (
          <>
            <dt>{t('meetings.source')}</dt>
            <dd>{agreement.sourceReference}</dd>
          </>
        ) : null}
      </dl>
      {agreement.demoNote ? <p className="muted small">{agreement.demoNote}</p> : null}
      {canManage ? (
        <form
          ref={form.formRef}
          className="inline-form coord-inline"
          onSubmit={(event) => void handleSubmit(event)}
        >
          <ProblemAlert error={form.error} />
          <SelectField
            label={t('meetings.changeStatus')}
            value={status}
            onValue={(v) => setStatus(v as MeetingAgreementStatus)}
            options={MEETING_AGREEMENT_STATUSES.map((s) => ({
              value: s,
              label: t(`meetings.agreementStatus.${s}`),
            }))}
            error={form.fieldError('status')}
          />
          <button
            type="submit"
            className="button button--small"
            disabled={form.busy || status === agreement.status}
          >
            {t('common.save')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

function AddAgreementDialog({
  meeting,
  onClose,
  onAdded,
}: {
  meeting: Meeting;
  onClose: () => void;
  onAdded: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { timeZone } = useSession();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [text, setText] = useState('');
  const [parties, setParties] = useState<string[]>([]);
  const [status, setStatus] = useState<MeetingAgreementStatus>('agreed');
  const [proposeSharing, setProposeSharing] = useState(false);
  const [kinds, setKinds] = useState<string[]>([]);
  const [validFrom, setValidFrom] = useState(() => todayIn(timeZone));
  const [validUntil, setValidUntil] = useState('');
  const offices = [meeting.hostOffice, ...meeting.participants];

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (text.trim().length < 3) {
      form.fail(t('form.checkFields'), { text: t('meetings.error.agreementText') });
      return;
    }
    const outcome = await form.run(() =>
      addMeetingAgreement(meeting.id, {
        text: text.trim(),
        partyOfficeIds: parties,
        status,
        ...(proposeSharing
          ? {
              sharing: {
                dataKinds: kinds as DataKind[],
                validFrom,
                validUntil: validUntil || null,
              },
            }
          : {}),
      }),
    );
    if (!outcome.ok) return;
    announce(t('meetings.agreementAdded'));
    onAdded();
  }

  return (
    <Dialog
      open
      wide
      title={t('meetings.addAgreement')}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <TextArea
          label={t('meetings.agreementText')}
          name="text"
          value={text}
          onValue={setText}
          rows={3}
          required
          autoFocus
          error={form.fieldError('text')}
        />
        <div className="grid grid--2">
          <CheckboxGroup
            legend={t('meetings.parties')}
            options={offices.map((o) => ({ value: o.id, label: o.name }))}
            values={parties}
            onValues={setParties}
            error={errorUnder(form, 'partyOfficeIds')}
          />
          <SelectField
            label={t('meetings.agreementStatus')}
            name="status"
            value={status}
            onValue={(v) => setStatus(v as MeetingAgreementStatus)}
            options={MEETING_AGREEMENT_STATUSES.map((s) => ({
              value: s,
              label: t(`meetings.agreementStatus.${s}`),
            }))}
            error={form.fieldError('status')}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={proposeSharing}
            onChange={(event) => setProposeSharing(event.target.checked)}
          />
          {t('meetings.proposeSharing')}
        </label>
        {proposeSharing ? (
          <fieldset className="stack coord-fieldset">
            <legend className="field__label">{t('meetings.sharingDraft')}</legend>
            <p className="field__hint">{t('meetings.sharingDraftHint')}</p>
            <CheckboxGroup
              legend={t('agreements.dataKinds')}
              options={DATA_KINDS.map((kind) => ({ value: kind, label: t(`dataKind.${kind}`) }))}
              values={kinds}
              onValues={setKinds}
              error={errorUnder(form, 'sharing.dataKinds')}
            />
            <div className="grid grid--2">
              <TextField
                label={t('agreements.validFrom')}
                type="date"
                value={validFrom}
                onValue={setValidFrom}
                required
                error={errorUnder(form, 'sharing.validFrom')}
              />
              <TextField
                label={t('agreements.validUntil')}
                type="date"
                value={validUntil}
                onValue={setValidUntil}
                optionalText={t('common.optional')}
                error={errorUnder(form, 'sharing.validUntil')}
              />
            </div>
          </fieldset>
        ) : null}
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('meetings.saveAgreement')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
