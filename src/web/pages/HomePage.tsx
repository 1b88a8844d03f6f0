import { useState } from 'react';
import type { ReactNode } from 'react';
import { DATA_KINDS, type DataKind } from '../../domain/permissions.ts';
import { listNotifications } from '../api/notifications.api.ts';
import { fetchScope } from '../api/org.api.ts';
import { pickLabel } from '../app/AppHeader.tsx';
import { Link } from '../app/router.tsx';
import { useSession, useSignedIn } from '../app/session.tsx';
import { SelectField } from '../components/Field.tsx';
import { LoadError } from '../components/ProblemAlert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Beranda: who the user is, their office and scope, and what is waiting for them. */
export function HomePage(): ReactNode {
  const { t, language } = useI18n();
  const { user } = useSignedIn();
  return (
    <section className="page">
      <h1>{t('home.greeting', { name: user.fullName })}</h1>
      {user.mustChangePassword ? (
        <p className="alert alert--warning">
          <Link to="/akun">{t('home.mustChangePassword')}</Link>
        </p>
      ) : null}
      <div className="grid grid--2">
        <section className="panel" aria-labelledby="home-you">
          <h2 id="home-you">{t('home.you')}</h2>
          <dl className="facts">
            <dt>{t('home.username')}</dt>
            <dd>{user.username}</dd>
            <dt>{t('home.role')}</dt>
            <dd>{pickLabel(user.roleLabel, language, user.role)}</dd>
            <dt>{t('home.office')}</dt>
            <dd>{user.office.name}</dd>
            <dt>{t('home.scope')}</dt>
            <dd>{t(`scope.${user.scopeLevel}`)}</dd>
          </dl>
        </section>
        <UnreadPanel />
      </div>
      <ScopePanel />
    </section>
  );
}

function UnreadPanel(): ReactNode {
  const { t, language } = useI18n();
  const { timeZone, unreadCount } = useSession();
  // Reloaded whenever the unread count moves (a confirmed urgent bulletin, a new notice).
  const loaded = useLoad(() => listNotifications({ unreadOnly: true }), [unreadCount]);
  const unread = (loaded.data?.items ?? []).slice(0, 5);
  return (
    <section className="panel" aria-labelledby="home-unread">
      <h2 id="home-unread">{t('home.unread')}</h2>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading && !loaded.data ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.data && unread.length === 0 ? <p className="muted">{t('home.noUnread')}</p> : null}
      {unread.length > 0 ? (
        <ul className="plain-list">
          {unread.map((n) => (
            <li key={n.id}>
              <strong>{n.title}</strong>
              <span className="muted"> · {formatDateTime(n.createdAt, language, timeZone)}</span>
              {n.body ? <p className="muted small">{n.body}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/notifikasi">{t('home.seeAll')}</Link>
      </p>
    </section>
  );
}

function ScopePanel(): ReactNode {
  const { t } = useI18n();
  const [kind, setKind] = useState<DataKind>('watchlist');
  const loaded = useLoad(() => fetchScope(kind), [kind]);
  const offices = loaded.data?.offices;
  return (
    <section className="panel" aria-labelledby="home-scope">
      <h2 id="home-scope">{t('home.scope')}</h2>
      <div className="inline-form">
        <SelectField
          label={t('home.scopeKind')}
          value={kind}
          onValue={(value) => setKind(value as DataKind)}
          options={DATA_KINDS.map((k) => ({ value: k, label: t(`dataKind.${k}`) }))}
        />
      </div>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading ? <p role="status">{t('common.loading')}</p> : null}
      {!loaded.loading && loaded.data?.all ? <p>{t('home.scopeAll')}</p> : null}
      {!loaded.loading && offices && !loaded.data?.all ? (
        <>
          <p className="muted">{t('home.scopeOffices', { kind: t(`dataKind.${kind}`) })}</p>
          <ul className="tag-list">
            {offices.map((office) => (
              <li key={office.id} className="tag">
                {office.name}
                <span className="muted"> · {t(`scopeReason.${office.reason}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
