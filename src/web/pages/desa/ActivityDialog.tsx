import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { TPPO_TYPE_CODES, TPPO_TYPES } from '../../../domain/tppo.ts';
import { logActivity, type ActivityKind, type Participants } from '../../api/desa.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSession } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { todayIn } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const KINDS: ActivityKind[] = ['penyuluhan', 'kunjungan', 'layanan'];
const AGES = ['u18', 'a18_25', 'a26_45', 'o45'] as const;
const SEXES = ['L', 'P'] as const;

/** Logs a counselling session, visit or first-line service held in a village. */
export function ActivityDialog({
  desaId,
  onClose,
  onDone,
}: {
  desaId: string;
  onClose: () => void;
  onDone: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { timeZone } = useSession();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [kind, setKind] = useState<ActivityKind>('penyuluhan');
  const [date, setDate] = useState(() => todayIn(timeZone));
  const [topic, setTopic] = useState('');
  const [tppoTypes, setTppoTypes] = useState<string[]>([]);
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [partners, setPartners] = useState('');
  const [notes, setNotes] = useState('');

  function participants(): Participants {
    const read = (sex: string, age: string): number => Number(counts[`${sex}.${age}`] || 0);
    const group = (sex: string) => ({
      u18: read(sex, 'u18'),
      a18_25: read(sex, 'a18_25'),
      a26_45: read(sex, 'a26_45'),
      o45: read(sex, 'o45'),
    });
    return { L: group('L'), P: group('P') };
  }

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      logActivity(desaId, {
        kind,
        date,
        topic: topic.trim(),
        tppoTypes,
        participants: participants(),
        partners: partners
          .split('\n')
          .map((p) => p.trim())
          .filter(Boolean),
        notes: notes.trim() || null,
      }),
    );
    if (!outcome.ok) return;
    announce(t('desa.activityLogged'));
    onDone();
  }

  return (
    <Dialog
      open
      wide
      title={t('desa.logActivity')}
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
        <div className="grid grid--2">
          <SelectField
            label={t('desa.activityKind')}
            name="kind"
            value={kind}
            onValue={(value) => setKind(value as ActivityKind)}
            options={KINDS.map((k) => ({ value: k, label: t(`desa.kind.${k}`) }))}
            error={form.fieldError('kind')}
          />
          <TextField
            label={t('desa.activityDate')}
            name="date"
            type="date"
            value={date}
            onValue={setDate}
            required
            error={form.fieldError('date')}
          />
        </div>
        <TextField
          label={t('desa.topic')}
          name="topic"
          value={topic}
          onValue={setTopic}
          required
          autoFocus
          error={form.fieldError('topic')}
        />
        <CheckboxGroup
          legend={t('desa.tppoTypes')}
          options={TPPO_TYPE_CODES.map((code) => ({
            value: code,
            label: language === 'en' ? TPPO_TYPES[code].labelEn : TPPO_TYPES[code].labelId,
          }))}
          values={tppoTypes}
          onValues={setTppoTypes}
          error={form.fieldError('tppoTypes')}
        />
        <fieldset className="field">
          <legend className="field__label">{t('desa.participants')}</legend>
          {SEXES.map((sex) => (
            <div key={sex} className="grid grid--2">
              {AGES.map((age) => (
                <TextField
                  key={age}
                  label={t('desa.participantsLabel', {
                    sex: t(`desa.sex.${sex}`),
                    age: t(`desa.age.${age}`),
                  })}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={counts[`${sex}.${age}`] ?? ''}
                  onValue={(value) => setCounts((c) => ({ ...c, [`${sex}.${age}`]: value }))}
                  error={form.fieldError(`body.participants.${sex}.${age}`)}
                />
              ))}
            </div>
          ))}
        </fieldset>
        <TextArea
          label={t('desa.partners')}
          name="partners"
          value={partners}
          onValue={setPartners}
          rows={2}
          optionalText={t('common.optional')}
          error={form.fieldError('partners')}
        />
        <TextArea
          label={t('desa.notes')}
          name="notes"
          value={notes}
          onValue={setNotes}
          rows={3}
          optionalText={t('common.optional')}
          error={form.fieldError('notes')}
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
