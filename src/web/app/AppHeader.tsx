import type { ReactNode } from 'react';
import type { Label } from '../api/auth.api.ts';
import type { Language } from '../api/client.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from './router.tsx';
import { useSession } from './session.tsx';

/** A label in the UI language, whether the server sent one string or both languages. */
export function pickLabel(label: Label | undefined, language: Language, fallback: string): string {
  if (!label) return fallback;
  return typeof label === 'string' ? label : label[language];
}

/** The banner: product, office, user, language, notification count and sign-out. */
export function AppHeader(): ReactNode {
  const { t, language } = useI18n();
  const { state, unreadCount, signOut } = useSession();
  if (state.status !== 'signed-in') return null;
  const { user } = state.info;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            W
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <span className="app-header__office">{user.office.name}</span>
      </div>
      <div className="app-header__tools">
        <Link
          to="/notifikasi"
          className="header-notifications"
          aria-label={t('header.unread', { count: unreadCount })}
        >
          <span aria-hidden="true">{t('nav.notifications')}</span>
          <span className={unreadCount > 0 ? 'count count--active' : 'count'} aria-hidden="true">
            {unreadCount}
          </span>
        </Link>
        <LanguageSwitch />
        <div className="app-header__user">
          <span className="app-header__user-name">{user.fullName}</span>
          <span className="app-header__user-role">
            {pickLabel(user.roleLabel, language, user.role)}
          </span>
        </div>
        <button type="button" className="button button--ghost" onClick={() => void signOut()}>
          {t('header.signOut')}
        </button>
      </div>
    </header>
  );
}
