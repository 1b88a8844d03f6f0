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
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';
import { permissionsOf } from '../../../domain/permissions.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { remindUnconfirmedBulletins } from './bulletin-reminders.ts';
import {
  sendBulletinBody,
  type AcknowledgementsView,
  type BulletinView,
} from './bulletins.schema.ts';
import { sendBulletin } from './bulletins.service.ts';

describeWithDatabase('bulletins', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;
  let headA: SignedInUser;
  let supervisorA1: SignedInUser;
  let counterA1: SignedInUser;
  let counterTpi: SignedInUser;
  let counterA2: SignedInUser;
  let counterB: SignedInUser;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    headA = await signInAs(app, use(), 'head', org.kanwilA);
    supervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    counterA1 = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    counterTpi = await signInAs(app, use(), 'counter_officer', org.tpiA1);
    counterA2 = await signInAs(app, use(), 'counter_officer', org.kanimA2);
    counterB = await signInAs(app, use(), 'counter_officer', org.kanimB1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function send(body: Record<string, unknown>, user = headA) {
    return app.inject({
      method: 'POST',
      url: '/api/bulletins',
      headers: { ...user.headers, 'accept-language': 'en' },
      payload: {
        priority: 'penting',
        title: 'Waspada modus magang palsu',
        bodyMarkdown: 'Periksa **surat magang**. <script>alert(1)</script>',
        audience: { kanwilIds: [org.kanwilA] },
        tppoTypes: ['KERJA_PAKSA'],
        ...body,
      },
    });
  }

  async function read(id: string, user: SignedInUser): Promise<BulletinView> {
    const res = await app.inject({ url: `/api/bulletins/${id}`, headers: user.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it('sends to every unit under a Kanwil, renders the body safely and notifies recipients', async () => {
    const res = await send({});
    expect(res.statusCode, res.body).toBe(201);
    const bulletin = res.json<BulletinView>();
    expect(bulletin.bodyHtml).toContain('<strong>surat magang</strong>');
    expect(bulletin.bodyHtml).toContain('&lt;script&gt;');
    expect(bulletin.bodyHtml).not.toContain('<script>');
    expect(bulletin.recipients).toBeGreaterThanOrEqual(4);
    const seen = await read(bulletin.id, counterTpi);
    expect(seen.isRecipient).toBe(true);
    expect(seen.canSeeAcknowledgements).toBe(false);
    const outside = await app.inject({
      url: `/api/bulletins/${bulletin.id}`,
      headers: counterB.headers,
    });
    expect(outside.statusCode).toBe(404);
    const notes = await use()
      .db.selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'bulletin.received')
      .where('link', '=', `/bulletins/${bulletin.id}`)
      .execute();
    expect(notes.map((n) => n.user_id)).toEqual(
      expect.arrayContaining([supervisorA1.id, counterA1.id, counterTpi.id, counterA2.id]),
    );
    expect(notes.map((n) => n.user_id)).not.toContain(headA.id);
  });

  it('reaches only the chosen offices and roles', async () => {
    const res = await send({
      audience: { officeIds: [org.kanimA1, org.tpiA1], roles: ['counter_officer'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<BulletinView>().id;
    const rows = await use()
      .db.selectFrom('bulletin_recipients')
      .select('user_id')
      .where('bulletin_id', '=', id)
      .execute();
    expect(rows.map((r) => r.user_id).sort()).toEqual([counterA1.id, counterTpi.id].sort());
  });

  it.each([
    ['an empty audience', { audience: {} }, 'audience'],
    ['a Kanwil outside scope', { audience: { kanwilIds: [] } }, 'audience.kanwilIds[0]'],
    ['a Kanwil id that is a Kanim', { audience: { kanwilIds: [] } }, 'audience.kanwilIds[0]'],
    ['an unknown priority', { priority: 'kilat' }, 'body.priority'],
    ['an unknown modus', { modusIds: ['00000000-0000-4000-8000-000000000000'] }, 'modusIds[0]'],
  ])('refuses %s, naming the field, and writes nothing', async (name, body, field) => {
    const payload: Record<string, unknown> = { ...body };
    if (name === 'a Kanwil outside scope') payload.audience = { kanwilIds: [org.kanwilB] };
    if (name === 'a Kanwil id that is a Kanim') payload.audience = { kanwilIds: [org.kanimA1] };
    const before = await use().db.selectFrom('bulletins').select('id').execute();
    const res = await send(payload);
    expect(res.statusCode, res.body).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toContain(field);
    const after = await use().db.selectFrom('bulletins').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('lets only holders of bulletin.send send', async () => {
    const res = await send({}, supervisorA1);
    expect(res.statusCode).toBe(403);
  });

  it('shows the author who confirmed and who did not, per unit, and reminds the rest', async () => {
    const bulletin = (
      await send({ priority: 'segera', title: 'Segera: jaringan baru' })
    ).json<BulletinView>();
    const urgent = async (user: SignedInUser): Promise<string[]> => {
      const res = await app.inject({
        url: '/api/bulletins/urgent-unconfirmed',
        headers: user.headers,
      });
      expect(res.statusCode).toBe(200);
      return res.json<{ items: { id: string }[] }>().items.map((b) => b.id);
    };
    expect(await urgent(counterA1)).toContain(bulletin.id);
    const unreadAbout = async (user: SignedInUser): Promise<number> => {
      const res = await app.inject({
        url: '/api/notifications?unreadOnly=true',
        headers: user.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json<{ items: { link: string | null }[] }>()
        .items.filter((n) => n.link === `/bulletins/${bulletin.id}`).length;
    };
    expect(await unreadAbout(counterA1)).toBe(1);

    const confirm = await app.inject({
      method: 'POST',
      url: `/api/bulletins/${bulletin.id}/confirm`,
      headers: counterA1.headers,
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json<BulletinView>().confirmedAt).not.toBeNull();
    expect(await urgent(counterA1)).not.toContain(bulletin.id);
    expect(await urgent(counterA2)).toContain(bulletin.id);
    // Confirming read the notice: it leaves the unread list; the others' notices stay unread.
    expect(await unreadAbout(counterA1)).toBe(0);
    expect(await unreadAbout(counterA2)).toBe(1);

    const denied = await app.inject({
      url: `/api/bulletins/${bulletin.id}/acknowledgements`,
      headers: counterA2.headers,
    });
    expect(denied.statusCode).toBe(404);
    const acks = await app.inject({
      url: `/api/bulletins/${bulletin.id}/acknowledgements`,
      headers: headA.headers,
    });
    expect(acks.statusCode).toBe(200);
    const units = acks.json<AcknowledgementsView>().units;
    const a1 = units.find((u) => u.office.id === org.kanimA1);
    expect(a1?.confirmed.map((c) => c.userId)).toEqual([counterA1.id]);
    expect(a1?.pending.map((p) => p.userId)).toContain(supervisorA1.id);
    expect(units.find((u) => u.office.id === org.kanimA2)?.confirmed).toEqual([]);

    const remind = async (): Promise<number> => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/bulletins/${bulletin.id}/remind`,
        headers: headA.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ reminded: number }>().reminded;
    };
    const first = await remind();
    expect(first).toBeGreaterThanOrEqual(3);
    expect(await remind()).toBe(0);
    const reminded = await use()
      .db.selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'bulletin.reminder')
      .where('link', '=', `/bulletins/${bulletin.id}`)
      .execute();
    expect(reminded.map((r) => r.user_id)).not.toContain(counterA1.id);
  });

  it('reminds unconfirmed recipients daily by job, once a day, only after a day has passed', async () => {
    const bulletin = (await send({ title: 'Untuk pengingat harian' })).json<BulletinView>();
    const count = async (): Promise<number> =>
      (
        await use()
          .db.selectFrom('notifications')
          .select('id')
          .where('kind', '=', 'bulletin.reminder')
          .where('link', '=', `/bulletins/${bulletin.id}`)
          .execute()
      ).length;
    try {
      clock.set('2026-11-25T20:00:00.000Z');
      await remindUnconfirmedBulletins(deps);
      expect(await count()).toBe(0);
      clock.set('2026-11-26T04:00:00.000Z');
      await remindUnconfirmedBulletins(deps);
      const once = await count();
      expect(once).toBe(bulletin.recipients);
      await remindUnconfirmedBulletins(deps);
      expect(await count()).toBe(once);
      clock.set('2026-11-27T04:00:00.000Z');
      await remindUnconfirmedBulletins(deps);
      expect(await count()).toBe(once * 2);
    } finally {
      clock.set('2026-11-25T03:00:00.000Z');
    }
  });

  it('sends a proposed rule pack to its own approval; the active pack stays', async () => {
    const pack = { ...DEFAULT_RULE_PACK, version: '2026.77' };
    const res = await send({
      proposedRulePack: { pack, changeNote: 'Usulan dari buletin: modus magang palsu' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const bulletin = res.json<BulletinView>();
    expect(bulletin.proposedRulePackVersion).toBe('2026.77');
    expect(bulletin.proposedRulePackStatus).toBe('proposed');
    const active = await use()
      .db.selectFrom('rule_packs')
      .select('version')
      .where('status', '=', 'active')
      .execute();
    expect(active.map((a) => a.version)).not.toContain('2026.77');
  });

  it('refuses a rule change from a sender whose role may not propose one, writing nothing', async () => {
    const pack = { ...DEFAULT_RULE_PACK, version: '2026.78' };
    const before = await use()
      .db.selectFrom('bulletins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      userId: headA.id,
      username: 'kepala-uji',
      fullName: 'Kepala Uji',
      officeId: org.kanwilA,
      role: 'head',
      scopeLevel: 'agreement',
      permissions: new Set([...permissionsOf('head')].filter((p) => p !== 'rules.propose')),
      requestId: 'uji',
      language: 'id',
    };
    const input = sendBulletinBody.parse({
      priority: 'biasa',
      title: 'Usulan aturan',
      bodyMarkdown: 'Usulan perubahan aturan.',
      audience: { kanwilIds: [org.kanwilA] },
      proposedRulePack: { pack, changeNote: 'Usulan tanpa izin mengusulkan aturan' },
    });
    await expect(sendBulletin(deps, actor, input)).rejects.toMatchObject({
      code: 'forbidden',
      details: { permission: 'rules.propose' },
    });
    expect(permissionsOf('head').has('rules.propose')).toBe(true);
    const packs = await use()
      .db.selectFrom('rule_packs')
      .select('version')
      .where('version', '=', '2026.78')
      .execute();
    expect(packs).toEqual([]);
    const after = await use()
      .db.selectFrom('bulletins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lists the inbox of a recipient and the sent box of the author', async () => {
    const inbox = await app.inject({ url: '/api/bulletins', headers: counterTpi.headers });
    expect(inbox.json<{ items: { isRecipient: boolean }[] }>().items.length).toBeGreaterThan(0);
    const sent = await app.inject({ url: '/api/bulletins?box=sent', headers: headA.headers });
    const items = sent.json<{ items: { recipients: number; confirmed: number }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i) => i.confirmed > 0)).toBe(true);
  });
});
