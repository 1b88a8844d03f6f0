import type { ReactNode, Ref } from 'react';
import { PURPOSES, VISA_TYPE_LIST } from '../../api/screening.api.ts';
import { SelectField, TextArea, TextField } from '../../components/Field.tsx';
import type { ApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DESTINATIONS, OTHER_COUNTRY } from './countries.ts';
import { RegionSearch } from '../../components/RegionSearch.tsx';
import type { ScreeningDraft } from './screening-form.ts';

type FlagKey = {
  [K in keyof ScreeningDraft]: ScreeningDraft[K] extends boolean ? K : never;
}[keyof ScreeningDraft];

interface FieldsProps {
  draft: ScreeningDraft;
  set: <K extends keyof ScreeningDraft>(key: K, value: ScreeningDraft[K]) => void;
  form: ApiForm;
  mrzRef: Ref<HTMLTextAreaElement>;
  nameRef: Ref<HTMLInputElement>;
  mrzNote: string | null;
  onMrz: (text: string) => void;
}

/** The first server message for a path or anything under it (e.g. `sponsor.phones.1`). */
function errorUnder(form: ApiForm, path: string): string | undefined {
  return (
    form.fieldError(path) ??
    form.error?.fieldErrors.find(
      (e) => e.path.startsWith(`${path}.`) || e.path.startsWith(`body.${path}.`),
    )?.message
  );
}

/** A set of flags shown as checkboxes in one fieldset. */
function Flags({
  legend,
  keys,
  draft,
  set,
  label,
}: {
  /** Without a legend the flags sit in the section's own fieldset. */
  legend?: string;
  keys: readonly FlagKey[];
  draft: ScreeningDraft;
  set: FieldsProps['set'];
  label: (key: FlagKey) => string;
}): ReactNode {
  const options = (
    <div className="checkbox-group__options">
      {keys.map((key) => (
        <label key={key} className="checkbox">
          <input
            type="checkbox"
            name={key}
            checked={draft[key]}
            onChange={(event) => set(key, event.target.checked)}
          />
          {label(key)}
        </label>
      ))}
    </div>
  );
  if (!legend) return <div className="sf-flags">{options}</div>;
  return (
    <fieldset className="field checkbox-group sf-flags">
      <legend className="field__label">{legend}</legend>
      {options}
    </fieldset>
  );
}

/**
 * Every section of the counter form in tab order: document (MRZ first, for the scanner),
 * applicant, trip, sponsor, documents shown, interview.
 */
