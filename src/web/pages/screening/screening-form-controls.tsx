import type { ReactNode, Ref } from 'react';
import type { ApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ScreeningDraft } from './screening-form.ts';

type FlagKey = {
  [K in keyof ScreeningDraft]: ScreeningDraft[K] extends boolean ? K : never;
}[keyof ScreeningDraft];

/** Sets one field of the draft. */
export type SetDraft = <K extends keyof ScreeningDraft>(key: K, value: ScreeningDraft[K]) => void;

/** What every section of the counter form receives. */
export interface SectionProps {
  draft: ScreeningDraft;
  set: SetDraft;
  /** The server's message for a path or anything under it. */
  err: (path: string) => string | undefined;
  optionalText: string;
}

/** The first server message for a path or anything under it (e.g. `sponsor.phones.1`). */
export function errorUnder(form: ApiForm, path: string): string | undefined {
  return (
    form.fieldError(path) ??
    form.error?.fieldErrors.find(
      (e) => e.path.startsWith(`${path}.`) || e.path.startsWith(`body.${path}.`),
    )?.message
  );
}

/** A set of flags shown as checkboxes in one fieldset. */
export function Flags({
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
  set: SetDraft;
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

/** The MRZ box (Alt+M) for scanned or pasted lines, with a note on what was read from them. */
export function MrzField({
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
