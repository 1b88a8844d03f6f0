import type { ReactNode } from 'react';
import { fetchNotificationSummary } from '../api/bulletins.api.ts';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../api/notifications.api.ts';
import { Link } from '../app/router.tsx';
import { visiblePages } from '../app/routes.ts';
import { useSession } from '../app/session.tsx';
import { Badge } from '../components/Badge.tsx';
import { LoadError, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { appPathOfLink } from './meetings/coord-paths.ts';
import './meetings/coord.css';
import './notifications.css';

/** Notifikasi: the user's notifications, unread first; mark one or all read. */
export function NotificationsPage(): ReactNode {
  const { t, language } = useI18n();
  const { timeZone, refreshUnread } = useSession();
  const loaded = useLoad(() => listNotifications(), []);
  const form = useApiForm();
  const items = loaded.data?.items ?? [];
  const unread = loaded.data?.unread ?? 0;

  async function handleMark(action: () => Promise<unknown>): Promise<void> {
    const outcome = await form.run(action);
    if (!outcome.ok) return;
    loaded.reload();
    refreshUnread();
  }

  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('notifications.title')}</h1>
        {unread > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => void handleMark(markAllNotificationsRead)}
          >
            {t('notifications.markAll')}
          </button>
        ) : null}
      </div>
      <SummaryCounts />
      <form ref={form.formRef} onSubmit={(event) => event.preventDefault()}>
        <ProblemAlert error={form.error} />
      </form>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading && !loaded.data ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.data && items.length === 0 ? <p>{t('notifications.empty')}</p> : null}
      <ul className="notification-list">
        {items.map((n) => (
          <li
            key={n.id}
            className={n.readAt ? 'notification' : 'notification notification--unread'}
          >
            <div className="notification__head">
              <strong>{n.title}</strong>
              {!n.readAt ? <Badge tone="info">{t('notifications.unread')}</Badge> : null}
              <span className="muted small">{formatDateTime(n.createdAt, language, timeZone)}</span>
            </div>
            {n.body ? <p className="notification__body">{n.body}</p> : null}
            <div className="actions actions--start">
              {n.link && n.link.startsWith('/') ? (
                <Link to={appPathOfLink(n.link)} className="button button--small">
                  {t('notifications.open')}
                </Link>
              ) : null}
              {!n.readAt ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void handleMark(() => markNotificationRead(n.id))}
                >
                  {t('notifications.markRead')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The path of the first of these pages the user may open, or null when none is theirs. */
function usePagePath(): (...ids: string[]) => string | null {
  const { state } = useSession();
  const permissions = state.status === 'signed-in' ? state.info.user.permissions : [];
  const pages = visiblePages(permissions);
  return (...ids) => {
    for (const id of ids) {
      const page = pages.find((p) => (p.id as string) === id);
      if (page) return page.path;
    }
    return null;
  };
}

/** What waits for the user, by kind; each count links to its page when the user has that page. */
function SummaryCounts(): ReactNode {
  const { t } = useI18n();
  const summary = useLoad(fetchNotificationSummary, []);
  const pathOf = usePagePath();
  const data = summary.data;
  if (!data) return null;
  const { approvalsWaiting: approvals } = data;
  const approvalParts = [
    { count: approvals.screenings, label: t('notifications.summary.screenings') },
    { count: approvals.watchlist, label: t('notifications.summary.watchlist') },
    { count: approvals.sharingAgreements, label: t('notifications.summary.sharing') },
  ].filter((part): part is { count: number; label: string } => part.count !== null);
  const cards = [
    ...(data.openAlerts === null
      ? []
      : [
          {
            key: 'alerts',
            pages: ['alerts'],
            count: data.openAlerts,
            label: t('notifications.summary.alerts'),
          },
        ]),
    {
      key: 'approvals',
      // Screening approvals first; a head who approves agreements only lands on agreements.
      pages: ['approvals', 'watchlist', 'agreements'],
      count: approvals.total,
      label: t('notifications.summary.approvals'),
      detail: approvalParts.map((p) => `${p.label}: ${p.count}`).join(' · '),
    },
    {
      key: 'followUp',
      pages: ['followUp', 'meetings'],
      count: data.overdueActions,
      label: t('notifications.summary.overdue'),
    },
    {
      key: 'bulletins',
      pages: ['bulletins'],
      count: data.unreadBulletins,
      label: t('notifications.summary.bulletins'),
    },
  ];
  return (
    <section aria-labelledby="notification-summary">
      <h2 id="notification-summary">{t('notifications.summary.title')}</h2>
      <ul className="summary-cards" data-testid="notification-summary">
        {cards.map((card) => {
          const path = pathOf(...card.pages);
          return (
            <li key={card.key} className="summary-card">
              <span className="summary-card__count">{card.count}</span>
              {path ? <Link to={path}>{card.label}</Link> : <span>{card.label}</span>}
              {'detail' in card && card.detail ? (
                <span className="muted small"> ({card.detail})</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
