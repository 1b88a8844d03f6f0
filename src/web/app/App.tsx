import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n.tsx';
import { AccountPage } from '../pages/AccountPage.tsx';
import { AgreementDetailPage } from '../pages/AgreementDetailPage.tsx';
import { AgreementsPage } from '../pages/AgreementsPage.tsx';
import { AuditPage } from '../pages/AuditPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { NotificationsPage } from '../pages/NotificationsPage.tsx';
import { OfficesPage } from '../pages/OfficesPage.tsx';
import { RolesPage } from '../pages/RolesPage.tsx';
import { AlertsPage } from '../pages/alerts/AlertsPage.tsx';
import { RulesPage } from '../pages/rules/RulesPage.tsx';
import { DesaPage } from '../pages/desa/DesaPage.tsx';
import { NewsPage } from '../pages/news/NewsPage.tsx';
import { BulletinsPage } from '../pages/bulletins/BulletinsPage.tsx';
import { UrgentBulletinGate } from '../pages/bulletins/UrgentBulletinGate.tsx';
import { KnowledgePage } from '../pages/knowledge/KnowledgePage.tsx';
import { FollowUpPage } from '../pages/meetings/FollowUpPage.tsx';
import { MeetingsPage } from '../pages/meetings/MeetingsPage.tsx';
import { ApprovalsPage } from '../pages/screening/ApprovalsPage.tsx';
import { HistoryDetailPage } from '../pages/screening-history/HistoryDetailPage.tsx';
import { HistoryPage } from '../pages/screening-history/HistoryPage.tsx';
import { ScreeningPage } from '../pages/screening/ScreeningPage.tsx';
import { WatchlistPage } from '../pages/watchlist/WatchlistPage.tsx';
import { SignInPage } from '../pages/SignInPage.tsx';
import { UsersPage } from '../pages/UsersPage.tsx';
import { AnnouncerProvider } from './announcer.tsx';
import { AppHeader } from './AppHeader.tsx';
import { Link, matchPath, useLocation } from './router.tsx';
import { PAGES, visiblePages, type PageId } from './routes.ts';
import { SessionProvider, useSession } from './session.tsx';

const PAGE_COMPONENTS: Record<PageId, () => ReactNode> = {
  home: HomePage,
  offices: OfficesPage,
  users: UsersPage,
  roles: RolesPage,
  screening: ScreeningPage,
  approvals: ApprovalsPage,
  history: HistoryPage,
  alerts: AlertsPage,
  watchlist: WatchlistPage,
  rules: RulesPage,
  desa: DesaPage,
  news: NewsPage,
  meetings: MeetingsPage,
  followUp: FollowUpPage,
  bulletins: BulletinsPage,
  knowledge: KnowledgePage,
  agreements: AgreementsPage,
  audit: AuditPage,
  notifications: NotificationsPage,
  account: AccountPage,
};

/** The whole web app: language, session, status messages and the signed-in shell. */
export function App(): ReactNode {
  return (
    <I18nProvider>
      <SessionProvider>
        <AnnouncerProvider>
          <Root />
        </AnnouncerProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

function Root(): ReactNode {
  const { state } = useSession();
  const { t } = useI18n();
  if (state.status === 'loading') {
    return (
      <p className="splash" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'anonymous') return <SignInPage expired={state.expired} />;
  if (state.status === 'pending') {
    return (
      <SignInPage
        expired={false}
        initialStep={state.info.secondFactorRequired ? 'totp' : 'enrol'}
      />
    );
  }
  return <Shell />;
}

function Shell(): ReactNode {
  const { t } = useI18n();
  const { state } = useSession();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const permissions = state.status === 'signed-in' ? state.info.user.permissions : [];
  const allowed = visiblePages(permissions);

  useEffect(() => {
    // After an in-app navigation, move focus to the new page's heading so screen readers start there.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skip.toMain')}
      </a>
      <AppHeader />
      <nav className="shell__nav" aria-label={t('nav.label')}>
        <NavList pathname={pathname} pages={allowed} />
      </nav>
      <main id="main" className="shell__main" ref={mainRef} tabIndex={-1}>
        <PageOutlet pathname={pathname} allowedIds={allowed.map((p) => p.id)} />
      </main>
      <UrgentBulletinGate />
    </div>
  );
}

function NavList({
  pathname,
  pages,
}: {
  pathname: string;
  pages: readonly (typeof PAGES)[number][];
}): ReactNode {
  const { t } = useI18n();
  return (
    <ul className="nav-list">
      {pages.map((page) => {
        const current =
          page.path === '/'
            ? pathname === '/'
            : pathname === page.path || pathname.startsWith(`${page.path}/`);
        return (
          <li key={page.id}>
            <Link to={page.path} className="nav-link" aria-current={current ? 'page' : undefined}>
              {t(page.label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function PageOutlet({
  pathname,
  allowedIds,
}: {
  pathname: string;
  allowedIds: PageId[];
}): ReactNode {
  const { t } = useI18n();
  const detail = matchPath('/perjanjian/:id', pathname);
  if (detail?.id) {
    return allowedIds.includes('agreements') ? (
      <AgreementDetailPage id={detail.id} />
    ) : (
      <Forbidden />
    );
  }
  const screening = matchPath('/riwayat-pemeriksaan/:id', pathname);
  if (screening?.id) {
    return allowedIds.includes('history') ? <HistoryDetailPage id={screening.id} /> : <Forbidden />;
  }
  const page = PAGES.find((p) => matchPath(p.path, pathname));
  if (!page) {
    return (
      <section>
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
      </section>
    );
  }
  if (!allowedIds.includes(page.id)) return <Forbidden />;
  const Page = PAGE_COMPONENTS[page.id];
  return <Page />;
}

function Forbidden(): ReactNode {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('error.forbiddenTitle')}</h1>
      <p className="alert alert--warning">{t('error.forbiddenPage')}</p>
    </section>
  );
}
