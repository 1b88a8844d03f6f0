import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestUser } from '../../../../test/support/factories.ts';
import { createTestOrg } from '../../../../test/support/org-factories.ts';
import type { AppDeps } from '../../deps.ts';
import { startJobRunner, type JobRunner } from '../../jobs/job-runner.ts';
import { ACTION_ITEM_REMINDER_QUEUE, registerCoordinationJobs } from './coord.jobs.ts';

describeWithDatabase('coordination jobs', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let deps: AppDeps;
  let jobs: JobRunner;

  beforeAll(async () => {
    ({ deps } = await createTestApp(use(), clock));
    jobs = await startJobRunner(use(), { pollingIntervalSeconds: 0.5, schedule: false });
    await registerCoordinationJobs(deps, jobs);
  });
  afterAll(async () => {
    await jobs.stop();
  });

  it('reminds the owner of an overdue item when the queued job runs', async () => {
    const db = use().db;
    const org = await createTestOrg(use());
    const owner = await createTestUser(use(), { role: 'supervisor', officeId: org.kanimA1 });
    const meeting = await db
      .insertInto('meetings')
      .values({
        title: 'Rapat untuk job',
        held_on: '2026-11-01',
        place: 'Ruang rapat',
        host_office_id: org.kanwilA,
        source_reference: null,
        demo_note: null,
        created_by: null,
        updated_at: clock(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('action_items')
      .values({
        meeting_id: meeting.id,
        agreement_id: null,
        description: 'Butir yang terlambat',
        owner_office_id: org.kanimA1,
        owner_user_id: owner.id,
        owner_person: null,
        due_on: '2026-11-10',
        evidence_text: null,
        evidence_attachment_id: null,
        status_note: null,
        closed_at: null,
        closed_by: null,
        demo_note: null,
        created_by: null,
        updated_at: clock(),
      })
      .execute();
    await jobs.send(ACTION_ITEM_REMINDER_QUEUE, {});
    let found = 0;
    for (let i = 0; i < 60 && found === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const rows = await db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', owner.id)
        .where('kind', '=', 'action_item.overdue')
        .execute();
      found = rows.length;
    }
    expect(found).toBe(1);
  });
});
