import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  addSuppression,
  approveDelist,
  approveEntry,
  rejectDelist,
  rejectEntry,
  requestDelist,
  type WatchlistEntry,
} from '../../api/watchlist.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import type { MessageKey } from '../../i18n/id.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Action = 'approve' | 'reject' | 'requestDelist' | 'approveDelist' | 'rejectDelist';

interface ActionSpec {
  label: MessageKey;
  field: MessageKey;
  /** The server wants a note (reject) or a reason (delist request). */
  required: boolean;
  danger: boolean;
  path: 'note' | 'reason';
  run: (id: string, text: string) => Promise<unknown>;
}

const ACTIONS: Record<Action, ActionSpec> = {
  approve: {
    label: 'watchlist.approve',
    field: 'watchlist.noteLabel',
    required: false,
    danger: false,
    path: 'note',
    run: (id, text) => approveEntry(id, text || undefined),
  },
  reject: {
    label: 'watchlist.reject',
    field: 'watchlist.noteLabel',
    required: true,
    danger: true,
    path: 'note',
    run: (id, text) => rejectEntry(id, text),
  },
  requestDelist: {
    label: 'watchlist.requestDelist',
    field: 'watchlist.delistReason',
    required: true,
    danger: true,
    path: 'reason',
    run: (id, text) => requestDelist(id, text),
  },
  approveDelist: {
    label: 'watchlist.approveDelist',
    field: 'watchlist.noteLabel',
    required: false,
    danger: false,
    path: 'note',
    run: (id, text) => approveDelist(id, text || undefined),
  },
  rejectDelist: {
    label: 'watchlist.rejectDelist',
    field: 'watchlist.noteLabel',
    required: true,
    danger: true,
    path: 'note',
    run: (id, text) => rejectDelist(id, text),
  },
};

/**
 * The governance actions the user may take on this entry now. Four-eyes is the server's rule;
 * the buttons only hide what cannot succeed (the proposer's own approval, another office's entry).
 */
export function EntryActions({
  entry,
  onChanged,
}: {
  entry: WatchlistEntry;
  onChanged: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { can } = useSession();
  const { user } = useSignedIn();
  const [open, setOpen] = useState<Action | null>(null);
  const ownOffice = entry.office.id === user.office.id;
  const approver = can('watchlist.approve');
  const available: Action[] = [];
  // Four-eyes: whoever asked is not offered the decision (the server refuses it too).
  if (entry.status === 'proposed' && approver && entry.proposedBy !== user.id) {
    available.push('approve', 'reject');
  }
  if (entry.status === 'active' && (approver || can('watchlist.propose'))) {
    available.push('requestDelist');
  }
  if (entry.status === 'delist_requested' && approver && entry.delist?.requestedBy !== user.id) {
    available.push('approveDelist', 'rejectDelist');
  }
  if (available.length === 0 || !ownOffice) return null;
  return (
    <>
      <div className="actions actions--start">
        {available.map((action) => (
          <button
            key={action}
            type="button"
            className={ACTIONS[action].danger ? 'button button--danger' : 'button button--primary'}
            onClick={() => setOpen(action)}
          >
            {t(ACTIONS[action].label)}
          </button>
        ))}
      </div>
      {open ? (
        <ActionDialog
          entry={entry}
          spec={ACTIONS[open]}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}

function ActionDialog({
  entry,
  spec,
  onClose,
  onDone,
}: {
  entry: WatchlistEntry;
  spec: ActionSpec;
  onClose: () => void;
  onDone: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [text, setText] = useState('');
  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => spec.run(entry.id, text.trim()));
    if (!outcome.ok) return;
    announce(t('watchlist.changed'));
    onDone();
  }
  return (
    <Dialog open title={t(spec.label)} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <p>
          {entry.refCode} · {entry.names[0] ?? entry.phones[0] ?? ''}
        </p>
        <ProblemAlert error={form.error} />
        <TextArea
          label={t(spec.field)}
          name={spec.path}
          value={text}
          onValue={setText}
          rows={3}
          required={spec.required}
          optionalText={t('common.optional')}
          autoFocus
          error={form.fieldError(spec.path)}
        />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className={spec.danger ? 'button button--danger' : 'button button--primary'}
            disabled={form.busy}
          >
            {t(spec.label)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Records that a screened person is a false positive for this entry. */
export function SuppressionForm({
  entryId,
  onAdded,
}: {
  entryId: string;
  onAdded: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [name, setName] = useState('');
  const [nik, setNik] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [note, setNote] = useState('');
  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      addSuppression(entryId, {
        subject: {
          name: name.trim(),
          ...(nik.trim() ? { nik: nik.trim() } : {}),
          ...(birthDate ? { birthDate } : {}),
        },
        note: note.trim(),
      }),
    );
    if (!outcome.ok) return;
    setName('');
    setNik('');
    setBirthDate('');
    setNote('');
    announce(t('watchlist.suppressionAdded'));
    onAdded();
  }
  return (
    <details>
      <summary>{t('watchlist.addSuppression')}</summary>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <TextField
          label={t('watchlist.subjectName')}
          value={name}
          onValue={setName}
          required
          error={form.fieldError('subject.name')}
        />
        <TextField
          label={t('watchlist.subjectNik')}
          value={nik}
          onValue={setNik}
          optionalText={t('common.optional')}
          error={form.fieldError('subject.nik')}
        />
        <TextField
          label={t('watchlist.subjectBirthDate')}
          type="date"
          value={birthDate}
          onValue={setBirthDate}
          optionalText={t('common.optional')}
          error={form.fieldError('subject.birthDate')}
        />
        <TextArea
          label={t('watchlist.noteLabel')}
          value={note}
          onValue={setNote}
          rows={2}
          required
          error={form.fieldError('note')}
        />
        <div className="actions actions--start">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('watchlist.addSuppression')}
          </button>
        </div>
      </form>
    </details>
  );
}
