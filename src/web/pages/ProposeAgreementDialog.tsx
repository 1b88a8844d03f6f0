import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { DATA_KINDS, type DataKind } from '../../domain/permissions.ts';
import { flattenOffices, listOffices } from '../api/org.api.ts';
import { proposeAgreement } from '../api/sharing.api.ts';
import { useAnnouncer } from '../app/announcer.tsx';
import { useSession } from '../app/session.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { CheckboxGroup, TextArea, TextField } from '../components/Field.tsx';
import { LoadError, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { useLoad } from '../components/use-load.ts';
import { todayIn } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Offices that can be party to an agreement: regional offices and immigration offices. */
const PARTY_KINDS = new Set(['kanwil', 'kanim']);

/** The propose form: parties, data kinds, validity and description. */
export function ProposeAgreementDialog({
  onClose,
  onProposed,
}: {
  onClose: () => void;
  onProposed: (id: string) => void;
}): ReactNode {
  const { t } = useI18n();
  const { timeZone } = useSession();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const offices = useLoad(listOffices, []);
  const [title, setTitle] = useState('');
  const [parties, setParties] = useState<string[]>([]);
  const [kinds, setKinds] = useState<string[]>([]);
  const [validFrom, setValidFrom] = useState(() => todayIn(timeZone));
  const [validUntil, setValidUntil] = useState('');
  const [description, setDescription] = useState('');
  const partyRows = flattenOffices(offices.data ?? []).filter(({ office }) =>
    PARTY_KINDS.has(office.kind),
  );

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      proposeAgreement({
        title: title.trim(),
        description: description.trim(),
        partyOfficeIds: parties,
        dataKinds: kinds as DataKind[],
        validFrom,
        ...(validUntil ? { validUntil } : {}),
      }),
    );
    if (!outcome.ok) return;
    announce(t('agreements.proposed'));
    onProposed(outcome.value.id);
  }

  return (
    <Dialog
      open
      wide
      title={t('agreements.proposeTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      {offices.error ? <LoadError error={offices.error} onRetry={offices.reload} /> : null}
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <TextField
          label={t('agreements.titleField')}
          name="title"
          value={title}
          onValue={setTitle}
          required
          autoFocus
          error={form.fieldError('title')}
        />
        <div className="grid grid--2">
          <CheckboxGroup
            legend={t('agreements.parties')}
            hint={t('agreements.partiesHint')}
            options={partyRows.map(({ office }) => ({ value: office.id, label: office.shortName }))}
            depths={Object.fromEntries(partyRows.map(({ office, depth }) => [office.id, depth]))}
            values={parties}
            onValues={setParties}
            error={form.fieldError('partyOfficeIds')}
          />
          <CheckboxGroup
            legend={t('agreements.dataKinds')}
            options={DATA_KINDS.map((kind) => ({ value: kind, label: t(`dataKind.${kind}`) }))}
            values={kinds}
            onValues={setKinds}
            error={form.fieldError('dataKinds')}
          />
        </div>
        <div className="grid grid--2">
          <TextField
            label={t('agreements.validFrom')}
            name="validFrom"
            type="date"
            value={validFrom}
            onValue={setValidFrom}
            required
            error={form.fieldError('validFrom')}
          />
          <TextField
            label={t('agreements.validUntil')}
            name="validUntil"
            type="date"
            value={validUntil}
            onValue={setValidUntil}
            optionalText={t('common.optional')}
            error={form.fieldError('validUntil')}
          />
        </div>
        <TextArea
          label={t('agreements.description')}
          name="description"
          value={description}
          onValue={setDescription}
          rows={4}
          optionalText={t('common.optional')}
          error={form.fieldError('description')}
        />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('agreements.propose')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
