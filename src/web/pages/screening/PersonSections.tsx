import type { ReactNode, Ref } from 'react';
import { SelectField, TextField } from '../../components/Field.tsx';
import { RegionSearch } from '../../components/RegionSearch.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { MrzField, type SectionProps } from './screening-form-controls.tsx';
import type { ScreeningDraft } from './screening-form.ts';
import { useUnknownNikRegion } from './use-nik-region.ts';

/** The document: kind of screening, the MRZ (first, for the scanner), passport number. */
export function DocumentSection({
  draft,
  set,
  err,
  optionalText,
  mrzRef,
  mrzNote,
  onMrz,
}: SectionProps & {
  mrzRef: Ref<HTMLTextAreaElement>;
  mrzNote: string | null;
  onMrz: (text: string) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
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
  );
}

/** The applicant: name, NIK, birth, sex, phone, address and home region. */
export function ApplicantSection({
  draft,
  set,
  err,
  optionalText,
  nameRef,
}: SectionProps & { nameRef: Ref<HTMLInputElement> }): ReactNode {
  const { t } = useI18n();
  const unknownRegion = useUnknownNikRegion(draft.nik);
  return (
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
        hint={
          unknownRegion
            ? t('screening.nikRegionUnknown', { code: unknownRegion })
            : t('screening.nikHint')
        }
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
  );
}
