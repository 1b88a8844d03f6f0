import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { AppDeps } from '../../deps.ts';
import { expireWatchlistEntries } from './watchlist.jobs.ts';
import { matchingFor } from '../matching/matching.service.ts';
import { createTestOffice } from '../../../../test/support/factories.ts';
import { subjectKey } from './suppression-key.ts';
import { findSuppression, listSuppressionsForSubject } from './watchlist-suppressions.ts';
import { callAs, listActive } from './watchlist-test-helpers.ts';
import type { EntryDetailView, EntryView, SuppressionView } from './watchlist.schema.ts';

describeWithDatabase('watchlist suppressions and expiry', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;
  let supervisorA1: SignedInUser;
  let analystA1: SignedInUser;
  let officerA1: SignedInUser;
  let supervisorA2: SignedInUser;
  let entry: EntryView;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    supervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    analystA1 = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    officerA1 = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    supervisorA2 = await signInAs(app, use(), 'supervisor', org.kanimA2);
    entry = await listActive(app, supervisorA1, analystA1, {
      names: ['Djoko Soesilo'],
      birthDate: '1990-03-14',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const subject = { name: 'Joko Susilo', birthDate: '1990-03-14' };

  it('records a "not the same person" judgement that later spellings of the subject find', async () => {
    const res = await callAs(app, supervisorA1, 'POST', `/api/watchlist/${entry.id}/suppressions`, {
      subject,
      note: 'Beda orang: nama ibu kandung dan alamat berbeda.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<SuppressionView>();
    expect(created).toMatchObject({
      subjectLabel: 'Joko Susilo, lahir 1990-03-14',
      createdBy: { id: supervisorA1.id },
    });
    const key = subjectKey({ name: 'Djoko Soesilo', birthDate: '1990-03-14' });
    expect(await findSuppression(use().db, entry.id, key)).toMatchObject({
      id: created.id,
      note: 'Beda orang: nama ibu kandung dan alamat berbeda.',
    });
    expect((await listSuppressionsForSubject(use().db, key)).map((s) => s.entryId)).toEqual([
      entry.id,
    ]);
    expect(
      await findSuppression(
        use().db,
        entry.id,
        subjectKey({ ...subject, birthDate: '1991-03-14' }),
      ),
    ).toBeUndefined();
    const detail = await callAs(app, officerA1, 'GET', `/api/watchlist/${entry.id}`);
    const view = detail.json<EntryDetailView>();
    expect(view.suppressions.map((s) => s.id)).toEqual([created.id]);
    expect(view.history.map((h) => h.action)).toContain('watchlist.suppress');
  });

  it('refuses a repeat, a short note, a reader without approval rights and an unseen entry', async () => {
    const url = `/api/watchlist/${entry.id}/suppressions`;
    const repeat = await callAs(app, analystA1, 'POST', url, {
      subject,
      note: 'Sudah dicek ulang.',
    });
    expect(repeat.statusCode).toBe(409);
    const short = await callAs(app, analystA1, 'POST', url, {
      subject: { name: 'Orang Lain' },
      note: 'x',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.note');
    const officer = await callAs(app, officerA1, 'POST', url, {
      subject: { name: 'Orang Lain' },
      note: 'Bukan orang yang sama',
    });
    expect(officer.statusCode).toBe(403);
    const unseen = await callAs(app, supervisorA2, 'POST', url, {
      subject: { name: 'Orang Lain' },
      note: 'Bukan orang yang sama',
    });
    expect(unseen.statusCode).toBe(404);
    const count = await use()
      .db.selectFrom('watchlist_suppressions')
      .select('id')
      .where('entry_id', '=', entry.id)
      .execute();
    expect(count).toHaveLength(1);
  });

  it('expires entries after their last valid day in the listing office’s own zone', async () => {
    const kanimWit = (await createTestOffice(use(), { kind: 'kanim', timeZone: 'Asia/Jayapura' }))
      .id;
    const proposerWit = await signInAs(app, use(), 'supervisor', kanimWit);
    const approverWit = await signInAs(app, use(), 'intel_analyst', kanimWit);
    const wib = await listActive(app, supervisorA1, analystA1, {
      names: ['Berlaku Sampai Wib'],
      birthDate: '1988-08-08',
      validUntil: '2026-11-30',
    });
    const wit = await listActive(app, proposerWit, approverWit, {
      names: ['Berlaku Sampai Wit'],
      birthDate: '1988-08-08',
      validUntil: '2026-11-30',
    });
    const statusOf = async (id: string) =>
      (
        await use()
          .db.selectFrom('watchlist_entries')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).status;
    const indexed = async (name: string) =>
      (await matchingFor(deps))
        .search({ name, birthDate: '1988-08-08' }, () => true)
        .map((h) => h.item.id);

    clock.set('2026-11-30T14:59:00.000Z'); // 23:59 WIT on the last day: both still valid
    expect(await expireWatchlistEntries(deps)).toEqual([]);
    clock.set('2026-11-30T15:30:00.000Z'); // 00:30 WIT on 1 December, 22:30 WIB on the 30th
    expect(await expireWatchlistEntries(deps)).toEqual([wit.refCode]);
    expect(await statusOf(wit.id)).toBe('expired');
    expect(await statusOf(wib.id)).toBe('active');
    expect(await indexed('Berlaku Sampai Wit')).not.toContain(wit.id);
    expect(await indexed('Berlaku Sampai Wib')).toContain(wib.id);
    clock.set('2026-11-30T17:05:00.000Z'); // 00:05 WIB: the daily run's time
    expect(await expireWatchlistEntries(deps)).toEqual([wib.refCode]);
    expect(await indexed('Berlaku Sampai Wib')).not.toContain(wib.id);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['actor_username', 'details'])
      .where('action', '=', 'watchlist.expire')
      .where('target_id', '=', wib.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_username).toBe('system:watchlist-expiry');
    expect(audit.details).toMatchObject({
      changes: { status: { before: 'active', after: 'expired' } },
      timeZone: 'Asia/Jakarta',
    });
  });
});
