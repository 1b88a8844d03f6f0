import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { ApiError } from '../api/client.ts';

/** How a submit ended: the answer, or a failure already shown in the form. */
export type Outcome<T> = { ok: true; value: T } | { ok: false };

/** The state of one form talking to the API. */
export interface ApiForm {
  formRef: RefObject<HTMLFormElement | null>;
  busy: boolean;
  error: ApiError | null;
  /** The server's (or a local check's) message for a field path, if any. */
  fieldError: (path: string) => string | undefined;
  /** Runs a submit: clears old errors, keeps the ApiError and moves focus to the first error. */
  run<T>(action: () => Promise<T>): Promise<Outcome<T>>;
  /** Shows local checks the same way as server errors. */
  fail: (detail: string, fields: Record<string, string>) => void;
  clear: () => void;
}

/** Form state shared by every form: busy flag, problem+json errors, focus on the first error. */
export function useApiForm(): ApiForm {
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!error || !formRef.current) return;
    const first = formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    const summary = formRef.current.querySelector<HTMLElement>('[data-form-alert]');
    (first ?? summary)?.focus();
  }, [error, attempt]);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<Outcome<T>> => {
    setBusy(true);
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (caught) {
      if (caught instanceof ApiError) {
        setError(caught);
        setAttempt((n) => n + 1);
        return { ok: false };
      }
      throw caught;
    } finally {
      setBusy(false);
    }
  }, []);

  const fail = useCallback((detail: string, fields: Record<string, string>) => {
    setError(
      new ApiError(400, {
        code: 'validation',
        detail,
        errors: Object.entries(fields).map(([path, message]) => ({ path, message })),
      }),
    );
    setAttempt((n) => n + 1);
  }, []);

  return {
    formRef,
    busy,
    error,
    fieldError: (path) => error?.fieldMessage(path),
    run,
    fail,
    clear: () => setError(null),
  };
}
