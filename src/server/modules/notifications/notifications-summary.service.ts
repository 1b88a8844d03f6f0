import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { visibleOfficeIds } from '../access/access.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { countUnread } from './notifications.repository.ts';
import {
  countOpenAlerts,
  countProposedWatchlistEntries,
  countScreeningsAwaitingApproval,
  countSharingApprovalsWaiting,
  countUnconfirmedBulletins,
  listPendingOwnedItems,
} from './notifications-summary.repository.ts';

/** The counts of the notification centre; null where the user's role has nothing to count. */
export interface NotificationSummary {
  unreadNotifications: number;
  openAlerts: number | null;
  approvalsWaiting: {
    total: number;
    screenings: number | null;
    watchlist: number | null;
    sharingAgreements: number | null;
  };
  overdueActions: number;
  unreadBulletins: number;
}

/**
 * One place for what waits for the user: open alerts to offices in scope, approvals waiting
 * (screening decisions, watchlist proposals, sharing agreements), overdue action items they or
 * (for meeting managers and heads) their office own, and bulletins not yet confirmed.
 */
export async function summariseNotifications(
  deps: AppDeps,
  actor: Actor,
): Promise<NotificationSummary> {
  const db = deps.database.db;
  const now = deps.clock();
  const has = (p: Parameters<typeof actor.permissions.has>[0]): boolean => actor.permissions.has(p);
  const openAlerts = has('alert.read')
    ? await countOpenAlerts(db, await visibleOfficeIds(deps, actor, 'alerts', now))
    : null;
  const screenings = has('screening.approve')
    ? await countScreeningsAwaitingApproval(
        db,
        await visibleOfficeIds(
          deps,
          { ...actor, scopeLevel: 'office' },
          'screening_decisions',
          now,
        ),
      )
    : null;
  const watchlist = has('watchlist.approve')
    ? await countProposedWatchlistEntries(db, await visibleOfficeIds(deps, actor, 'watchlist', now))
    : null;
  const sharingAgreements = has('sharing.approve')
    ? await countSharingApprovalsWaiting(db, actor.officeId)
    : null;
  const wholeOffice = has('meeting.manage') || actor.role === 'head';
  const owned = await listPendingOwnedItems(db, actor.userId, actor.officeId, wholeOffice);
  const overdueActions = owned.filter(
    (item) => item.due_on < dateInZone(now, item.owner_time_zone),
  ).length;
  return {
    unreadNotifications: await countUnread(db, actor.userId),
    openAlerts,
    approvalsWaiting: {
      total: (screenings ?? 0) + (watchlist ?? 0) + (sharingAgreements ?? 0),
      screenings,
      watchlist,
      sharingAgreements,
    },
    overdueActions,
    unreadBulletins: await countUnconfirmedBulletins(db, actor.userId),
  };
}
