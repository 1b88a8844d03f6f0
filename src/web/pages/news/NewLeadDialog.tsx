import { useState } from 'react';
import type { ReactNode } from 'react';
import { createLead } from '../../api/news.api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type EntryKind = 'person' | 'organization' | 'phone';

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** An analyst names a perpetrator the text mentions, to be accepted as a watchlist proposal. */
export function NewLeadDialog({
  eventId,
  onClose,
  onCreated,
}: {
  eventId: string;
  onClose: () => void;
  onCreated: () => void;
}): ReactNode {
  const { t } = useI18n();
  const form = useApiForm();
  const [kind, setKind] = useState<EntryKind>('person');
  const [names, setNames] = useState('');
  const [phones, setPhones] = useState('');
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');

  async function handleSubmit(): Promise<void> {
    const outcome = await form.run(() =>
      createLead(eventId, {
        entryKind: kind,
        names: lines(names),
        phones: lines(phones),
        role: role.trim() || null,
        note: note.trim() || null,
      }),
    );
    if (outcome.ok) onCreated();
  }

  return (
    <Dialog open title={t('news.lead.newTitle')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void handleSubmit();
        }}
      >
        <ProblemAlert error={form.error} />
        <SelectField
          label={t('news.lead.kind')}
          value={kind}
          onValue={(v) => setKind(v as EntryKind)}
          options={(['person', 'organization', 'phone'] as const).map((k) => ({
            value: k,
            label: t(`news.lead.entry.${k}`),
          }))}
        />
        <TextArea
          label={t('news.lead.names')}
          value={names}
          onValue={setNames}
          error={form.fieldError('names')}
          rows={2}
        />
        <TextArea
          label={t('news.lead.phones')}
          value={phones}
          onValue={setPhones}
          error={form.error?.fieldErrors.find((e) => e.path.startsWith('phones'))?.message}
          rows={2}
        />
        <TextField label={t('news.lead.role')} value={role} onValue={setRole} />
        <TextArea label={t('news.lead.note')} value={note} onValue={setNote} rows={2} />
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('news.lead.save')}
        </button>
      </form>
    </Dialog>
  );
}
