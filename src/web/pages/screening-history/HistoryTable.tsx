import type { ReactNode } from 'react';
import {
  FOLLOWUP_OUTCOMES,
  type FollowupOutcome,
  type ScreeningSummary,
} from '../../api/screening.api.ts';
import { Link } from '../../app/router.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { OutcomeBadge } from '../screening/ResultPanel.tsx';
import { followUpState, historyDetailPath } from './history-query.ts';

/** The label of a follow-up outcome; an outcome this version does not know shows as stored. */
export function followupLabel(t: ReturnType<typeof useI18n>['t'], outcome: string): string {
  return (FOLLOWUP_OUTCOMES as readonly string[]).includes(outcome)
    ? t(`followupOutcome.${outcome as FollowupOutcome}`)
    : outcome;
}

/** One page of the history: each screening in its office's own time zone, with its outcome. */
export function HistoryTable({
  rows,
  page,
}: {
  rows: readonly ScreeningSummary[];
  page: number;
}): ReactNode {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="history-table">
        <caption className="visually-hidden">{t('history.table', { page })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.col.at')}</th>
            <th scope="col">{t('history.col.office')}</th>
            <th scope="col">{t('history.col.kind')}</th>
            <th scope="col">{t('history.col.subject')}</th>
            <th scope="col">{t('history.col.recommendation')}</th>
            <th scope="col">{t('history.col.decision')}</th>
            <th scope="col">{t('history.col.deadline')}</th>
            <th scope="col">{t('history.col.followUp')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const state = followUpState(row);
            return (
              <tr key={row.id} data-ref={row.refCode}>
                <td className="nowrap">
                  {formatDateTime(row.createdAt, language, row.office.timeZone)}
                </td>
                <td>{row.office.name}</td>
                <td>{t(`history.kindShort.${row.kind}`)}</td>
                <th scope="row">
                  <Link to={historyDetailPath(row.id)}>{row.subjectName}</Link>
                  <div className="muted small">{row.refCode}</div>
                </th>
                <td>
                  <OutcomeBadge outcome={row.recommendation} />
                </td>
                <td>
                  {row.decision ? <OutcomeBadge outcome={row.decision} /> : null}
                  <div className="small" data-testid="history-decision-status">
                    {row.decision
                      ? t(`decisionStatus.${row.decisionStatus}`)
                      : t('history.noDecision')}
                  </div>
                </td>
                <td className="nowrap">
                  {row.tundaDeadline ? formatDate(row.tundaDeadline, language) : t('common.none')}
                </td>
                <td>
                  {state === 'recorded'
                    ? t('history.followUp.recorded', {
                        outcome: followupLabel(t, row.followupOutcome ?? ''),
                      })
                    : t(`history.followUp.${state}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
