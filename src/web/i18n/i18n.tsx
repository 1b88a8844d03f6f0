import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../api/client.ts';
import { en } from './en.ts';
import { id, type MessageKey, type Messages } from './id.ts';

const CATALOGUES: Record<Language, Messages> = { id, en };
const STORAGE_KEY = 'waspada.language';

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * Fills a message's `{name}` placeholders; an unknown placeholder stays visible. A
 * `{name|one|other}` placeholder picks a word by number: `one` when the parameter is 1, `other`
 * otherwise (English plurals: "{count} {count|event|events}").
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      if (one === undefined || other === undefined) return String(params[name]);
      return Number(params[name]) === 1 ? one : other;
    },
  );
}

/** Translates a key in a language. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(CATALOGUES[language][key], params);
}

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Holds the UI language: Indonesian unless the user chose English (remembered in the browser). */
export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translator. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
