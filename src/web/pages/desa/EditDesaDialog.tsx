import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  listPimpasaCandidates,
  updateDesa,
  type DesaDetail,
  type UpdateDesaInput,
} from '../../api/desa.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ContactRows, type ContactRow } from './ContactRows.tsx';

/**
 * Changes a village's contacts, PIMPASA and status. Contacts and PIMPASA are sent whole (the
 * server replaces them); a change of status carries its reason, which deactivating requires.
 */
export function EditDesaDialog({
  desa,
  onClose,
  onSaved,
}: {
  desa: DesaDetail;
  onClose: () => void;
  onSaved: (desa: DesaDetail) => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [contacts, setContacts] = useState<ContactRow[]>(
    desa.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone ?? '' })),
  );
  const [pimpasa, setPimpasa] = useState<string[]>(desa.pimpasa.map((p) => p.id));
  const [status, setStatus] = useState(desa.status);
  const [reason, setReason] = useState('');
  const [candidates, setCandidates] = useState<{ value: string; label: string }[]>(
    desa.pimpasa.map((p) => ({ value: p.id, label: p.fullName })),
  );

  useEffect(() => {
    let live = true;
    listPimpasaCandidates(desa.office.id)
      .then((users) => {
        if (!live) return;
        // Someone assigned earlier who no longer qualifies stays listed, so they can be removed.
        const listed = new Set(users.map((u) => u.id));
        setCandidates([
          ...users.map((u) => ({ value: u.id, label: u.fullName })),
          ...desa.pimpasa
            .filter((p) => !listed.has(p.id))
            .map((p) => ({ value: p.id, label: p.fullName })),
        ]);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [desa.office.id, desa.pimpasa]);

  const statusChanges = status !== desa.status;

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const input: UpdateDesaInput = {
      contacts: contacts
        .filter((c) => c.name.trim() || c.role.trim() || c.phone.trim())
        .map((c) => ({ name: c.name.trim(), role: c.role.trim(), phone: c.phone.trim() || null })),
      pimpasaUserIds: pimpasa,
      ...(statusChanges ? { status, statusReason: reason.trim() } : {}),
    };
    const outcome = await form.run(() => updateDesa(desa.id, input));
    if (!outcome.ok) return;
    announce(t('desa.saved', { name: outcome.value.region.name }));
    onSaved(outcome.value);
  }

  return (
    <Dialog open wide title={t('desa.editTitle')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <ContactRows rows={contacts} onRows={setContacts} fieldError={form.fieldError} />
        <CheckboxGroup
          legend={t('desa.pimpasa')}
          options={candidates}
          values={pimpasa}
          onValues={setPimpasa}
          {...(candidates.length === 0 ? { hint: t('desa.noPimpasaCandidates') } : {})}
          error={form.error?.fieldErrors.find((e) => e.path.startsWith('pimpasaUserIds'))?.message}
        />
        <SelectField
          label={t('desa.status')}
          name="status"
          value={status}
          onValue={(value) => setStatus(value as DesaDetail['status'])}
          options={(['aktif', 'nonaktif'] as const).map((s) => ({
            value: s,
            label: t(`desa.status.${s}`),
          }))}
          error={form.fieldError('status')}
        />
        {statusChanges ? (
          <TextArea
            label={t('desa.statusReason')}
            hint={t('desa.statusReasonHint')}
            name="statusReason"
            value={reason}
            onValue={setReason}
            rows={3}
            required={status === 'nonaktif'}
            {...(status === 'nonaktif' ? {} : { optionalText: t('common.optional') })}
            error={form.fieldError('statusReason')}
          />
        ) : null}
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
