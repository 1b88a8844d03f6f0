import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { fileReport, type ReportCategory } from '../../api/desa.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { todayIn } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { desaReportPath } from './desa-paths.ts';

const CATEGORIES: ReportCategory[] = [
  'perekrut',
  'berangkat_tanpa_dokumen',
  'korban_kembali',
  'lainnya',
];

interface PersonRow {
  name: string;
  role: string;
  phone: string;
}

/** Files an early-warning report a resident gave the PIMPASA; opens the report when filed. */
export function ReportDialog({
  desaId,
  defaultRegionCode,
  onClose,
  onDone,
}: {
  desaId: string;
  defaultRegionCode: string;
  onClose: () => void;
  onDone: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { timeZone } = useSession();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [category, setCategory] = useState<ReportCategory>('perekrut');
  const [seenOn, setSeenOn] = useState(() => todayIn(timeZone));
  const [regionCode, setRegionCode] = useState(defaultRegionCode);
  const [placeNote, setPlaceNote] = useState('');
  const [people, setPeople] = useState<PersonRow[]>([{ name: '', role: '', phone: '' }]);
  const [narrative, setNarrative] = useState('');

  const change = (index: number, patch: Partial<PersonRow>): void =>
    setPeople((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      fileReport(desaId, {
        category,
        seenOn,
        regionCode: regionCode.trim(),
        placeNote: placeNote.trim() || null,
        people: people
          .filter((p) => p.name.trim() || p.role.trim() || p.phone.trim())
          .map((p) => ({
            name: p.name.trim() || null,
            role: p.role.trim() || null,
            phone: p.phone.trim() || null,
          })),
        narrative: narrative.trim(),
      }),
    );
    if (!outcome.ok) return;
    announce(t('desa.reportFiled', { ref: outcome.value.refCode }));
    onDone();
    navigate(desaReportPath(outcome.value.id));
  }

  return (
    <Dialog open wide title={t('desa.fileReport')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <div className="grid grid--2">
          <SelectField
            label={t('desa.category')}
            name="category"
            value={category}
            onValue={(value) => setCategory(value as ReportCategory)}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`desa.category.${c}`) }))}
            error={form.fieldError('category')}
          />
          <TextField
            label={t('desa.seenOn')}
            name="seenOn"
            type="date"
            value={seenOn}
            onValue={setSeenOn}
            required
            error={form.fieldError('seenOn')}
          />
          <TextField
            label={t('desa.regionCode')}
            hint={t('desa.regionCodeHint')}
            name="regionCode"
            value={regionCode}
            onValue={setRegionCode}
            required
            error={form.fieldError('regionCode')}
          />
          <TextField
            label={t('desa.placeNote')}
            name="placeNote"
            value={placeNote}
            onValue={setPlaceNote}
            optionalText={t('common.optional')}
            error={form.fieldError('placeNote')}
          />
        </div>
        <fieldset className="field">
          <legend className="field__label">{t('desa.people')}</legend>
          {people.map((person, i) => (
            <div key={i} className="grid grid--2">
              <TextField
                label={t('desa.personName', { n: i + 1 })}
                value={person.name}
                onValue={(name) => change(i, { name })}
                error={form.fieldError(`people[${i}]`)}
              />
              <TextField
                label={t('desa.personRole', { n: i + 1 })}
                value={person.role}
                onValue={(role) => change(i, { role })}
                optionalText={t('common.optional')}
              />
              <TextField
                label={t('desa.personPhone', { n: i + 1 })}
                type="tel"
                value={person.phone}
                onValue={(phone) => change(i, { phone })}
                optionalText={t('common.optional')}
                error={form.fieldError(`people[${i}].phone`)}
              />
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => setPeople((rows) => [...rows, { name: '', role: '', phone: '' }])}
          >
            {t('desa.addPerson')}
          </button>
        </fieldset>
        <TextArea
          label={t('desa.narrative')}
          name="narrative"
          value={narrative}
          onValue={setNarrative}
          rows={4}
          required
          error={form.fieldError('narrative')}
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
