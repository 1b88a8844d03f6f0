import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { isComplete, signIn, verifyTotp } from '../api/auth.api.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { TextField } from '../components/Field.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { TotpEnrolment } from '../components/TotpEnrolment.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { useI18n } from '../i18n/i18n.tsx';
import './sign-in.css';

/** The steps of sign-in. */
export type SignInStep = 'password' | 'totp' | 'enrol';
type Step = SignInStep;

/** Sign-in: password, then the TOTP code, or TOTP enrolment when the role requires it. */
export function SignInPage({
  expired,
  initialStep = 'password',
}: {
  expired: boolean;
  initialStep?: SignInStep;
}): ReactNode {
  const { t } = useI18n();
  const { refresh, setCsrfToken, signOut } = useSession();
  const { pathname } = useLocation();
  const [step, setStep] = useState<Step>(initialStep);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step !== 'password') headingRef.current?.focus();
  }, [step]);

  async function handleComplete(): Promise<void> {
    const info = await refresh();
    if (!info || !isComplete(info)) {
      setStep('password');
      return;
    }
    if (info.user.mustChangePassword) navigate('/akun', { replace: true });
    else if (pathname === '/masuk') navigate('/', { replace: true });
  }

  const titles: Record<Step, string> = {
    password: t('signIn.title'),
    totp: t('signIn.totpTitle'),
    enrol: t('signIn.enrolTitle'),
  };

  return (
    <div className="sign-in">
      <header className="sign-in__top">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true">
            W
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in__card">
        <h1 ref={headingRef} tabIndex={-1}>
          {titles[step]}
        </h1>
        {step === 'password' ? (
          <>
            <p className="muted">{t('signIn.intro')}</p>
            {expired ? (
              <p className="alert alert--warning" role="status">
                {t('signIn.sessionEnded')}
              </p>
            ) : null}
            <PasswordStep
              onNext={(next, csrfToken) => {
                setCsrfToken(csrfToken);
                if (next === 'done') void handleComplete();
                else setStep(next);
              }}
            />
          </>
        ) : null}
        {step === 'totp' ? <TotpStep onDone={() => void handleComplete()} /> : null}
        {step === 'enrol' ? (
          <TotpEnrolment help={t('signIn.enrolHelp')} onDone={() => void handleComplete()} />
        ) : null}
        {step !== 'password' ? (
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              // The half-open session is dropped so the next attempt starts clean.
              void signOut().then(() => setStep('password'));
            }}
          >
            {t('signIn.restart')}
          </button>
        ) : null}
      </main>
    </div>
  );
}

function PasswordStep({
  onNext,
}: {
  onNext: (next: Step | 'done', csrfToken: string) => void;
}): ReactNode {
  const { t } = useI18n();
  const form = useApiForm();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => signIn(username.trim(), password));
    if (!outcome.ok) return;
    const answer = outcome.value;
    setPassword('');
    if (answer.secondFactorRequired) onNext('totp', answer.csrfToken);
    else if (answer.totpEnrolmentRequired) onNext('enrol', answer.csrfToken);
    else onNext('done', answer.csrfToken);
  }

  return (
    <form
      ref={form.formRef}
      className="stack"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
    >
      <ProblemAlert error={form.error} />
      <TextField
        label={t('signIn.username')}
        name="username"
        value={username}
        onValue={setUsername}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus
        error={form.fieldError('username')}
      />
      <TextField
        label={t('signIn.password')}
        name="password"
        type="password"
        value={password}
        onValue={setPassword}
        autoComplete="current-password"
        required
        error={form.fieldError('password')}
      />
      <button type="submit" className="button button--primary button--block" disabled={form.busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}

function TotpStep({ onDone }: { onDone: () => void }): ReactNode {
  const { t } = useI18n();
  const form = useApiForm();
  const [code, setCode] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      form.fail(t('totp.codeFormat'), { code: t('totp.codeFormat') });
      return;
    }
    const outcome = await form.run(() => verifyTotp(trimmed));
    if (outcome.ok) onDone();
    else setCode('');
  }

  return (
    <form
      ref={form.formRef}
      className="stack"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
    >
      <p>{t('signIn.totpHelp')}</p>
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
        autoFocus
        error={form.fieldError('code')}
      />
      <button type="submit" className="button button--primary button--block" disabled={form.busy}>
        {t('signIn.verify')}
      </button>
    </form>
  );
}
