import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { findFieldLabels, summaryLine } from './field-labels.ts';

/**
 * The problem at the top of a form (focusable, announced). With field errors it reads as a
 * summary: the title and each field's message, named by the label of the field it stands next
 * to ("Nama lengkap: Wajib diisi.").
 */
export function ProblemAlert({ error }: { error: ApiError | null }): ReactNode {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [labels, setLabels] = useState<(string | undefined)[]>([]);
  useLayoutEffect(() => {
    const alert = ref.current;
    if (!error || !alert) return;
    setLabels(findFieldLabels(alert.closest('form') ?? alert.parentElement, error.fieldErrors));
  }, [error]);
  if (!error) return null;
  const fields = error.fieldErrors;
  const checkFields = t('form.checkFields');
  const title = fields.length > 0 ? error.title || error.message : error.message;
  return (
    <div className="alert alert--danger" role="alert" tabIndex={-1} data-form-alert ref={ref}>
      <p className="alert__title">{title}</p>
      {fields.length > 0 ? (
        <>
          {title.trim() !== checkFields ? <p>{checkFields}</p> : null}
          <ul className="alert__list">
            {fields.map((field, index) => (
              <li key={`${field.path}:${field.message}`}>
                {summaryLine(labels[index], field.message)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {error.requestId ? (
        <p className="alert__meta">{t('error.requestId', { id: error.requestId })}</p>
      ) : null}
    </div>
  );
}

/** A failed page load, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }): ReactNode {
  const { t } = useI18n();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="alert alert--danger" role="alert">
      <p className="alert__title">{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
