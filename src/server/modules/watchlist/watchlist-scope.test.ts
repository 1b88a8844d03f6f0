import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice } from '../../../../test/support/factories.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { callAs, listActive } from './watchlist-test-helpers.ts';
import type { EntryDetailView, EntryView } from './watchlist.schema.ts';

type Scope = 'office' | 'kanwil' | 'agreement' | 'national';
const SCOPES: Scope[] = ['office', 'kanwil', 'agreement', 'national'];

describeWithDatabase('watchlist scope', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  const entries = new Map<Scope, EntryView>();
  const readers: Record<string, SignedInUser> = {};

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    // Kanwil A and B share the watchlist under an active agreement; Kanwil C shares nothing.
    await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB] });
    const kanimB2 = (await createTestOffice(use(), { kind: 'kanim', parentId: org.kanwilB })).id;
    const kanimC = (await createTestOffice(use(), { kind: 'kanim' })).id;
    const proposer = await signInAs(app, use(), 'supervisor', org.kanimB1);
    const approver = await signInAs(app, use(), 'intel_analyst', org.kanimB1);
    for (const scope of SCOPES) {
      entries.set(
        scope,
        await listActive(app, proposer, approver, {
          names: [`Lingkup Uji ${scope}`],
          sharingScope: scope,
        }),
      );
    }
    readers.ownOffice = await signInAs(app, use(), 'counter_officer', org.kanimB1);
    readers.sameKanwil = await signInAs(app, use(), 'intel_analyst', kanimB2);
    readers.agreementPartner = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    readers.partnerOfficeScope = await signInAs(app, use(), 'supervisor', org.kanimA1);
    readers.noAgreement = await signInAs(app, use(), 'intel_analyst', kanimC);
    readers.nationalNoAgreement = await signInAs(app, use(), 'intel_analyst', kanimC, 'national');
  });
  afterAll(async () => {
    await app.close();
  });

  // Which sharing scopes each reader sees: own-office entries always; other offices' entries
  // when the role scope reaches the office AND the sharing scope reaches the reader.
  const cells: [string, Scope[]][] = [
    ['ownOffice', ['office', 'kanwil', 'agreement', 'national']],
    ['sameKanwil', ['kanwil', 'agreement', 'national']],
    ['agreementPartner', ['agreement', 'national']],
    ['partnerOfficeScope', []],
    ['noAgreement', []],
    ['nationalNoAgreement', ['national']],
  ];

  it.each(cells)('lets the %s reader list exactly %j', async (reader, visible) => {
    const res = await callAs(
      app,
      readers[reader] as SignedInUser,
      'GET',
      '/api/watchlist?q=Lingkup%20Uji',
    );
    expect(res.statusCode, res.body).toBe(200);
    const seen = res
      .json<{ items: EntryView[] }>()
      .items.map((e) => e.sharingScope)
      .sort();
    expect(seen).toEqual([...visible].sort());
  });

  it.each(cells)(
    'lets the %s reader open exactly %j, refusing the rest',
    async (reader, visible) => {
      for (const scope of SCOPES) {
        const entry = entries.get(scope) as EntryView;
        const res = await callAs(
          app,
          readers[reader] as SignedInUser,
          'GET',
          `/api/watchlist/${entry.id}`,
        );
        expect(res.statusCode, `${reader} ${scope}`).toBe(visible.includes(scope) ? 200 : 403);
      }
    },
  );

  it('opens an out-of-reach entry only through break-glass with a reason, notifying auditors', async () => {
    const entry = entries.get('kanwil') as EntryView;
    const reader = readers.agreementPartner as SignedInUser;
    const refused = await callAs(app, reader, 'GET', `/api/watchlist/${entry.id}`);
    expect(refused.json<{ breakGlass: boolean }>().breakGlass).toBe(true);
    const res = await callAs(
      app,
      reader,
      'GET',
      `/api/watchlist/${entry.id}?breakGlassReason=${encodeURIComponent('Pemeriksaan mendesak di bandara')}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<EntryDetailView>().access).toBe('break_glass');
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', entry.id)
      .where('actor_user_id', '=', reader.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['access.break_glass', 'watchlist.read']);
  });

  it('stops showing a partner’s entries once the agreement has ended', async () => {
    await use()
      .db.updateTable('sharing_agreements')
      .set({ status: 'ended' })
      .where('status', '=', 'active')
      .execute();
    const res = await callAs(
      app,
      readers.agreementPartner as SignedInUser,
      'GET',
      '/api/watchlist?q=Lingkup%20Uji',
    );
    expect(res.json<{ items: EntryView[] }>().items).toEqual([]);
  });
});
