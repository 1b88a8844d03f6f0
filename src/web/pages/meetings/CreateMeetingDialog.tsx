import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { TppoTypeCode } from '../../../domain/tppo.ts';
import { createMeeting } from '../../api/meetings.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { todayIn } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorUnder, linesOf, tppoOptions } from './coord-format.ts';
import { useOfficeChoices } from './use-offices.ts';

/** The form that records a coordination meeting: details, participants, agenda and minutes. */
export function CreateMeetingDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const { user } = useSignedIn();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const offices = useOfficeChoices();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(() => todayIn(timeZone));
  const [place, setPlace] = useState('');
  const [host, setHost] = useState(user.office.id);
  const [participants, setParticipants] = useState<string[]>([]);
  const [agencies, setAgencies] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [topics, setTopics] = useState('');
  const [minutes, setMinutes] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (title.trim().length < 3) local.title = t('meetings.error.title');
    if (!heldOn) local.heldOn = t('meetings.error.heldOn');
    if (place.trim().length < 2) local.place = t('meetings.error.place');
    if (Object.keys(local).length > 0) {
      form.fail(t('form.checkFields'), local);
      return;
    }
    const outcome = await form.run(() =>
      createMeeting({
        title: title.trim(),
        heldOn,
        place: place.trim(),
        hostOfficeId: host,
        participantOfficeIds: participants.filter((id) => id !== host),
        otherAgencies: linesOf(agencies),
        tppoTypes: types as TppoTypeCode[],
        topics: linesOf(topics),
        minutes,
      }),
    );
    if (!outcome.ok) return;
    announce(t('meetings.created'));
    onCreated(outcome.value.id);
  }

  return (
    <Dialog open wide title={t('meetings.create')} onClose={onClose} closeLabel={t('common.close')}>
      {offices.error ? <LoadError error={offices.error} /> : null}
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <TextField
          label={t('meetings.titleField')}
          name="title"
          value={title}
          onValue={setTitle}
          required
          autoFocus
          error={form.fieldError('title')}
        />
        <div className="grid grid--2">
          <TextField
            label={t('meetings.heldOn')}
            name="heldOn"
            type="date"
            value={heldOn}
            onValue={setHeldOn}
            required
            error={form.fieldError('heldOn')}
          />
          <TextField
            label={t('meetings.place')}
            name="place"
            value={place}
            onValue={setPlace}
            required
            error={form.fieldError('place')}
          />
        </div>
        <SelectField
          label={t('meetings.host')}
          name="hostOfficeId"
          value={host}
          onValue={setHost}
          options={
            offices.options.length > 0
              ? offices.options
              : [{ value: user.office.id, label: user.office.name }]
          }
          required
          error={form.fieldError('hostOfficeId')}
        />
        <div className="grid grid--2">
          <CheckboxGroup
            legend={t('meetings.participants')}
            hint={t('meetings.participantsHint')}
            options={offices.options.filter((o) => o.value !== host)}
            depths={offices.depths}
            values={participants}
            onValues={setParticipants}
            error={errorUnder(form, 'participantOfficeIds')}
          />
          <CheckboxGroup
            legend={t('meetings.tppoTypes')}
            options={tppoOptions(language)}
            values={types}
            onValues={setTypes}
            error={errorUnder(form, 'tppoTypes')}
          />
        </div>
        <TextArea
          label={t('meetings.otherAgencies')}
          hint={t('meetings.onePerLine')}
          name="otherAgencies"
          value={agencies}
          onValue={setAgencies}
          rows={2}
          optionalText={t('common.optional')}
          error={errorUnder(form, 'otherAgencies')}
        />
        <TextArea
          label={t('meetings.topics')}
          hint={t('meetings.onePerLine')}
          name="topics"
          value={topics}
          onValue={setTopics}
          rows={3}
          optionalText={t('common.optional')}
          error={errorUnder(form, 'topics')}
        />
        <TextArea
          label={t('meetings.minutes')}
          name="minutes"
          value={minutes}
          onValue={setMinutes}
          rows={6}
          optionalText={t('common.optional')}
          error={form.fieldError('minutes')}
        />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('meetings.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
