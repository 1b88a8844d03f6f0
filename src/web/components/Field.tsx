import { useId } from 'react';
import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';

interface FieldFrameProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  optionalText?: string;
  /** When the field is required only in some cases, says which (shown instead of "optional"). */
  requiredWhen?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled field with its hint and its error, wired for screen readers. */
function FieldFrame({
  label,
  hint,
  error,
  required,
  optionalText,
  requiredWhen,
  children,
}: FieldFrameProps): ReactNode {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'} data-field-label={label}>
      <label htmlFor={id} className="field__label">
        {label}
        {!required && requiredWhen ? (
          <span className="field__optional field__required-when"> ({requiredWhen})</span>
        ) : !required && optionalText ? (
          <span className="field__optional"> ({optionalText})</span>
        ) : null}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string;
  optionalText?: string;
  requiredWhen?: string;
  inputRef?: Ref<HTMLInputElement>;
};

/** A text, password, date or email input with label, hint and error. */
export function TextField({
  label,
  value,
  onValue,
  hint,
  error,
  optionalText,
  requiredWhen,
  inputRef,
  required,
  ...input
}: TextFieldProps): ReactNode {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      required={required}
      optionalText={optionalText}
      requiredWhen={requiredWhen}
    >
      {({ id, describedBy, invalid }) => (
        <input
          {...input}
          id={id}
          ref={inputRef}
          required={required}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'onChange' | 'value' | 'id'
> & {
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string;
  optionalText?: string;
  requiredWhen?: string;
};

/** A multi-line text field with label, hint and error. */
export function TextArea({
  label,
  value,
  onValue,
  hint,
  error,
  optionalText,
  requiredWhen,
  required,
  ...rest
}: TextAreaProps): ReactNode {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      required={required}
      optionalText={optionalText}
      requiredWhen={requiredWhen}
    >
      {({ id, describedBy, invalid }) => (
        <textarea
          {...rest}
          id={id}
          required={required}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

/** One option of a select. */
export interface Option {
  value: string;
  label: string;
}

type SelectFieldProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'id'
> & {
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: Option[];
  hint?: string;
  error?: string;
  optionalText?: string;
  requiredWhen?: string;
};

/** A select with label, hint and error. */
export function SelectField({
  label,
  value,
  onValue,
  options,
  hint,
  error,
  optionalText,
  requiredWhen,
  required,
  ...rest
}: SelectFieldProps): ReactNode {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      required={required}
      optionalText={optionalText}
      requiredWhen={requiredWhen}
    >
      {({ id, describedBy, invalid }) => (
        <select
          {...rest}
          id={id}
          required={required}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxGroupProps {
  legend: string;
  /** The field's path in the form's input, so a problem summary can name it by its legend. */
  name?: string;
  options: Option[];
  values: string[];
  onValues: (values: string[]) => void;
  hint?: string;
  error?: string;
  /** Indents options by depth (e.g. offices under their Kanwil). */
  depths?: Record<string, number>;
}

/** A fieldset of checkboxes: a multi-select that works with the keyboard alone. */
export function CheckboxGroup({
  legend,
  name,
  options,
  values,
  onValues,
  hint,
  error,
  depths,
}: CheckboxGroupProps): ReactNode {
  const id = useId();
  function handleToggle(value: string, checked: boolean): void {
    onValues(checked ? [...values, value] : values.filter((v) => v !== value));
  }
  return (
    <fieldset
      name={name}
      data-field-label={legend}
      className={error ? 'field field--invalid checkbox-group' : 'field checkbox-group'}
      aria-describedby={
        [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].join(' ').trim() || undefined
      }
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="checkbox-group__options">
        {options.map((option, index) => (
          <label
            key={option.value}
            className="checkbox"
            style={{ paddingInlineStart: `${(depths?.[option.value] ?? 0) * 1.25}rem` }}
          >
            <input
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) => handleToggle(option.value, event.target.checked)}
              aria-invalid={(Boolean(error) && index === 0) || undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
