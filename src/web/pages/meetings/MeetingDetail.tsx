import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { TppoTypeCode } from '../../../domain/tppo.ts';
import {
  addMeetingAttachment,
  fetchMeeting,
  meetingAttachmentUrl,
  minutesPdfUrl,
  readUpload,
  updateMeeting,
  type Meeting,
} from '../../api/meetings.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link } from '../../app/router.tsx';
import { TextArea } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActionItemsPanel } from './ActionItemsPanel.tsx';
import { AgreementsPanel } from './AgreementsPanel.tsx';
import { errorUnder, formatSize, tppoLabel } from './coord-format.ts';
import { MEETINGS_PATH } from './coord-paths.ts';

/** One meeting: details, participants by office, agenda, minutes, agreements and action items. */
export function MeetingDetail({ id }: { id: string }): ReactNode {
  const { t, language } = useI18n();
  const loaded = useLoad(() => fetchMeeting(id), [id]);
  const meeting = loaded.data;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={MEETINGS_PATH}>← {t('meetings.back')}</Link>
      </p>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {!meeting && !loaded.error ? <p role="status">{t('common.loading')}</p> : null}
      {meeting ? (
        <>
          <div className="page__head">
            <h1>{meeting.title}</h1>
            <a className="button" href={minutesPdfUrl(meeting.id)} download>
              {t('meetings.minutesPdf')}
            </a>
          </div>
          {meeting.demoNote ? <p className="alert alert--neutral">{meeting.demoNote}</p> : null}
          <div className="grid grid--2">
            <section className="panel" aria-labelledby="meeting-facts">
              <h2 id="meeting-facts">{t('meetings.details')}</h2>
              <dl className="facts">
                <dt>{t('meetings.heldOn')}</dt>
                <dd>{formatDate(meeting.heldOn, language)}</dd>
                <dt>{t('meetings.place')}</dt>
                <dd>{meeting.place}</dd>
                <dt>{t('meetings.host')}</dt>
                <dd>{meeting.hostOffice.name}</dd>
                <dt>{t('meetings.otherAgencies')}</dt>
                <dd>{meeting.otherAgencies.join(', ') || t('common.none')}</dd>
                {meeting.sourceReference ? (
                  <>
                    <dt>{t('meetings.source')}</dt>
                    <dd>{meeting.sourceReference}</dd>
                  </>
                ) : null}
              </dl>
            </section>
            <section className="panel" aria-labelledby="meeting-participants">
              <h2 id="meeting-participants">{t('meetings.participantsByOffice')}</h2>
              <ul className="plain-list">
                <li>
                  {meeting.hostOffice.name}{' '}
                  <span className="muted small">({t('meetings.hostMark')})</span>
                </li>
                {meeting.participants
                  .filter((office) => office.id !== meeting.hostOffice.id)
                  .map((office) => (
                    <li key={office.id}>{office.name}</li>
                  ))}
              </ul>
            </section>
          </div>
          <section className="panel" aria-labelledby="meeting-agenda">
            <h2 id="meeting-agenda">{t('meetings.agenda')}</h2>
            <h3>{t('meetings.tppoTypes')}</h3>
            {meeting.tppoTypes.length > 0 ? (
              <ul className="tag-list">
                {meeting.tppoTypes.map((code) => (
                  <li key={code} className="tag">
                    {tppoLabel(code, language)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('common.none')}</p>
            )}
            <h3>{t('meetings.topics')}</h3>
            {meeting.topics.length > 0 ? (
              <ul className="plain-list">
                {meeting.topics.map((topic) => (
                  <li key={topic}>{topic}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('common.none')}</p>
            )}
          </section>
          <MinutesPanel meeting={meeting} onChanged={loaded.reload} />
          <AgreementsPanel meeting={meeting} onChanged={loaded.reload} />
          <ActionItemsPanel meeting={meeting} onChanged={loaded.reload} />
          <AttachmentsPanel meeting={meeting} onChanged={loaded.reload} />
        </>
      ) : null}
    </section>
  );
}

function MinutesPanel({
  meeting,
  onChanged,
}: {
  meeting: Meeting;
  onChanged: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [editing, setEditing] = useState(false);
  const [minutes, setMinutes] = useState(meeting.minutes);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    // The whole record is sent back: the server fills list fields left out of a change with
    // empty lists, so a change of the minutes alone would drop the participants and agenda.
    const outcome = await form.run(() =>
      updateMeeting(meeting.id, {
        title: meeting.title,
        heldOn: meeting.heldOn,
        place: meeting.place,
        hostOfficeId: meeting.hostOffice.id,
        participantOfficeIds: [
          ...new Set(
            meeting.participants.map((p) => p.id).filter((id) => id !== meeting.hostOffice.id),
          ),
        ],
        otherAgencies: meeting.otherAgencies,
        tppoTypes: meeting.tppoTypes as TppoTypeCode[],
        topics: meeting.topics,
        minutes,
      }),
    );
    if (!outcome.ok) return;
    setEditing(false);
    announce(t('meetings.minutesSaved'));
    onChanged();
  }

  return (
    <section className="panel" aria-labelledby="meeting-minutes">
      <div className="panel__head">
        <h2 id="meeting-minutes">{t('meetings.minutes')}</h2>
        {meeting.canManage && !editing ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setMinutes(meeting.minutes);
              setEditing(true);
            }}
          >
            {t('meetings.editMinutes')}
          </button>
        ) : null}
      </div>
      {editing ? (
        <form
          ref={form.formRef}
          className="stack"
          onSubmit={(event) => void handleSubmit(event)}
          noValidate
        >
          <ProblemAlert error={form.error} />
          <TextArea
            label={t('meetings.minutes')}
            name="minutes"
            value={minutes}
            onValue={setMinutes}
            rows={10}
            autoFocus
            error={form.fieldError('minutes')}
          />
          <div className="actions actions--start">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {t('common.save')}
            </button>
          </div>
        </form>
      ) : meeting.minutes ? (
        <p className="prewrap">{meeting.minutes}</p>
      ) : (
        <p className="muted">{t('meetings.noMinutes')}</p>
      )}
    </section>
  );
}

function AttachmentsPanel({
  meeting,
  onChanged,
}: {
  meeting: Meeting;
  onChanged: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!file) {
      form.fail(t('form.checkFields'), { dataBase64: t('meetings.error.file') });
      return;
    }
    const outcome = await form.run(async () =>
      addMeetingAttachment(meeting.id, await readUpload(file)),
    );
    if (!outcome.ok) return;
    setFile(null);
    setInputKey((n) => n + 1);
    announce(t('meetings.attached'));
    onChanged();
  }

  const fileError = errorUnder(form, 'dataBase64') ?? errorUnder(form, 'name');
  return (
    <section className="panel" aria-labelledby="meeting-attachments">
      <h2 id="meeting-attachments">{t('meetings.attachments')}</h2>
      {meeting.attachments.length === 0 ? (
        <p className="muted">{t('meetings.noAttachments')}</p>
      ) : (
        <ul className="plain-list">
          {meeting.attachments.map((a) => (
            <li key={a.id}>
              <a href={meetingAttachmentUrl(a.id)} download={a.name}>
                {a.name}
              </a>{' '}
              <span className="muted small">
                ({formatSize(a.sizeBytes)}, {formatDate(a.createdAt.slice(0, 10), language)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {meeting.canManage ? (
        <form
          ref={form.formRef}
          className="stack"
          onSubmit={(event) => void handleSubmit(event)}
          noValidate
        >
          <ProblemAlert error={form.error} />
          <div className={fileError ? 'field field--invalid' : 'field'}>
            <label htmlFor="meeting-attachment" className="field__label">
              {t('meetings.attachFile')}
            </label>
            <input
              key={inputKey}
              id="meeting-attachment"
              type="file"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={
                fileError
                  ? 'meeting-attachment-hint meeting-attachment-error'
                  : 'meeting-attachment-hint'
              }
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
            <p id="meeting-attachment-hint" className="field__hint">
              {t('meetings.fileLimit')}
            </p>
            {fileError ? (
              <p id="meeting-attachment-error" className="field__error">
                {fileError}
              </p>
            ) : null}
          </div>
          <div className="actions actions--start">
            <button type="submit" className="button" disabled={form.busy}>
              {t('meetings.upload')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
