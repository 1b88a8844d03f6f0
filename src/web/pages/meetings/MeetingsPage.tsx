import { useState } from 'react';
import type { ReactNode } from 'react';
import { listMeetings } from '../../api/meetings.api.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge } from '../../components/Badge.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { meetingPath } from './coord-paths.ts';
import { CreateMeetingDialog } from './CreateMeetingDialog.tsx';
import { MeetingDetail } from './MeetingDetail.tsx';
import './coord.css';

/** Rapat Koordinasi: the meetings in scope; with `?id=` one meeting. */
export function MeetingsPage(): ReactNode {
  const { search } = useLocation();
  const id = search.get('id');
  return id ? <MeetingDetail id={id} /> : <MeetingList />;
}

function MeetingList(): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const meetings = useLoad(listMeetings, []);
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('meetings.title')}</h1>
        {can('meeting.manage') ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            {t('meetings.create')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('meetings.intro')}</p>
      {meetings.error ? <LoadError error={meetings.error} onRetry={meetings.reload} /> : null}
      {meetings.loading && !meetings.data ? <p role="status">{t('common.loading')}</p> : null}
      {meetings.data && meetings.data.length === 0 ? <p>{t('meetings.empty')}</p> : null}
      {meetings.data && meetings.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('meetings.titleField')}</th>
                <th scope="col">{t('meetings.heldOn')}</th>
                <th scope="col">{t('meetings.place')}</th>
                <th scope="col">{t('meetings.host')}</th>
                <th scope="col">{t('meetings.openItems')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={meetingPath(m.id)}>{m.title}</Link>
                    {m.demoNote ? <div className="muted small">{m.demoNote}</div> : null}
                  </th>
                  <td className="nowrap">{formatDate(m.heldOn, language)}</td>
                  <td>{m.place}</td>
                  <td>{m.hostOffice.name}</td>
                  <td>
                    {m.openActionItems}
                    {m.overdueActionItems > 0 ? (
                      <>
                        {' '}
                        <Badge tone="danger">
                          {t('meetings.overdueCount', { count: m.overdueActionItems })}
                        </Badge>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {creating ? (
        <CreateMeetingDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(meetingPath(id));
          }}
        />
      ) : null}
    </section>
  );
}
