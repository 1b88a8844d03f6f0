import type { ReactNode } from 'react';
import type { Language } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

const LANGUAGES: { code: Language; short: string }[] = [
  { code: 'id', short: 'ID' },
  { code: 'en', short: 'EN' },
];

/** Two toggle buttons for the UI language; the choice is remembered in the browser. */
export function LanguageSwitch(): ReactNode {
  const { language, setLanguage, t } = useI18n();
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
          onClick={() => setLanguage(code)}
        >
          {short}
        </button>
      ))}
    </div>
  );
}
