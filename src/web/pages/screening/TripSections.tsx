import type { ReactNode } from 'react';
import { PURPOSES, VISA_TYPE_LIST } from '../../api/screening.api.ts';
import { SelectField, TextArea, TextField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { CountryPicker } from './CountryPicker.tsx';
import { Flags, type SectionProps } from './screening-form-controls.tsx';
import type { ScreeningDraft } from './screening-form.ts';

/** The trip: destination, purpose, visa, departure, companions and the trip flags. */
export function TripSection({ draft, set, err, optionalText }: SectionProps): ReactNode {
  const { t } = useI18n();
  return (
    <fieldset className="sf-section sf-grid">
      <legend>{t('screening.sectionTrip')}</legend>
      <CountryPicker
        code={draft.country}
        onChoose={(code) => set('country', code)}
        error={err('trip.destinationCountry')}
      />
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
  );
}

/** Who sponsors the trip: names, phones, company. */
export function SponsorSection({ draft, set, err, optionalText }: SectionProps): ReactNode {
  const { t } = useI18n();
  return (
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
  );
}

/** The documents the applicant showed at the counter. */
export function DocumentsShownSection({ draft, set, err, optionalText }: SectionProps): ReactNode {
  const { t } = useI18n();
  return (
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
  );
}

/** What the interview found. */
export function InterviewSection({ draft, set }: SectionProps): ReactNode {
  const { t } = useI18n();
  return (
    <fieldset className="sf-section">
      <legend>{t('screening.sectionInterview')}</legend>
      <Flags
        keys={['firstTimeTraveller', 'declaredNoPriorPassport', 'planUnclear', 'companionConcern']}
        draft={draft}
        set={set}
        label={(key) => t(`screening.int.${key}` as 'screening.int.planUnclear')}
      />
    </fieldset>
  );
}
