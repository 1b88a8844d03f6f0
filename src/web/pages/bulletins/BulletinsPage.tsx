import { useState } from 'react';
import type { ReactNode } from 'react';
import { listBulletins, type BulletinPriority } from '../../api/bulletins.api.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BULLETINS_PATH, bulletinPath } from '../meetings/coord-paths.ts';
import { BulletinDetail } from './BulletinDetail.tsx';
import { ComposeBulletinDialog } from './ComposeBulletinDialog.tsx';
import '../meetings/coord.css';

/** The badge tone of each priority. */
export const PRIORITY_TONE: Record<BulletinPriority, BadgeTone> = {
  biasa: 'neutral',
  penting: 'warning',
  segera: 'danger',
};

/** Buletin: the inbox (or the sent box) with read status; with `?id=` one bulletin. */
export function BulletinsPage(): ReactNode {
  const { search } = useLocation();
  const id = search.get('id');
  if (id) return <BulletinDetail id={id} />;
  return <BulletinList box={search.get('kotak') === 'terkirim' ? 'sent' : 'inbox'} />;
}

function BulletinList({ box }: { box: 'inbox' | 'sent' }): ReactNode {
  const { t, language } = useI18n();
  const { can, timeZone, refreshUnread } = useSession();
  const [composing, setComposing] = useState(false);
  const bulletins = useLoad(() => listBulletins(box), [box]);
  const maySend = can('bulletin.send');
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('bulletins.title')}</h1>
        {maySend ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setComposing(true)}
          >
            {t('bulletins.compose')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('bulletins.intro')}</p>
      {maySend ? (
        <nav aria-label={t('bulletins.boxes')}>
          <ul className="badges coord-tabs">
            <li>
              <Link to={BULLETINS_PATH} aria-current={box === 'inbox' ? 'page' : undefined}>
                {t('bulletins.inbox')}
              </Link>
            </li>
            <li>
              <Link
                to={`${BULLETINS_PATH}?kotak=terkirim`}
                aria-current={box === 'sent' ? 'page' : undefined}
              >
                {t('bulletins.sent')}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
      {bulletins.error ? <LoadError error={bulletins.error} onRetry={bulletins.reload} /> : null}
      {bulletins.loading && !bulletins.data ? <p role="status">{t('common.loading')}</p> : null}
      {bulletins.data && bulletins.data.length === 0 ? (
        <p>{box === 'inbox' ? t('bulletins.emptyInbox') : t('bulletins.emptySent')}</p>
      ) : null}
      {bulletins.data && bulletins.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('bulletins.titleField')}</th>
                <th scope="col">{t('bulletins.priority')}</th>
                <th scope="col">{t('bulletins.author')}</th>
                <th scope="col">{t('bulletins.sentAt')}</th>
                <th scope="col">
                  {box === 'inbox' ? t('bulletins.readStatus') : t('bulletins.confirmations')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bulletins.data.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link to={bulletinPath(b.id)}>{b.title}</Link>
                  </th>
                  <td>
                    <Badge tone={PRIORITY_TONE[b.priority]}>
                      {t(`bulletins.priority.${b.priority}`)}
                    </Badge>
                  </td>
                  <td>{b.authorOffice.name}</td>
                  <td className="nowrap">{formatDateTime(b.sentAt, language, timeZone)}</td>
                  <td>
                    {box === 'inbox' ? (
                      b.confirmedAt ? (
                        <Badge tone="success">{t('bulletins.confirmed')}</Badge>
                      ) : (
                        <Badge tone="info">{t('bulletins.unconfirmed')}</Badge>
                      )
                    ) : (
                      t('bulletins.confirmedOf', { done: b.confirmed, total: b.recipients })
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {composing ? (
        <ComposeBulletinDialog
          onClose={() => setComposing(false)}
          onSent={(id) => {
            setComposing(false);
            refreshUnread();
            navigate(bulletinPath(id));
          }}
        />
      ) : null}
    </section>
  );
}
