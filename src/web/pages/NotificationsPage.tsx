import type { ReactNode } from 'react';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../api/notifications.api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { Badge } from '../components/Badge.tsx';
import { LoadError, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

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
                <Link to={n.link} className="button button--small">
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
