import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The problem at the top of a form (focusable, announced). With field errors it reads as a
 * summary: the title and each field's message, which also stands next to its field.
 */
export function ProblemAlert({ error }: { error: ApiError | null }): ReactNode {
  const { t } = useI18n();
  if (!error) return null;
  const fields = error.fieldErrors;
  return (
    <div className="alert alert--danger" role="alert" tabIndex={-1} data-form-alert>
      <p className="alert__title">
        {fields.length > 0 ? error.title || error.message : error.message}
      </p>
      {fields.length > 0 ? (
        <>
          <p>{t('form.checkFields')}</p>
          <ul className="alert__list">
            {fields.map((field) => (
              <li key={`${field.path}:${field.message}`}>{field.message}</li>
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
