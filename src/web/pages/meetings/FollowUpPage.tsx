import { useState } from 'react';
import type { ReactNode } from 'react';
import { fetchFollowUp, type ActionItem } from '../../api/meetings.api.ts';
import { Link } from '../../app/router.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { SelectField } from '../../components/Field.tsx';
import { LoadError } from '../../components/ProblemAlert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActionItemStatusDialog } from './ActionItemDialogs.tsx';
import { ActionItemStatusBadges } from './ActionItemsPanel.tsx';
import { meetingPath } from './coord-paths.ts';
import { useOfficeChoices } from './use-offices.ts';
import './coord.css';

/** Tindak Lanjut: what each office owes after the meetings of a Kanwil, most overdue first. */
export function FollowUpPage(): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const { user } = useSignedIn();
  const offices = useOfficeChoices();
  const [kanwilId, setKanwilId] = useState('');
  const [changing, setChanging] = useState<ActionItem | null>(null);
  const loaded = useLoad(() => fetchFollowUp(kanwilId || undefined), [kanwilId]);
  const kanwilOptions = offices.offices
    .filter((o) => o.kind === 'kanwil')
    .map((o) => ({ value: o.id, label: o.shortName || o.name }));
  return (
    <section className="page">
      <h1>{t('followUp.title')}</h1>
      <p className="muted">{t('followUp.intro')}</p>
      {kanwilOptions.length > 1 ? (
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label={t('followUp.kanwil')}
            value={kanwilId}
            onValue={setKanwilId}
            options={[{ value: '', label: t('followUp.ownKanwil') }, ...kanwilOptions]}
          />
        </form>
      ) : null}
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading && !loaded.data ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.data ? (
        <>
          <h2>{t('followUp.of', { kanwil: loaded.data.kanwil.name })}</h2>
          {loaded.data.groups.length === 0 ? <p>{t('followUp.empty')}</p> : null}
          {loaded.data.groups.map((group) => (
            <section
              key={group.ownerOffice.id}
              className="panel"
              aria-labelledby={`owes-${group.ownerOffice.id}`}
            >
              <div className="panel__head">
                <h3 id={`owes-${group.ownerOffice.id}`}>
                  {t('followUp.owes', { office: group.ownerOffice.name })}
                </h3>
                <span className="muted">
                  {t('followUp.counts', { open: group.open, overdue: group.overdue })}
                </span>
              </div>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('meetings.itemDescription')}</th>
                      <th scope="col">{t('followUp.meeting')}</th>
                      <th scope="col">{t('meetings.dueOn')}</th>
                      <th scope="col">{t('meetings.itemStatus')}</th>
                      <th scope="col">{t('common.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.items.map((item) => (
                      <tr key={item.id}>
                        <th scope="row">
                          {item.description}
                          {item.ownerPerson ? (
                            <div className="muted small">{item.ownerPerson}</div>
                          ) : null}
                        </th>
                        <td>
                          <Link to={meetingPath(item.meetingId)}>{item.meetingTitle}</Link>
                        </td>
                        <td className="nowrap">{formatDate(item.dueOn, language)}</td>
                        <td>
                          <ActionItemStatusBadges item={item} />
                        </td>
                        <td>
                          {can('meeting.manage') || item.ownerUserId === user.id ? (
                            <button
                              type="button"
                              className="button button--small"
                              aria-label={t('meetings.changeItemOf', { item: item.description })}
                              onClick={() => setChanging(item)}
                            >
                              {t('meetings.changeItem')}
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      ) : null}
      {changing ? (
        <ActionItemStatusDialog
          item={changing}
          onClose={() => setChanging(null)}
          onChanged={() => {
            setChanging(null);
            loaded.reload();
          }}
        />
      ) : null}
    </section>
  );
}
