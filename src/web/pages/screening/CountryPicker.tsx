import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { exactCountry, findCountry, searchCountries, type Country } from './countries.ts';

interface CountryPickerProps {
  /** The chosen ISO code, '' when none is chosen. */
  code: string;
  onChoose: (code: string) => void;
  error?: string | undefined;
}

/**
 * The destination: type a country's name in Bahasa Indonesia or English, its code or a city,
 * then pick one of the matches (buttons, so Tab and Enter work; Enter picks the first). Typing
 * clears an earlier pick, so the form never sends a code the officer did not choose; leaving
 * the field takes only a text that names one country exactly.
 */
export function CountryPicker({ code, onChoose, error }: CountryPickerProps): ReactNode {
  const { t, language } = useI18n();
  const id = useId();
  const chosen = code ? findCountry(code) : undefined;
  // null: not editing, the input shows the chosen country's name.
  const [query, setQuery] = useState<string | null>(null);
  const shown = query ?? (chosen ? chosen[language] : '');
  const matches = query !== null ? searchCountries(query) : null;

  function choose(country: Country): void {
    onChoose(country.code);
    setQuery(null);
  }

  const hint = chosen
    ? t('screening.countryChosen', { name: chosen[language], code: chosen.code })
    : query
      ? t('screening.countryPick')
      : t('screening.countryHint');

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {t('screening.country')}
      </label>
      <input
        id={id}
        name="country"
        type="search"
        value={shown}
        required
        onChange={(event) => {
          setQuery(event.target.value);
          if (code) onChoose('');
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => {
          if (query === null) return;
          const exact = exactCountry(query);
          if (exact) choose(exact);
        }}
        onKeyDown={(event) => {
          const first = matches?.[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            choose(first);
          } else if (event.key === 'Escape' && query !== null) {
            setQuery(null);
          }
        }}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={Boolean(error) || undefined}
        autoComplete="off"
      />
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {matches && query ? (
        <ul className="region-results" aria-label={t('screening.countryResults')}>
          {matches.length === 0 ? <li className="muted">{t('screening.countryNone')}</li> : null}
          {matches.map((country) => (
            <li key={country.code}>
              <button
                type="button"
                className="region-results__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(country)}
              >
                {country[language]}
                {country.id !== country.en
                  ? ` / ${language === 'id' ? country.en : country.id}`
                  : ''}{' '}
                <code>{country.code}</code>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
