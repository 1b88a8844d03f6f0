import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  confirmTotpEnrolment,
  startTotpEnrolment,
  type TotpEnrolment as Enrolment,
} from '../api/auth.api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TextField } from './Field.tsx';
import { LoadError, ProblemAlert } from './ProblemAlert.tsx';
import { useApiForm } from './use-api-form.ts';
import './totp-enrolment.css';

/** Groups a base32 secret in fours so a person can type it without losing their place. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** Starts a TOTP enrolment, shows the QR code and the secret, and confirms it with a code. */
export function TotpEnrolment({ help, onDone }: { help: string; onDone: () => void }): ReactNode {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [code, setCode] = useState('');
  const form = useApiForm();

  useEffect(() => {
    let live = true;
    setStartError(null);
    startTotpEnrolment()
      .then((answer) => {
        if (live) setEnrolment(answer);
      })
      .catch((error: unknown) => {
        if (live) setStartError(error);
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      form.fail(t('totp.codeFormat'), { code: t('totp.codeFormat') });
      return;
    }
    const outcome = await form.run(() => confirmTotpEnrolment(trimmed));
    if (outcome.ok) onDone();
  }

  if (startError) {
    return <LoadError error={startError} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  if (!enrolment) return <p role="status">{t('common.loading')}</p>;
  return (
    <form
      ref={form.formRef}
      className="stack"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
    >
      <p>{help}</p>
      <div className="totp-enrolment">
        <img
          className="totp-enrolment__qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
          alt={t('totp.qrLabel')}
          width={180}
          height={180}
        />
        <div className="stack">
          <p className="field__label" id="totp-secret-label">
            {t('totp.secret')}
          </p>
          <code
            className="totp-secret"
            aria-labelledby="totp-secret-label"
            data-secret={enrolment.secret}
          >
            {groupSecret(enrolment.secret)}
          </code>
        </div>
      </div>
      <ProblemAlert error={form.error} />
      <TextField
        label={t('totp.code')}
        name="code"
        value={code}
        onValue={setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        required
        error={form.fieldError('code')}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('totp.confirm')}
        </button>
      </div>
    </form>
  );
}
