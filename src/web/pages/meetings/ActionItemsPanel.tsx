import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  meetingAttachmentUrl,
  type ActionItem,
  type ActionItemStatus,
  type Meeting,
} from '../../api/meetings.api.ts';
import { useSignedIn } from '../../app/session.tsx';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { formatDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActionItemStatusDialog, AddActionItemDialog } from './ActionItemDialogs.tsx';

const STATUS_TONE: Record<ActionItemStatus, BadgeTone> = {
  open: 'info',
  in_progress: 'warning',
  done: 'success',
  dropped: 'neutral',
};

/** The status badge of an action item, with "overdue" beside it when the due date has passed. */
export function ActionItemStatusBadges({ item }: { item: ActionItem }): ReactNode {
  const { t } = useI18n();
  return (
    <span className="badges">
      <Badge tone={STATUS_TONE[item.status]}>{t(`meetings.itemStatus.${item.status}`)}</Badge>
      {item.overdue ? <Badge tone="danger">{t('meetings.overdue')}</Badge> : null}
    </span>
  );
}

/** The evidence of a closed item: its text and file. */
export function EvidenceCell({ item }: { item: ActionItem }): ReactNode {
  const { t } = useI18n();
  if (!item.evidenceText && !item.evidenceAttachment) {
    return <span className="muted">{t('common.none')}</span>;
  }
  return (
    <>
      {item.evidenceText ? <span className="prewrap">{item.evidenceText}</span> : null}
      {item.evidenceAttachment ? (
        <div>
          <a href={meetingAttachmentUrl(item.evidenceAttachment.id)}>
            {item.evidenceAttachment.name}
          </a>
        </div>
      ) : null}
    </>
  );
}

/** The action items of a meeting: owner, due date, status and evidence; add and close them. */
export function ActionItemsPanel({
  meeting,
  onChanged,
}: {
  meeting: Meeting;
  onChanged: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { user } = useSignedIn();
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<ActionItem | null>(null);
  return (
    <section className="panel" aria-labelledby="meeting-items">
      <div className="panel__head">
        <h2 id="meeting-items">{t('meetings.actionItems')}</h2>
        {meeting.canManage ? (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('meetings.addItem')}
          </button>
        ) : null}
      </div>
      {meeting.actionItems.length === 0 ? (
        <p className="muted">{t('meetings.noItems')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('meetings.itemDescription')}</th>
                <th scope="col">{t('meetings.owner')}</th>
                <th scope="col">{t('meetings.dueOn')}</th>
                <th scope="col">{t('meetings.itemStatus')}</th>
                <th scope="col">{t('meetings.evidence')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.actionItems.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    {item.description}
                    {item.demoNote ? <div className="muted small">{item.demoNote}</div> : null}
                  </th>
                  <td>
                    {item.ownerOffice.name}
                    {item.ownerPerson ? (
                      <div className="muted small">{item.ownerPerson}</div>
                    ) : null}
                  </td>
                  <td className="nowrap">{formatDate(item.dueOn, language)}</td>
                  <td>
                    <ActionItemStatusBadges item={item} />
                  </td>
                  <td>
                    <EvidenceCell item={item} />
                  </td>
                  <td>
                    {meeting.canManage || item.ownerUserId === user.id ? (
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
      )}
      {adding ? (
        <AddActionItemDialog
          meeting={meeting}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
      {changing ? (
        <ActionItemStatusDialog
          item={changing}
          onClose={() => setChanging(null)}
          onChanged={() => {
            setChanging(null);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
