import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { changePassword, saveLanguage } from '../api/auth.api.ts';
import type { Language } from '../api/client.ts';
import { useAnnouncer } from '../app/announcer.tsx';
import { useSession, useSignedIn } from '../app/session.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { TotpEnrolment } from '../components/TotpEnrolment.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { translate, useI18n } from '../i18n/i18n.tsx';

/** Akun: change password, turn on TOTP, choose the language. */
export function AccountPage(): ReactNode {
  const { t } = useI18n();
  const { user } = useSignedIn();
  return (
    <section className="page">
      <h1>{t('account.title')}</h1>
      {user.mustChangePassword ? (
        <p className="alert alert--warning">{t('account.mustChange')}</p>
      ) : null}
      <div className="grid grid--2">
        <PasswordPanel />
        <div className="stack">
          <TotpPanel />
          <LanguagePanel />
        </div>
      </div>
    </section>
  );
}

function PasswordPanel(): ReactNode {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (next !== repeat) {
      form.fail(t('account.mismatch'), { repeat: t('account.mismatch') });
      return;
    }
    const outcome = await form.run(() => changePassword(current, next));
    if (!outcome.ok) return;
    setCurrent('');
    setNext('');
    setRepeat('');
    announce(t('account.passwordChanged'));
    await refresh();
  }

  return (
    <section className="panel" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password')}</h2>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <TextField
          label={t('account.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={current}
          onValue={setCurrent}
          required
          error={form.fieldError('currentPassword')}
        />
        <TextField
          label={t('account.new')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={next}
          onValue={setNext}
          hint={t('account.newHint')}
          required
          error={form.fieldError('newPassword')}
        />
        <TextField
          label={t('account.repeat')}
          name="repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onValue={setRepeat}
          required
          error={form.fieldError('repeat')}
        />
        <div className="actions actions--start">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('account.password')}
          </button>
        </div>
      </form>
    </section>
  );
}

function TotpPanel(): ReactNode {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const { refresh } = useSession();
  const { announce } = useAnnouncer();
  const [enrolling, setEnrolling] = useState(false);
  return (
    <section className="panel" aria-labelledby="account-totp">
      <h2 id="account-totp">{t('account.totp')}</h2>
      {user.totpEnabled ? <p>{t('account.totpOn')}</p> : null}
      {!user.totpEnabled && !enrolling ? (
        <>
          <p className="muted">{t('account.totpOff')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEnrolling(true)}
          >
            {t('account.totpStart')}
          </button>
        </>
      ) : null}
      {!user.totpEnabled && enrolling ? (
        <TotpEnrolment
          help={t('account.totpHelp')}
          onDone={() => {
            setEnrolling(false);
            announce(t('account.totpDone'));
            void refresh();
          }}
        />
      ) : null}
    </section>
  );
}

function LanguagePanel(): ReactNode {
  const { t, language, setLanguage } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [choice, setChoice] = useState<Language>(language);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() => saveLanguage(choice));
    if (!outcome.ok) return;
    setLanguage(choice);
    // Confirm in the language just chosen, which is the one the page now speaks.
    announce(translate(choice, 'account.languageSaved'));
  }

  return (
    <section className="panel" aria-labelledby="account-language">
      <h2 id="account-language">{t('account.language')}</h2>
      <form ref={form.formRef} className="stack" onSubmit={(event) => void handleSubmit(event)}>
        <ProblemAlert error={form.error} />
        <SelectField
          label={t('header.language')}
          name="language"
          value={choice}
          onValue={(value) => setChoice(value === 'en' ? 'en' : 'id')}
          options={[
            { value: 'id', label: t('lang.id') },
            { value: 'en', label: t('lang.en') },
          ]}
          error={form.fieldError('language')}
        />
        <div className="actions actions--start">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
