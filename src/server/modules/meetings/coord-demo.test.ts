import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { seedDemo } from '../../demo/seed-demo.ts';

describeWithDatabase('coordination demo data', (use) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    const built = await createTestApp(use());
    app = built.app;
    await seedDemo(built.deps);
  });
  afterAll(async () => {
    await app.close();
  });

  it('records the 21 May 2024 meeting at Kanwil Lampung as the seeds report it', async () => {
    const db = use().db;
    const meeting = await db
      .selectFrom('meetings as m')
      .innerJoin('offices as o', 'o.id', 'm.host_office_id')
      .select(['m.id', 'm.held_on', 'm.place', 'm.topics', 'm.source_reference', 'o.code'])
      .executeTakeFirstOrThrow();
    expect(meeting).toMatchObject({
      held_on: '2024-05-21',
      place: 'Ruang Kanwil Lampung',
      code: 'KANWIL-LAMPUNG',
    });
    expect(meeting.topics).toEqual(
      expect.arrayContaining(['Kawin kontrak', 'Bayi tabung', 'Praktik pekerja sebagai scammer']),
    );
    const participants = await db
      .selectFrom('meeting_participants as p')
      .innerJoin('offices as o', 'o.id', 'p.office_id')
      .select('o.code')
      .where('p.meeting_id', '=', meeting.id)
      .execute();
    expect(participants.map((p) => p.code).sort()).toEqual(['KANWIL-LAMPUNG', 'KANWIL-SUMSEL']);
  });

  it('links the reported agreement to the demo sharing agreement and marks demo items', async () => {
    const db = use().db;
    const agreement = await db
      .selectFrom('meeting_agreements as a')
      .innerJoin('sharing_agreements as s', 's.id', 'a.sharing_agreement_id')
      .select(['a.text', 'a.status', 's.status as sharing_status', 'a.demo_note'])
      .executeTakeFirstOrThrow();
    expect(agreement.text).toContain('Sinergitas dan komitmen bersama');
    expect(agreement.sharing_status).toBe('active');
    expect(agreement.demo_note).toContain('demo');
    const items = await db.selectFrom('action_items').select(['demo_note']).execute();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => (i.demo_note ?? '').startsWith('Data demo'))).toBe(true);
  });
});
