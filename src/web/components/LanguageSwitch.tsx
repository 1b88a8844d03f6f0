import type { ReactNode } from 'react';
import { saveLanguage } from '../api/auth.api.ts';
import type { Language } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const LANGUAGES: { code: Language; short: string }[] = [
  { code: 'id', short: 'ID' },
  { code: 'en', short: 'EN' },
];

/**
 * Two toggle buttons for the UI language. The browser remembers the choice; once signed in it
 * also becomes the user's saved preference, so the next sign-in opens in the same language.
 */
export function LanguageSwitch(): ReactNode {
  const { language, setLanguage, t } = useI18n();
  const { state } = useSession();
  const signedIn = state.status === 'signed-in';

  function handleChoose(code: Language): void {
    if (code === language) return;
    setLanguage(code);
    // A failed save only costs the preference on the next sign-in; the page already switched.
    if (signedIn) void saveLanguage(code).catch(() => undefined);
  }

  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map(({ code, short }) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-switch__button"
          aria-pressed={language === code}
          aria-label={t(code === 'id' ? 'lang.id' : 'lang.en')}
          onClick={() => handleChoose(code)}
        >
          {short}
        </button>
      ))}
    </div>
  );
}