export function ScreeningFormFields({
  draft,
  set,
  form,
  mrzRef,
  nameRef,
  mrzNote,
  onMrz,
}: FieldsProps): ReactNode {
  const { t, language } = useI18n();
  const optionalText = t('common.optional');
  const err = (path: string): string | undefined => errorUnder(form, path);

  return (
    <>
      <fieldset className="sf-section">
        <legend>{t('screening.sectionDocument')}</legend>
        <SelectField
          label={t('screening.kind')}
          name="kind"
          value={draft.kind}
          onValue={(v) => set('kind', v as ScreeningDraft['kind'])}
          options={[
            { value: 'passport_application', label: t('screening.kind.passport_application') },
            { value: 'departure_check', label: t('screening.kind.departure_check') },
          ]}
          error={err('kind')}
        />
        <MrzField
          mrzRef={mrzRef}
          value={draft.mrz}
          onValue={onMrz}
          note={mrzNote}
          error={err('document.mrz')}
        />
        <TextField
          label={t('screening.passportNumber')}
          name="passportNumber"
          value={draft.passportNumber}
          onValue={(v) => set('passportNumber', v)}
          optionalText={optionalText}
          autoComplete="off"
          error={err('document.passportNumber')}
        />
      </fieldset>

      <fieldset className="sf-section sf-grid">
        <legend>{t('screening.sectionApplicant')}</legend>
        <div className="sf-wide">
          <TextField
            label={t('screening.name')}
            name="name"
            inputRef={nameRef}
            value={draft.name}
            onValue={(v) => set('name', v)}
            required
            autoComplete="off"
            error={err('applicant.name')}
          />
        </div>
        <TextField
          label={t('screening.nik')}
          name="nik"
          value={draft.nik}
          onValue={(v) => set('nik', v)}
          inputMode="numeric"
          optionalText={optionalText}
          hint={t('screening.nikHint')}
          autoComplete="off"
          error={err('applicant.nik')}
        />
        <TextField
          label={t('screening.birthDate')}
          name="birthDate"
          type="date"
          value={draft.birthDate}
          onValue={(v) => set('birthDate', v)}
          required
          error={err('applicant.birthDate')}
        />
        <SelectField
          label={t('screening.sex')}
          name="sex"
          value={draft.sex}
          onValue={(v) => set('sex', v as ScreeningDraft['sex'])}
          required
          options={[
            { value: '', label: t('screening.choose') },
            { value: 'L', label: t('screening.sex.L') },
            { value: 'P', label: t('screening.sex.P') },
          ]}
          error={err('applicant.sex')}
        />
        <TextField
          label={t('screening.birthPlace')}
          name="birthPlace"
          value={draft.birthPlace}
          onValue={(v) => set('birthPlace', v)}
          optionalText={optionalText}
          error={err('applicant.birthPlace')}
        />
        <TextField
          label={t('screening.phone')}
          name="phone"
          type="tel"
          value={draft.phone}
          onValue={(v) => set('phone', v)}
          optionalText={optionalText}
          error={err('applicant.phone')}
        />
        <div className="sf-wide">
          <TextField
            label={t('screening.address')}
            name="address"
            value={draft.address}
            onValue={(v) => set('address', v)}
            optionalText={optionalText}
            error={err('applicant.address')}
          />
        </div>
        <div className="sf-wide">
          <RegionSearch
            code={draft.regionCode}
            name={draft.regionName}
            onChoose={(region) => {
              set('regionCode', region.code);
              set('regionName', region.name);
            }}
            error={err('applicant.regionCode')}
          />
        </div>
      </fieldset>

      <fieldset className="sf-section sf-grid">
        <legend>{t('screening.sectionTrip')}</legend>
        <SelectField
          label={t('screening.country')}
          name="country"
          value={draft.country}
          onValue={(v) => set('country', v)}
          required
          options={[
            { value: '', label: t('screening.choose') },
            ...DESTINATIONS.map((d) => ({ value: d.code, label: `${d[language]} (${d.code})` })),
            { value: OTHER_COUNTRY, label: t('screening.countryOther') },
          ]}
          error={draft.country === OTHER_COUNTRY ? undefined : err('trip.destinationCountry')}
        />
        {draft.country === OTHER_COUNTRY ? (
          <TextField
            label={t('screening.countryCode')}
            name="countryCode"
            value={draft.countryCode}
            onValue={(v) => set('countryCode', v.toUpperCase())}
            maxLength={2}
            required
            hint={t('screening.countryCodeHint')}
            error={err('trip.destinationCountry')}
          />
        ) : null}
        <SelectField
          label={t('screening.purpose')}
          name="purpose"
          value={draft.purpose}
          onValue={(v) => set('purpose', v as ScreeningDraft['purpose'])}
          required
          options={PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
          error={err('trip.purpose')}
        />
        <SelectField
          label={t('screening.visaType')}
          name="visaType"
          value={draft.visaType}
          onValue={(v) => set('visaType', v as ScreeningDraft['visaType'])}
          optionalText={optionalText}
          options={[
            { value: '', label: t('common.none') },
            ...VISA_TYPE_LIST.map((v) => ({ value: v, label: t(`visa.${v}`) })),
          ]}
          error={err('trip.visaType')}
        />
        <TextField
          label={t('screening.departureDate')}
          name="departureDate"
          type="date"
          value={draft.departureDate}
          onValue={(v) => set('departureDate', v)}
          optionalText={optionalText}
          error={err('trip.departureDate')}
        />
        <TextField
          label={t('screening.companions')}
          name="companions"
          type="number"
          min={0}
          max={200}
          value={draft.companions}
          onValue={(v) => set('companions', v)}
          optionalText={optionalText}
          error={err('trip.companions')}
        />
        <div className="sf-wide">
          <Flags
            legend={t('screening.tripFlags')}
            keys={['returnTicket', 'multiStop', 'bookedByOther', 'groupWithAgent']}
            draft={draft}
            set={set}
            label={(key) => t(`screening.${key}` as 'screening.returnTicket')}
          />
        </div>
      </fieldset>

      <fieldset className="sf-section sf-grid">
        <legend>{t('screening.sectionSponsor')}</legend>
        <TextArea
          label={t('screening.sponsorNames')}
          name="sponsorNames"
          value={draft.sponsorNames}
          onValue={(v) => set('sponsorNames', v)}
          rows={2}
          optionalText={optionalText}
          hint={t('screening.onePerLine')}
          error={err('sponsor.names')}
        />
        <TextArea
          label={t('screening.sponsorPhones')}
          name="sponsorPhones"
          value={draft.sponsorPhones}
          onValue={(v) => set('sponsorPhones', v)}
          rows={2}
          optionalText={optionalText}
          hint={t('screening.onePerLine')}
          error={err('sponsor.phones')}
        />
        <div className="sf-wide">
          <TextField
            label={t('screening.company')}
            name="company"
            value={draft.company}
            onValue={(v) => set('company', v)}
            optionalText={optionalText}
            error={err('sponsor.company')}
          />
        </div>
      </fieldset>

      <fieldset className="sf-section">
        <legend>{t('screening.sectionDocumentsShown')}</legend>
        <Flags
          keys={[
            'workRecommendation',
            'pmiRegistration',
            'parentsStatement',
            'umrahOperatorStatement',
          ]}
          draft={draft}
          set={set}
          label={(key) => t(`screening.doc.${key}` as 'screening.doc.workRecommendation')}
        />
        <TextField
          label={t('screening.docOther')}
          name="docOther"
          value={draft.docOther}
          onValue={(v) => set('docOther', v)}
          optionalText={optionalText}
          error={err('documentsShown.other')}
        />
      </fieldset>

      <fieldset className="sf-section">
        <legend>{t('screening.sectionInterview')}</legend>
        <Flags
          keys={[
            'firstTimeTraveller',
            'declaredNoPriorPassport',
            'planUnclear',
            'companionConcern',
          ]}
          draft={draft}
          set={set}
          label={(key) => t(`screening.int.${key}` as 'screening.int.planUnclear')}
        />
      </fieldset>
    </>
  );
}

function MrzField({
  mrzRef,
  value,
  onValue,
  note,
  error,
}: {
  mrzRef: Ref<HTMLTextAreaElement>;
  value: string;
  onValue: (text: string) => void;
  note: string | null;
  error: string | undefined;
}): ReactNode {
  const { t } = useI18n();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor="screening-mrz" className="field__label">
        {t('screening.mrz')}
        <span className="field__optional"> ({t('common.optional')})</span>{' '}
        <kbd className="sf-kbd">Alt+M</kbd>
      </label>
      <textarea
        id="screening-mrz"
        name="mrz"
        ref={mrzRef}
        className="sf-mrz"
        rows={2}
        cols={44}
        spellCheck={false}
        autoCapitalize="characters"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={`screening-mrz-hint${error ? ' screening-mrz-error' : ''}`}
      />
      <p id="screening-mrz-hint" className="field__hint">
        {note ?? t('screening.mrzHint')}
      </p>
      {error ? (
        <p id="screening-mrz-error" className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
