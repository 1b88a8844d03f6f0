import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { whileWritesFail } from '../../../../test/support/failing-writes.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';
import type { BulletinView } from './bulletins.schema.ts';

describeWithDatabase('a bulletin carrying a rule change: one transaction, one proposal', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let headA: SignedInUser;
  let admin: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    headA = await signInAs(app, use(), 'head', org.kanwilA, undefined, clock);
    // Asked to approve every proposed pack, so a notification is part of the proposal.
    admin = await signInAs(app, use(), 'administrator', org.kanwilA, undefined, clock);
    await signInAs(app, use(), 'counter_officer', org.kanimA1, undefined, clock);
  });
  afterAll(async () => {
    await app.close();
  });

  function send(version: string) {
    return app.inject({
      method: 'POST',
      url: '/api/bulletins',
      headers: { ...headA.headers, 'accept-language': 'en' },
      payload: {
        priority: 'penting',
        title: `Usulan aturan ${version}`,
        bodyMarkdown: 'Periksa surat magang.',
        audience: { kanwilIds: [org.kanwilA] },
        tppoTypes: ['KERJA_PAKSA'],
        proposedRulePack: {
          pack: { ...DEFAULT_RULE_PACK, version },
          changeNote: 'Usulan dari buletin: modus magang palsu',
        },
      },
    });
  }

  async function written(version: string) {
    const db = use().db;
    const packs = await db
      .selectFrom('rule_packs')
      .select(['version', 'status'])
      .where('version', '=', version)
      .execute();
    const bulletins = await db
      .selectFrom('bulletins')
      .select('id')
      .where('proposed_rule_pack_version', '=', version)
      .execute();
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'rules.propose')
      .where('target_id', '=', version)
      .execute();
    const asked = await db
      .selectFrom('notifications')
      .select('id')
      .where('kind', '=', 'rules.approval_needed')
      .where('user_id', '=', admin.id)
      .where('title', 'like', `%${version}%`)
      .execute();
    return { packs, bulletins, audit: audit.length, asked: asked.length };
  }

  it('leaves no proposed pack when the bulletin cannot be stored, and the retry stores both', async () => {
    const failed = await whileWritesFail(use().db, { table: 'bulletins', on: 'INSERT' }, () =>
      send('2026.80'),
    );
    expect(failed.statusCode).toBe(500);
    expect(await written('2026.80')).toEqual({ packs: [], bulletins: [], audit: 0, asked: 0 });

    const retried = await send('2026.80');
    expect(retried.statusCode, retried.body).toBe(201);
    const bulletin = retried.json<BulletinView>();
    expect(bulletin.proposedRulePackVersion).toBe('2026.80');
    expect(await written('2026.80')).toEqual({
      packs: [{ version: '2026.80', status: 'proposed' }],
      bulletins: [{ id: bulletin.id }],
      audit: 1,
      asked: 1,
    });
  });

  it('stores one bulletin and one proposal when the same bulletin is sent twice at once', async () => {
    const [a, b] = await Promise.all([send('2026.81'), send('2026.81')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 400]);
    const refused = a.statusCode === 400 ? a : b;
    expect(refused.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'proposedRulePack.pack.version',
    ]);
    expect((await send('2026.81')).statusCode).toBe(400);
    const after = await written('2026.81');
    expect(after.packs).toHaveLength(1);
    expect(after.bulletins).toHaveLength(1);
    expect(after).toMatchObject({ audit: 1, asked: 1 });
  });
});
