import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { findRegions, type RegionCandidate } from '../api/regions.api.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface RegionSearchProps {
  code: string;
  name: string;
  onChoose: (region: { code: string; name: string }) => void;
  error?: string | undefined;
  /** The field's label and hint; the screening form's home region by default. */
  label?: string;
  hint?: string;
  /** Marks the field optional in its label (default true). */
  optional?: boolean;
  /** Offers only candidates of these levels (all levels when absent). */
  levels?: readonly string[];
}

const DEBOUNCE_MS = 250;

/** The full name of a candidate with its parents, smallest first ("Bumi Daya, Palas, …"). */
export function regionLabel(candidate: Pick<RegionCandidate, 'name' | 'parents'>): string {
  return [candidate.name, ...[...candidate.parents].reverse().map((p) => p.name)].join(', ');
}

/**
 * A search box over /api/regions/find: type a place, pick one of the candidates (buttons, so
 * Tab and Enter work), and the Kemendagri code goes with the form.
 */
export function RegionSearch({
  code,
  name,
  onChoose,
  error,
  label,
  hint,
  optional = true,
  levels,
}: RegionSearchProps): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [candidates, setCandidates] = useState<RegionCandidate[] | null>(null);
  const levelKey = levels?.join(',') ?? '';

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setCandidates(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      findRegions(q, controller.signal)
        .then((found) =>
          setCandidates(
            levelKey ? found.filter((c) => levelKey.split(',').includes(c.level)) : found,
          ),
        )
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, levelKey]);

  function handleChoose(candidate: RegionCandidate): void {
    onChoose({ code: candidate.code, name: regionLabel(candidate) });
    setQuery('');
    setCandidates(null);
  }

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label ?? t('screening.region')}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the first candidate instead of submitting the whole form.
          const first = candidates?.[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            handleChoose(first);
          }
        }}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={Boolean(error) || undefined}
        autoComplete="off"
      />
      <p id={`${id}-hint`} className="field__hint">
        {code ? t('screening.regionChosen', { name, code }) : (hint ?? t('screening.regionHint'))}
      </p>
      {code ? (
        <button
          type="button"
          className="button button--small button--link"
          onClick={() => onChoose({ code: '', name: '' })}
        >
          {t('screening.regionClear')}
        </button>
      ) : null}
      {candidates ? (
        <ul className="region-results" aria-label={t('screening.regionResults')}>
          {candidates.length === 0 ? <li className="muted">{t('screening.regionNone')}</li> : null}
          {candidates.map((candidate) => (
            <li key={candidate.code}>
              <button
                type="button"
                className="region-results__option"
                onClick={() => handleChoose(candidate)}
              >
                {regionLabel(candidate)} <code>{candidate.code}</code>
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
