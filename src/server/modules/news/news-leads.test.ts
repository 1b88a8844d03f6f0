import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { whileWritesFail } from '../../../../test/support/failing-writes.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';
import { TEST_ARTICLES, readTestArticle } from './news-test-helpers.ts';

interface LeadAnswer {
  id: string;
  status: string;
  target: { type: string; id: string } | null;
  payload: { entryKind: string };
}

describeWithDatabase('accepting a perpetrator lead: one transaction, one proposal', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let analyst: SignedInUser;
  let eventId = '';
  let personLead = '';
  let phoneLead = '';

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    const org = await createTestOrg(use());
    analyst = await signInAs(app, use(), 'intel_analyst', org.kanimA1, undefined, clock);
    // A second person of the office who approves proposals, so notifications are written too.
    await signInAs(app, use(), 'supervisor', org.kanimA1, undefined, clock);
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/upload',
      headers: analyst.headers,
      payload: { file: 'ntb.txt', content: readTestArticle(TEST_ARTICLES.perekrut) },
    });
    expect(res.statusCode, res.body).toBe(200);
    eventId = res.json<{ items: { eventId: string }[] }>().items[0]?.eventId ?? '';
    const detail = await app.inject({
      method: 'GET',
      url: `/api/news/events/${eventId}`,
      headers: analyst.headers,
    });
    const leads = detail.json<{ leads: LeadAnswer[] }>().leads;
    personLead = leads.find((l) => l.payload.entryKind === 'person')?.id ?? '';
    phoneLead = leads.find((l) => l.payload.entryKind === 'phone')?.id ?? '';
    expect(personLead).not.toBe('');
    expect(phoneLead).not.toBe('');
  });

  function accept(leadId: string) {
    return app.inject({
      method: 'POST',
      url: `/api/news/leads/${leadId}/accept`,
      headers: analyst.headers,
      payload: {},
    });
  }

  async function written() {
    const db = use().db;
    const entries = await db
      .selectFrom('watchlist_entries')
      .select(['id', 'ref_code'])
      .where('source_reference', '=', `news-event:${eventId}`)
      .execute();
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['watchlist.propose', 'news.lead.accept'])
      .execute();
    const notifications = await db
      .selectFrom('notifications')
      .select('id')
      .where('kind', '=', 'watchlist.approval_needed')
      .execute();
    return { entries, audit: audit.map((a) => a.action).sort(), notifications };
  }

  async function leadStatus(id: string) {
    return use()
      .db.selectFrom('news_leads')
      .select(['status', 'target_id', 'decided_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  it('leaves nothing written when the lead cannot be marked after the proposal was made', async () => {
    // The proposal is inserted, audited and notified first; then marking the lead fails.
    const failed = await whileWritesFail(use().db, { table: 'news_leads', on: 'UPDATE' }, () =>
      accept(personLead),
    );
    expect(failed.statusCode).toBe(500);
    expect(await written()).toEqual({ entries: [], audit: [], notifications: [] });
    expect(await leadStatus(personLead)).toEqual({
      status: 'open',
      target_id: null,
      decided_at: null,
    });

    // The retry succeeds and makes the one proposal, with the first reference code of the year.
    const retried = await accept(personLead);
    expect(retried.statusCode, retried.body).toBe(200);
    const lead = retried.json<LeadAnswer>();
    expect(lead).toMatchObject({ status: 'accepted', target: { type: 'watchlist_entry' } });
    const after = await written();
    expect(after.entries).toHaveLength(1);
    expect(after.entries[0]?.id).toBe(lead.target?.id);
    expect(after.entries[0]?.ref_code).toMatch(/-000001$/);
    expect(after.audit).toEqual(['news.lead.accept', 'watchlist.propose']);
    expect(after.notifications.length).toBeGreaterThan(0);
  });

  it('makes one proposal when the same lead is accepted twice at once or again later', async () => {
    const before = (await written()).entries.length;
    const [a, b] = await Promise.all([accept(phoneLead), accept(phoneLead)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const again = await accept(phoneLead);
    expect(again.statusCode).toBe(409);
    const after = await written();
    expect(after.entries).toHaveLength(before + 1);
    const status = await leadStatus(phoneLead);
    expect(status.status).toBe('accepted');
    expect(after.entries.map((e) => e.id)).toContain(status.target_id);
    expect(after.audit.filter((a) => a === 'news.lead.accept')).toHaveLength(2);
  });
});

describeWithDatabase('accepting a Desa Binaan lead: one transaction, one village', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let pimpasa: SignedInUser;
  let eventId = '';
  let leadId = '';
  const regionCode = '16.72.01.1018';

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    const org = await createTestOrg(use());
    // The Kanim the article names, so the lead is for an office the PIMPASA belongs to.
    const kanim = (
      await use()
        .db.insertInto('offices')
        .values({
          kind: 'kanim',
          code: 'KANIM-MUARA-ENIM-UJI',
          name: 'Kantor Imigrasi Kelas II Non TPI Muara Enim',
          short_name: 'Kanim Muara Enim',
          parent_id: org.kanwilA,
          time_zone: 'Asia/Jakarta',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    pimpasa = await signInAs(app, use(), 'pimpasa', kanim, undefined, clock);
    const analyst = await signInAs(app, use(), 'intel_analyst', kanim, undefined, clock);
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/upload',
      headers: analyst.headers,
      payload: { file: 'kabar.txt', content: readTestArticle(TEST_ARTICLES.desaKabar) },
    });
    expect(res.statusCode, res.body).toBe(200);
    eventId = res.json<{ items: { eventId: string }[] }>().items[0]?.eventId ?? '';
    const detail = await app.inject({
      method: 'GET',
      url: `/api/news/events/${eventId}`,
      headers: pimpasa.headers,
    });
    leadId = detail.json<{ leads: { id: string }[] }>().leads[0]?.id ?? '';
    expect(leadId).not.toBe('');
  });

  function accept() {
    return app.inject({
      method: 'POST',
      url: `/api/news/leads/${leadId}/accept`,
      headers: pimpasa.headers,
      payload: {},
    });
  }

  async function written() {
    const db = use().db;
    const villages = await db
      .selectFrom('desa_binaan')
      .select(['id', 'source_reference'])
      .where('region_code', '=', regionCode)
      .execute();
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['desa.register', 'news.lead.accept'])
      .execute();
    const lead = await db
      .selectFrom('news_leads')
      .select(['status', 'target_id'])
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    return { villages, audit: audit.map((a) => a.action).sort(), lead };
  }

  it('registers no village when the lead cannot be marked after the registration', async () => {
    const failed = await whileWritesFail(use().db, { table: 'news_leads', on: 'UPDATE' }, () =>
      accept(),
    );
    expect(failed.statusCode).toBe(500);
    expect(await written()).toEqual({
      villages: [],
      audit: [],
      lead: { status: 'open', target_id: null },
    });
  });

  it('registers the one village when the lead is accepted twice at once, linked both ways', async () => {
    const [a, b] = await Promise.all([accept(), accept()]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect((await accept()).statusCode).toBe(409);
    const after = await written();
    expect(after.villages).toEqual([
      { id: after.lead.target_id, source_reference: `news-event:${eventId}` },
    ]);
    expect(after.lead.status).toBe('accepted');
    expect(after.audit).toEqual(['desa.register', 'news.lead.accept']);
  });
});
