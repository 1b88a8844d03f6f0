import type { ReactNode, Ref } from 'react';
import type { ApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApplicantSection, DocumentSection } from './PersonSections.tsx';
import { errorUnder, type SectionProps, type SetDraft } from './screening-form-controls.tsx';
import type { ScreeningDraft } from './screening-form.ts';
import {
  DocumentsShownSection,
  InterviewSection,
  SponsorSection,
  TripSection,
} from './TripSections.tsx';

interface FieldsProps {
  draft: ScreeningDraft;
  set: SetDraft;
  form: ApiForm;
  mrzRef: Ref<HTMLTextAreaElement>;
  nameRef: Ref<HTMLInputElement>;
  mrzNote: string | null;
  onMrz: (text: string) => void;
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
  const { t } = useI18n();
  const section: SectionProps = {
    draft,
    set,
    err: (path) => errorUnder(form, path),
    optionalText: t('common.optional'),
  };
  return (
    <>
      <DocumentSection {...section} mrzRef={mrzRef} mrzNote={mrzNote} onMrz={onMrz} />
      <ApplicantSection {...section} nameRef={nameRef} />
      <TripSection {...section} />
      <SponsorSection {...section} />
      <DocumentsShownSection {...section} />
      <InterviewSection {...section} />
    </>
  );
}
