import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  listPimpasaCandidates,
  registerDesa,
  resolvePlace,
  type Criterion,
  type DesaDetail,
  type PlaceCandidate,
} from '../../api/desa.api.ts';
import { listOffices, flattenOffices } from '../../api/org.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { useSignedIn } from '../../app/session.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextField, TextArea } from '../../components/Field.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ContactRows, type ContactRow } from './ContactRows.tsx';
import { placeLine } from './desa-format.ts';

const CRITERIA: Criterion[] = [
  'kantong_pmi',
  'usia_produktif',
  'jauh_dari_kanim',
  'jalur_perbatasan',
];

/**
 * Registers a Desa Binaan from a place as written: the text is looked up in the official list,
 * the user picks the desa/kelurahan, and the name as written is kept beside the official one.
 */
export function RegisterDesaDialog({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: (desa: DesaDetail) => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const session = useSignedIn();
  const form = useApiForm();
  const lookup = useApiForm();
  const offices = useLoad(listOffices, []);
  const kanims = flattenOffices(offices.data ?? []).filter(({ office }) => office.kind === 'kanim');
  const [place, setPlace] = useState('');
  const [candidates, setCandidates] = useState<PlaceCandidate[] | null>(null);
  const [regionCode, setRegionCode] = useState('');
  const [officeId, setOfficeId] = useState(
    session.user.office.kind === 'kanim' ? session.user.office.id : '',
  );
  const [skNumber, setSkNumber] = useState('');
  const [skDate, setSkDate] = useState('');
  const [formedOn, setFormedOn] = useState('');
  const [precision, setPrecision] = useState<'day' | 'month' | 'year'>('day');
  const [criteria, setCriteria] = useState<string[]>([]);
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  const [pimpasa, setPimpasa] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [pimpasaOptions, setPimpasaOptions] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    if (!officeId) return;
    let live = true;
    listPimpasaCandidates(officeId)
      .then((users) => {
        if (live) setPimpasaOptions(users.map((u) => ({ value: u.id, label: u.fullName })));
      })
      .catch(() => {
        if (live) setPimpasaOptions([]);
      });
    return () => {
      live = false;
    };
  }, [officeId]);

  async function handleLookup(): Promise<void> {
    if (place.trim() === '') {
      lookup.fail(t('form.checkFields'), { nameAsWritten: t('desa.noCandidates') });
      return;
    }
    const outcome = await lookup.run(() => resolvePlace(place.trim()));
    if (!outcome.ok) return;
    setCandidates(outcome.value);
    const first = outcome.value.find((c) => c.registeredDesaId === null) ?? outcome.value[0];
    setRegionCode(first?.code ?? '');
  }

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      registerDesa({
        nameAsWritten: place.trim(),
        ...(regionCode ? { regionCode } : {}),
        ...(officeId ? { officeId } : {}),
        skNumber: skNumber.trim() || null,
        skDate: skDate || null,
        formedOn: formedOn || null,
        formedPrecision: precision,
        criteria: criteria as Criterion[],
        contacts: contacts
          .filter((c) => c.name.trim() || c.role.trim() || c.phone.trim())
          .map((c) => ({
            name: c.name.trim(),
            role: c.role.trim(),
            phone: c.phone.trim() || null,
          })),
        pimpasaUserIds: pimpasa,
        notes: notes.trim() || null,
      }),
    );
    if (!outcome.ok) return;
    announce(t('desa.registered', { name: outcome.value.region.name }));
    onRegistered(outcome.value);
  }

  const placeError =
    lookup.fieldError('nameAsWritten') ??
    form.fieldError('nameAsWritten') ??
    form.fieldError('regionCode');
  return (
    <Dialog open wide title={t('desa.register')} onClose={onClose} closeLabel={t('common.close')}>
      {offices.error ? <LoadError error={offices.error} onRetry={offices.reload} /> : null}
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error ?? lookup.error} />
        <div className="grid grid--2" style={{ alignItems: 'end' }}>
          <TextField
            label={t('desa.place')}
            hint={t('desa.placeHint')}
            name="nameAsWritten"
            value={place}
            onValue={(value) => {
              setPlace(value);
              setCandidates(null);
              setRegionCode('');
            }}
            required
            autoFocus
            error={placeError}
          />
          <div>
            <button
              type="button"
              className="button"
              disabled={lookup.busy}
              onClick={() => void handleLookup()}
            >
              {t('desa.find')}
            </button>
          </div>
        </div>
        {candidates !== null ? (
          candidates.length === 0 ? (
            <p className="alert alert--warning">{t('desa.noCandidates')}</p>
          ) : (
            <fieldset className="field">
              <legend className="field__label">{t('desa.candidates')}</legend>
              {candidates.map((c) => (
                <label
                  key={c.code}
                  style={{
                    display: 'flex',
                    gap: '0.6rem',
                    alignItems: 'flex-start',
                    margin: '0.4rem 0',
                  }}
                >
                  <input
                    type="radio"
                    name="regionCode"
                    value={c.code}
                    checked={regionCode === c.code}
                    onChange={() => setRegionCode(c.code)}
                  />
                  <span>
                    <strong>
                      {c.level === 'kelurahan' ? 'Kelurahan' : 'Desa'} {c.name}
                    </strong>{' '}
                    <span className="nowrap">{c.code}</span>
                    {c.registeredDesaId ? ` (${t('desa.alreadyRegistered')})` : ''}
                    <br />
                    <span className="muted small">{placeLine(c.parents)}</span>
                    {c.notes.length > 0 ? (
                      <span className="muted small">
                        <br />
                        {c.notes.join(' · ')}
                      </span>
                    ) : null}
                  </span>
                </label>
              ))}
            </fieldset>
          )
        ) : null}
        <SelectField
          label={t('desa.office')}
          name="officeId"
          value={officeId}
          onValue={(value) => {
            setOfficeId(value);
            setPimpasa([]);
          }}
          options={[
            { value: '', label: '—' },
            ...kanims.map(({ office }) => ({ value: office.id, label: office.shortName })),
          ]}
          required
          error={form.fieldError('officeId')}
        />
        <div className="grid grid--2">
          <TextField
            label={t('desa.skNumber')}
            name="skNumber"
            value={skNumber}
            onValue={setSkNumber}
            optionalText={t('common.optional')}
            error={form.fieldError('skNumber')}
          />
          <TextField
            label={t('desa.skDate')}
            name="skDate"
            type="date"
            value={skDate}
            onValue={setSkDate}
            optionalText={t('common.optional')}
            error={form.fieldError('skDate')}
          />
          <TextField
            label={t('desa.formedOn')}
            name="formedOn"
            type="date"
            value={formedOn}
            onValue={setFormedOn}
            optionalText={t('common.optional')}
            error={form.fieldError('formedOn')}
          />
          <SelectField
            label={t('desa.formedPrecision')}
            name="formedPrecision"
            value={precision}
            onValue={(value) => setPrecision(value as 'day' | 'month' | 'year')}
            options={(['day', 'month', 'year'] as const).map((p) => ({
              value: p,
              label: t(`desa.precision.${p}`),
            }))}
            error={form.fieldError('formedPrecision')}
          />
        </div>
        <CheckboxGroup
          legend={t('desa.criteria')}
          options={CRITERIA.map((c) => ({ value: c, label: t(`desa.criterion.${c}`) }))}
          values={criteria}
          onValues={setCriteria}
          error={form.fieldError('criteria')}
        />
        <CheckboxGroup
          legend={t('desa.pimpasa')}
          options={pimpasaOptions}
          values={pimpasa}
          onValues={setPimpasa}
          error={form.error?.fieldErrors.find((e) => e.path.startsWith('pimpasaUserIds'))?.message}
        />
        <ContactRows rows={contacts} onRows={setContacts} fieldError={form.fieldError} />
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
            {t('desa.register')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
