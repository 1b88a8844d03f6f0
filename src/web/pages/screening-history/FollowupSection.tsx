import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  FOLLOWUP_OUTCOMES,
  personLabel,
  recordFollowup,
  type FollowupOutcome,
  type Screening,
} from '../../api/screening.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { SelectField, TextArea } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followupLabel } from './HistoryTable.tsx';

/**
 * The follow-up of a passport withheld at a checkpoint: what the receiving Kanim recorded, or,
 * for an officer of that Kanim (the only office the API lets record it), the form to record it.
 */
export function FollowupSection({
  screening,
  onRecorded,
}: {
  screening: Screening;
  onRecorded: (next: Screening) => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { user } = useSignedIn();
  const { can } = useSession();
  const forwardedTo = screening.receipt?.forwardedTo ?? null;
  const followup = screening.followup;
  if (!followup && !forwardedTo) return null;
  const mayRecord = !followup && forwardedTo?.id === user.office.id && can('screening.decide');
  return (
    <section className="panel" aria-labelledby="history-followup">
      <h2 id="history-followup">{t('historyDetail.followUp')}</h2>
      {followup ? (
        <>
          <p data-testid="history-followup">
            {t('historyDetail.followUpRecorded', {
              outcome: followupLabel(t, followup.outcome),
              at: formatDateTime(followup.at, language, screening.office.timeZone),
            })}
          </p>
          {screening.people.followupBy ? (
            <p className="small">
              {t('result.followupBy', { person: personLabel(screening.people.followupBy) })}
            </p>
          ) : null}
          {followup.note ? <p className="prewrap">{followup.note}</p> : null}
        </>
      ) : forwardedTo ? (
        <p>{t('historyDetail.followUpWaiting', { office: forwardedTo.name })}</p>
      ) : null}
      {mayRecord ? <FollowupForm screening={screening} onRecorded={onRecorded} /> : null}
    </section>
  );
}

function FollowupForm({
  screening,
  onRecorded,
}: {
  screening: Screening;
  onRecorded: (next: Screening) => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [outcome, setOutcome] = useState<FollowupOutcome | ''>('');
  const [note, setNote] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    // The API names the outcome when none is chosen; send what was typed and let it judge.
    const result = await form.run(() =>
      recordFollowup(screening.id, { outcome: outcome as FollowupOutcome, note: note.trim() }),
    );
    if (!result.ok) return;
    announce(t('historyDetail.followUpSaved'));
    onRecorded(result.value);
  }

  return (
    <form
      ref={form.formRef}
      className="stack"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
    >
      <ProblemAlert error={form.error} />
      <SelectField
        label={t('historyDetail.followUpOutcome')}
        name="outcome"
        value={outcome}
        onValue={(v) => setOutcome(v as FollowupOutcome | '')}
        required
        options={[
          { value: '', label: t('historyDetail.choose') },
          ...FOLLOWUP_OUTCOMES.map((o) => ({ value: o, label: t(`followupOutcome.${o}`) })),
        ]}
        error={form.fieldError('outcome')}
      />
      <TextArea
        label={t('historyDetail.followUpNote')}
        name="note"
        value={note}
        onValue={setNote}
        rows={3}
        required
        error={form.fieldError('note')}
      />
      <div className="actions actions--start">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('historyDetail.followUpSubmit')}
        </button>
      </div>
    </form>
  );
}
