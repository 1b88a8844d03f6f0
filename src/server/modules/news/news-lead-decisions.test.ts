import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import type { SignedInUser } from '../../../../test/support/org-factories.ts';
import {
  TEST_ARTICLES,
  createNewsWorld,
  readTestArticle,
  uploadArticle,
} from './news-test-helpers.ts';

describeWithDatabase('news leads: who sees them, accepting, rejecting, naming by hand', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let analyst: SignedInUser;
  let pimpasa: SignedInUser;
  let officer: SignedInUser;
  let kanim: string;
  let desaEvent = '';
  let perpetratorEvent = '';

  beforeAll(async () => {
    ({ app, kanim, analyst, pimpasa, officer } = await createNewsWorld(use(), clock));
    // One event with a Desa Binaan lead, one with perpetrator leads.
    const desa = await uploadArticle(
      app,
      analyst.headers,
      'kabar.txt',
      readTestArticle(TEST_ARTICLES.desaKabar),
    );
    desaEvent = desa.items[0]?.eventId ?? '';
    const ntb = await uploadArticle(
      app,
      analyst.headers,
      'ntb.txt',
      readTestArticle(TEST_ARTICLES.perekrut),
    );
    perpetratorEvent = ntb.items[0]?.eventId ?? '';
    expect(desaEvent).not.toBe('');
    expect(perpetratorEvent).not.toBe('');
  });

  it('accepts the Desa Binaan lead through the registry, linking the village and the event both ways', async () => {
    const detail = await app.inject({
      method: 'GET',
      url: `/api/news/events/${desaEvent}`,
      headers: pimpasa.headers,
    });
    const leadId = detail.json<{ leads: { id: string }[] }>().leads[0]?.id ?? '';
    const byAnalyst = await app.inject({
      method: 'POST',
      url: `/api/news/leads/${leadId}/accept`,
      headers: analyst.headers,
      payload: {},
    });
    expect(byAnalyst.statusCode).toBe(403);
    const res = await app.inject({
      method: 'POST',
      url: `/api/news/leads/${leadId}/accept`,
      headers: pimpasa.headers,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    const lead = res.json<{ status: string; target: { type: string; id: string } }>();
    expect(lead).toMatchObject({ status: 'accepted', target: { type: 'desa_binaan' } });
    const desa = await use()
      .db.selectFrom('desa_binaan')
      .selectAll()
      .where('id', '=', lead.target.id)
      .executeTakeFirstOrThrow();
    expect(desa).toMatchObject({
      region_code: '16.72.01.1018',
      office_id: kanim,
      formed_on: '2024-05-08',
      source_reference: `news-event:${desaEvent}`,
    });
    const twice = await app.inject({
      method: 'POST',
      url: `/api/news/leads/${leadId}/accept`,
      headers: pimpasa.headers,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
    const actions = (
      await use()
        .db.selectFrom('audit_log')
        .select('action')
        .where('target_id', '=', leadId)
        .execute()
    ).map((r) => r.action);
    expect(actions).toContain('news.lead.accept');
  });

  it('hides perpetrator leads from readers without person.read and audits the reads of those who have it', async () => {
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/news/events/${perpetratorEvent}`,
      headers: pimpasa.headers,
    });
    expect(hidden.json<{ leads: unknown[]; leadsHidden: boolean }>()).toMatchObject({
      leads: [],
      leadsHidden: true,
    });
    const shown = await app.inject({
      method: 'GET',
      url: `/api/news/events/${perpetratorEvent}`,
      headers: officer.headers,
    });
    const leads = shown.json<{
      leads: { kind: string; payload: { entryKind: string; names: string[]; phones: string[] } }[];
    }>().leads;
    expect(leads.map((l) => l.payload.entryKind).sort()).toEqual([
      'organization',
      'person',
      'phone',
    ]);
    expect(leads.find((l) => l.payload.entryKind === 'phone')?.payload.phones).toEqual([
      '+6281234567890',
    ]);
    const audited = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('action', '=', 'news.lead.read')
      .where('target_id', '=', perpetratorEvent)
      .execute();
    expect(audited.map((a) => a.actor_user_id)).toEqual([officer.id]);
  });

  it('turns an accepted perpetrator lead into a watchlist proposal sourced from the news, and rejects another with a note', async () => {
    const detail = await app.inject({
      method: 'GET',
      url: `/api/news/events/${perpetratorEvent}`,
      headers: analyst.headers,
    });
    const leads = detail.json<{ leads: { id: string; payload: { entryKind: string } }[] }>().leads;
    const person = leads.find((l) => l.payload.entryKind === 'person')?.id ?? '';
    const phone = leads.find((l) => l.payload.entryKind === 'phone')?.id ?? '';
    const byOfficer = await app.inject({
      method: 'POST',
      url: `/api/news/leads/${person}/accept`,
      headers: officer.headers,
      payload: {},
    });
    expect(byOfficer.statusCode).toBe(403);
    const res = await app.inject({
      method: 'POST',
      url: `/api/news/leads/${person}/accept`,
      headers: analyst.headers,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    const accepted = res.json<{ target: { type: string; id: string; label: string } }>();
    expect(accepted.target.type).toBe('watchlist_entry');
    const entry = await use()
      .db.selectFrom('watchlist_entries')
      .selectAll()
      .where('id', '=', accepted.target.id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      status: 'proposed',
      source_type: 'news',
      source_reference: `news-event:${perpetratorEvent}`,
      office_id: kanim,
    });
    expect(entry.names).toContain('AR');
    const noNote = await app.inject({
      method: 'POST',
      url: `/api/news/leads/${phone}/reject`,
      headers: analyst.headers,
      payload: { note: '' },
    });
    expect(noNote.statusCode).toBe(400);
    expect(
      noNote
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .join(),
    ).toContain('note');
    const rejected = await app.inject({
      method: 'POST',
      url: `/api/news/leads/${phone}/reject`,
      headers: analyst.headers,
      payload: { note: 'Nomor kantor penyalur, bukan pelaku' },
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      target: null,
      decisionNote: 'Nomor kantor penyalur, bukan pelaku',
    });
  });

  it('lets an analyst name a perpetrator by hand, naming the fields of a bad lead', async () => {
    const empty = await app.inject({
      method: 'POST',
      url: `/api/news/events/${perpetratorEvent}/leads`,
      headers: analyst.headers,
      payload: { entryKind: 'person' },
    });
    expect(empty.statusCode).toBe(400);
    expect(
      empty
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .join(),
    ).toContain('names');
    const badPhone = await app.inject({
      method: 'POST',
      url: `/api/news/events/${perpetratorEvent}/leads`,
      headers: analyst.headers,
      payload: { entryKind: 'phone', phones: ['nomor rahasia'] },
    });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
      'phones[0]',
    );
    const created = await app.inject({
      method: 'POST',
      url: `/api/news/events/${perpetratorEvent}/leads`,
      headers: analyst.headers,
      payload: {
        entryKind: 'organization',
        names: ['PT Maju Jaya Sentosa Cabang Mataram'],
        note: 'Cabang yang disebut korban',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'watchlist', status: 'open' });
  });
});
