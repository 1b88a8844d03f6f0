import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  ENTRY_KINDS,
  SENSITIVITIES,
  SHARING_SCOPES,
  SOURCE_TYPES,
  WATCHLIST_TPPO_CODES,
  proposeEntry,
  type EntryKind,
  type Listing,
  type ProposeEntryInput,
  type Sensitivity,
  type SharingScope,
  type SourceType,
  type WatchlistEntry,
} from '../../api/watchlist.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm, type ApiForm } from '../../components/use-api-form.ts';
import { tppoOptions } from '../../format/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The first message for a list field or any of its items (`names.1`). */
function listError(form: ApiForm, path: string): string | undefined {
  return (
    form.fieldError(path) ??
    form.error?.fieldErrors.find((e) => e.path.replace(/^body\./, '').startsWith(`${path}.`))
      ?.message
  );
}

/** Proposes a watchlist entry; it stays `proposed` until a second person of the office approves. */
export function ProposeEntryDialog({
  onClose,
  onProposed,
}: {
  onClose: () => void;
  onProposed: (entry: WatchlistEntry) => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [kind, setKind] = useState<EntryKind>('person');
  const [names, setNames] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [sex, setSex] = useState('');
  const [nik, setNik] = useState('');
  const [passports, setPassports] = useState('');
  const [phones, setPhones] = useState('');
  const [nationality, setNationality] = useState('ID');
  const [birthPlace, setBirthPlace] = useState('');
  const [registrations, setRegistrations] = useState('');
  const [address, setAddress] = useState('');
  const [listing, setListing] = useState<Listing>('suspect');
  const [tppoTypes, setTppoTypes] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [sourceType, setSourceType] = useState<SourceType>('office');
  const [sourceReference, setSourceReference] = useState('');
  const [sensitivity, setSensitivity] = useState<Sensitivity>('terbatas');
  const [sharingScope, setSharingScope] = useState<SharingScope>('agreement');
  const [validUntil, setValidUntil] = useState('');
  const [note, setNote] = useState('');
  const optionalText = t('common.optional');
  const person = kind === 'person';

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const input: ProposeEntryInput = {
      kind,
      names: lines(names),
      birthDate: person ? orNull(birthDate) : null,
      sex: person && (sex === 'L' || sex === 'P') ? sex : null,
      nik: person ? orNull(nik) : null,
      passportNumbers: person ? lines(passports) : [],
      phones: lines(phones),
      nationality: orNull(nationality.toUpperCase()),
      birthPlace: person ? orNull(birthPlace) : null,
      registrationNumbers: kind === 'organization' ? lines(registrations) : [],
      address: orNull(address),
      listing,
      tppoTypes,
      reason: reason.trim(),
      sourceType,
      sourceReference: orNull(sourceReference),
      sensitivity,
      sharingScope,
      validUntil: orNull(validUntil),
      note: orNull(note),
    };
    const outcome = await form.run(() => proposeEntry(input));
    if (!outcome.ok) return;
    announce(t('watchlist.proposed', { ref: outcome.value.refCode }));
    onProposed(outcome.value);
  }

  return (
    <Dialog
      open
      wide
      title={t('watchlist.proposeTitle')}
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
            label={t('watchlist.kind')}
            name="kind"
            value={kind}
            onValue={(v) => setKind(v as EntryKind)}
            options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`watchlist.kind.${k}`) }))}
            error={form.fieldError('kind')}
          />
          <SelectField
            label={t('watchlist.listing')}
            name="listing"
            value={listing}
            onValue={(v) => setListing(v as Listing)}
            options={[
              { value: 'suspect', label: t('watchlist.listing.suspect') },
              { value: 'protective', label: t('watchlist.listing.protective') },
            ]}
            error={form.fieldError('listing')}
          />
        </div>
        <TextArea
          label={t('watchlist.names')}
          name="names"
          value={names}
          onValue={setNames}
          rows={2}
          hint={t('watchlist.namesHint')}
          required={kind !== 'phone'}
          optionalText={optionalText}
          error={listError(form, 'names')}
        />
        {person ? (
          <div className="grid grid--2">
            <TextField
              label={t('watchlist.birthDate')}
              name="birthDate"
              value={birthDate}
              onValue={setBirthDate}
              hint={t('watchlist.birthDateHint')}
              optionalText={optionalText}
              error={form.fieldError('birthDate')}
            />
            <SelectField
              label={t('watchlist.sex')}
              name="sex"
              value={sex}
              onValue={setSex}
              optionalText={optionalText}
              options={[
                { value: '', label: t('common.none') },
                { value: 'L', label: t('screening.sex.L') },
                { value: 'P', label: t('screening.sex.P') },
              ]}
              error={form.fieldError('sex')}
            />
            <TextField
              label={t('watchlist.nik')}
              name="nik"
              value={nik}
              onValue={setNik}
              inputMode="numeric"
              optionalText={optionalText}
              error={form.fieldError('nik')}
            />
            <TextField
              label={t('watchlist.birthPlace')}
              name="birthPlace"
              value={birthPlace}
              onValue={setBirthPlace}
              optionalText={optionalText}
              error={form.fieldError('birthPlace')}
            />
            <TextArea
              label={t('watchlist.passports')}
              name="passportNumbers"
              value={passports}
              onValue={setPassports}
              rows={1}
              hint={t('screening.onePerLine')}
              optionalText={optionalText}
              error={listError(form, 'passportNumbers')}
            />
            <TextField
              label={t('watchlist.nationality')}
              name="nationality"
              value={nationality}
              onValue={setNationality}
              maxLength={2}
              optionalText={optionalText}
              error={form.fieldError('nationality')}
            />
          </div>
        ) : null}
        {kind === 'organization' ? (
          <TextArea
            label={t('watchlist.registrations')}
            name="registrationNumbers"
            value={registrations}
            onValue={setRegistrations}
            rows={1}
            hint={t('screening.onePerLine')}
            optionalText={optionalText}
            error={listError(form, 'registrationNumbers')}
          />
        ) : null}
        <div className="grid grid--2">
          <TextArea
            label={t('watchlist.phones')}
            name="phones"
            value={phones}
            onValue={setPhones}
            rows={1}
            hint={t('screening.onePerLine')}
            required={kind === 'phone'}
            optionalText={optionalText}
            error={listError(form, 'phones')}
          />
          <TextField
            label={t('watchlist.address')}
            name="address"
            value={address}
            onValue={setAddress}
            optionalText={optionalText}
            error={form.fieldError('address')}
          />
        </div>
        <CheckboxGroup
          legend={t('watchlist.tppoTypes')}
          options={tppoOptions(language, WATCHLIST_TPPO_CODES)}
          values={tppoTypes}
          onValues={setTppoTypes}
          error={listError(form, 'tppoTypes')}
        />
        <TextArea
          label={t('watchlist.reason')}
          name="reason"
          value={reason}
          onValue={setReason}
          rows={3}
          required
          error={form.fieldError('reason')}
        />
        <div className="grid grid--2">
          <SelectField
            label={t('watchlist.sourceType')}
            name="sourceType"
            value={sourceType}
            onValue={(v) => setSourceType(v as SourceType)}
            options={SOURCE_TYPES.map((s) => ({ value: s, label: t(`watchlist.source.${s}`) }))}
            error={form.fieldError('sourceType')}
          />
          <TextField
            label={t('watchlist.sourceReference')}
            name="sourceReference"
            value={sourceReference}
            onValue={setSourceReference}
            optionalText={optionalText}
            error={form.fieldError('sourceReference')}
          />
          <SelectField
            label={t('watchlist.sensitivity')}
            name="sensitivity"
            value={sensitivity}
            onValue={(v) => setSensitivity(v as Sensitivity)}
            options={SENSITIVITIES.map((s) => ({
              value: s,
              label: t(`watchlist.sensitivity.${s}`),
            }))}
            error={form.fieldError('sensitivity')}
          />
          <SelectField
            label={t('watchlist.sharingScope')}
            name="sharingScope"
            value={sharingScope}
            onValue={(v) => setSharingScope(v as SharingScope)}
            options={SHARING_SCOPES.map((s) => ({ value: s, label: t(`watchlist.scope.${s}`) }))}
            error={form.fieldError('sharingScope')}
          />
          <TextField
            label={t('watchlist.validUntil')}
            name="validUntil"
            type="date"
            value={validUntil}
            onValue={setValidUntil}
            optionalText={optionalText}
            error={form.fieldError('validUntil')}
          />
          <TextField
            label={t('watchlist.note')}
            name="note"
            value={note}
            onValue={setNote}
            optionalText={optionalText}
            error={form.fieldError('note')}
          />
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('watchlist.propose')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
