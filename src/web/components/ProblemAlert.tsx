import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The problem's detail at the top of a form (focusable, announced), with its request id. */
export function ProblemAlert({ error }: { error: ApiError | null }): ReactNode {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="alert alert--danger" role="alert" tabIndex={-1} data-form-alert>
      <p className="alert__title">{error.message}</p>
      {error.fieldErrors.length > 0 && error.code === 'validation' ? (
        <p>{t('form.checkFields')}</p>
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
