import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  ACTION_ITEM_STATUSES,
  addActionItem,
  readUpload,
  updateActionItem,
  type ActionItem,
  type ActionItemStatus,
  type Meeting,
} from '../../api/meetings.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorUnder } from './coord-format.ts';

/** The form that adds an action item: what, which office and person owe it, and by when. */
export function AddActionItemDialog({
  meeting,
  onClose,
  onAdded,
}: {
  meeting: Meeting;
  onClose: () => void;
  onAdded: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const offices = [meeting.hostOffice, ...meeting.participants];
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [person, setPerson] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [agreementId, setAgreementId] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (description.trim().length < 3) local.description = t('meetings.error.description');
    if (!owner) local.ownerOfficeId = t('meetings.error.owner');
    if (!dueOn) local.dueOn = t('meetings.error.dueOn');
    if (Object.keys(local).length > 0) {
      form.fail(t('form.checkFields'), local);
      return;
    }
    const outcome = await form.run(() =>
      addActionItem(meeting.id, {
        description: description.trim(),
        ownerOfficeId: owner,
        ownerPerson: person.trim() || null,
        dueOn,
        agreementId: agreementId || null,
      }),
    );
    if (!outcome.ok) return;
    announce(t('meetings.itemAdded'));
    onAdded();
  }

  return (
    <Dialog open title={t('meetings.addItem')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <TextArea
          label={t('meetings.itemDescription')}
          name="description"
          value={description}
          onValue={setDescription}
          rows={3}
          required
          autoFocus
          error={form.fieldError('description')}
        />
        <SelectField
          label={t('meetings.ownerOffice')}
          name="ownerOfficeId"
          value={owner}
          onValue={setOwner}
          required
          options={[
            { value: '', label: t('meetings.chooseOffice') },
            ...offices.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={form.fieldError('ownerOfficeId')}
        />
        <TextField
          label={t('meetings.ownerPerson')}
          name="ownerPerson"
          value={person}
          onValue={setPerson}
          optionalText={t('common.optional')}
          error={form.fieldError('ownerPerson')}
        />
        <TextField
          label={t('meetings.dueOn')}
          name="dueOn"
          type="date"
          value={dueOn}
          onValue={setDueOn}
          required
          hint={t('meetings.dueOnHint')}
          error={form.fieldError('dueOn')}
        />
        {meeting.agreements.length > 0 ? (
          <SelectField
            label={t('meetings.itemAgreement')}
            name="agreementId"
            value={agreementId}
            onValue={setAgreementId}
            optionalText={t('common.optional')}
            options={[
              { value: '', label: t('common.none') },
              ...meeting.agreements.map((a) => ({
                value: a.id,
                label: a.text.length > 80 ? `${a.text.slice(0, 80)}…` : a.text,
              })),
            ]}
            error={form.fieldError('agreementId')}
          />
        ) : null}
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('meetings.saveItem')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The form that moves an action item on; marking it done asks for evidence of completion. */
export function ActionItemStatusDialog({
  item,
  onClose,
  onChanged,
}: {
  item: ActionItem;
  onClose: () => void;
  onChanged: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [status, setStatus] = useState<ActionItemStatus>(
    item.status === 'open' ? 'in_progress' : item.status,
  );
  const [evidence, setEvidence] = useState(item.evidenceText ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (status === 'done' && evidence.trim().length < 3) {
      form.fail(t('form.checkFields'), { evidenceText: t('meetings.error.evidence') });
      return;
    }
    const outcome = await form.run(async () =>
      updateActionItem(item.id, {
        status,
        ...(evidence.trim() ? { evidenceText: evidence.trim() } : {}),
        ...(file ? { evidenceAttachment: await readUpload(file) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (!outcome.ok) return;
    announce(t('meetings.itemChanged'));
    onChanged();
  }

  const fileError = errorUnder(form, 'evidenceAttachment');
  return (
    <Dialog open title={t('meetings.changeItem')} onClose={onClose} closeLabel={t('common.close')}>
      <p className="prewrap">{item.description}</p>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <SelectField
          label={t('meetings.itemStatus')}
          name="status"
          value={status}
          onValue={(v) => setStatus(v as ActionItemStatus)}
          options={ACTION_ITEM_STATUSES.map((s) => ({
            value: s,
            label: t(`meetings.itemStatus.${s}`),
          }))}
          autoFocus
          error={form.fieldError('status')}
        />
        <TextArea
          label={t('meetings.evidence')}
          hint={t('meetings.evidenceHint')}
          name="evidenceText"
          value={evidence}
          onValue={setEvidence}
          rows={3}
          required={status === 'done'}
          optionalText={t('common.optional')}
          error={form.fieldError('evidenceText')}
        />
        <div className={fileError ? 'field field--invalid' : 'field'}>
          <label htmlFor={`evidence-file-${item.id}`} className="field__label">
            {t('meetings.evidenceFile')}
            <span className="field__optional"> ({t('common.optional')})</span>
          </label>
          <input
            id={`evidence-file-${item.id}`}
            type="file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `evidence-file-${item.id}-error` : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {fileError ? (
            <p id={`evidence-file-${item.id}-error`} className="field__error">
              {fileError}
            </p>
          ) : null}
        </div>
        <TextArea
          label={t('meetings.statusNote')}
          name="note"
          value={note}
          onValue={setNote}
          rows={2}
          optionalText={t('common.optional')}
          error={form.fieldError('note')}
        />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
