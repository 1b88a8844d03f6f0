import type { AppDeps } from '../../deps.ts';
import type { JobRunner } from '../../jobs/job-runner.ts';
import { remindUnconfirmedBulletins } from '../bulletins/bulletin-reminders.ts';
import { remindOverdueActionItems } from './action-items.service.ts';

/** The queue of the daily reminders for overdue action items. */
export const ACTION_ITEM_REMINDER_QUEUE = 'action-item-reminders';
/** The queue of the daily reminders for unconfirmed bulletins. */
export const BULLETIN_REMINDER_QUEUE = 'bulletin-reminders';

/**
 * 00:30 UTC is 07:30 WIB, 08:30 WITA and 09:30 WIT: the start of the working day in every zone,
 * and already the new calendar day everywhere, so "overdue" means the same as on screen.
 */
export const COORD_REMINDER_CRON = '30 0 * * *';

/** Registers the daily reminders of meetings and bulletins. */
export async function registerCoordinationJobs(deps: AppDeps, jobs: JobRunner): Promise<void> {
  await jobs.work(ACTION_ITEM_REMINDER_QUEUE, async () => {
    await remindOverdueActionItems(deps);
  });
  await jobs.schedule(ACTION_ITEM_REMINDER_QUEUE, COORD_REMINDER_CRON);
  await jobs.work(BULLETIN_REMINDER_QUEUE, async () => {
    await remindUnconfirmedBulletins(deps);
  });
  await jobs.schedule(BULLETIN_REMINDER_QUEUE, COORD_REMINDER_CRON);
}
