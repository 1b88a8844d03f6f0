import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice } from '../../../../test/support/factories.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { callAs, listActive, proposeAs } from './watchlist-test-helpers.ts';
import type { EntryView } from './watchlist.schema.ts';

describeWithDatabase('watchlist name search', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let reader: SignedInUser;
  const ref: Record<string, EntryView> = {};

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    const proposer = await signInAs(app, use(), 'supervisor', org.kanimA1);
    const approver = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    const active = async (key: string, overrides: Record<string, unknown>) => {
      ref[key] = await listActive(app, proposer, approver, { phones: [], ...overrides });
    };
    await active('joko', { names: ['Muhammad Joko Susilo'], birthDate: '1979-02-11' });
    await active('jokoOther', { names: ['Joko Santoso'], birthDate: '1983-05-02' });
    await active('tjahjo', { names: ['Tjahjo Koemolo'], birthDate: null });
    await active('agency', {
      kind: 'organization',
      names: ['PT Joko Susilo Mandiri'],
      birthDate: null,
      sex: null,
    });
    ref.proposed = await proposeAs(app, proposer, {
      names: ['Djoko Pamungkas'],
      phones: [],
    });
    // Entries the reader must never see: another Kanwil without an agreement, and an entry of
    // the reader's own Kanwil kept to its listing office.
    const kanimC = (await createTestOffice(use(), { kind: 'kanim' })).id;
    const proposerC = await signInAs(app, use(), 'supervisor', kanimC);
    const approverC = await signInAs(app, use(), 'intel_analyst', kanimC);
    ref.outOfScope = await listActive(app, proposerC, approverC, {
      names: ['Muhammad Joko Susilo'],
      birthDate: '1979-02-11',
      phones: [],
    });
    const proposerA2 = await signInAs(app, use(), 'supervisor', org.kanimA2);
    const approverA2 = await signInAs(app, use(), 'intel_analyst', org.kanimA2);
    ref.officeOnly = await listActive(app, proposerA2, approverA2, {
      names: ['Mochamad Djoko Susilo'],
      sharingScope: 'office',
      phones: [],
    });
    reader = await signInAs(app, use(), 'intel_analyst', org.tpiA1, 'kanwil');
  });
  afterAll(async () => {
    await app.close();
  });

  async function search(query: string): Promise<{ items: EntryView[]; total: number }> {
    const res = await callAs(app, reader, 'GET', `/api/watchlist?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: EntryView[]; total: number }>();
  }

  const codes = (items: EntryView[]) => items.map((e) => e.refCode);

  it.each([
    ['old spelling and the Muhammad family', 'Moch Djoko Soesilo'],
    ['another Muhammad spelling', 'Mohamad Joko Susilo'],
    ['token order', 'Susilo Joko Muhammad'],
    ['case, punctuation and a title', 'H. MOCH. DJOKO SOESILO'],
  ])('finds "Muhammad Joko Susilo" by %s, ranked first', async (_case, q) => {
    const { items } = await search(`q=${encodeURIComponent(q)}`);
    expect(items[0]?.refCode).toBe(ref.joko?.refCode);
    expect(codes(items)).not.toContain(ref.outOfScope?.refCode);
    expect(codes(items)).not.toContain(ref.officeOnly?.refCode);
  });

  it('finds new spelling from old (tj/c, oe/u)', async () => {
    const { items } = await search(`q=${encodeURIComponent('Cahyo Kumolo')}`);
    expect(codes(items)).toContain(ref.tjahjo?.refCode);
  });

  it('keeps proposals, which the index does not hold, through the substring search', async () => {
    const { items, total } = await search(`q=Djoko`);
    expect(codes(items)).toContain(ref.proposed?.refCode);
    expect(total).toBe(items.length);
    expect(new Set(codes(items)).size).toBe(items.length);
    const proposedOnly = await search(`q=Djoko&status=proposed`);
    expect(codes(proposedOnly.items)).toEqual([ref.proposed?.refCode]);
  });

  it('finds a proposal by a spelling variant through a temporary index of the non-active entries', async () => {
    const { items } = await search(`q=${encodeURIComponent('Mohamad Djoko Pamungkas')}`);
    expect(codes(items)).toContain(ref.proposed?.refCode);
    const proposedOnly = await search(`q=${encodeURIComponent('Joko Pamungkas')}&status=proposed`);
    expect(codes(proposedOnly.items)).toEqual([ref.proposed?.refCode]);
    const activeOnly = await search(`q=${encodeURIComponent('Joko Pamungkas')}&status=active`);
    expect(codes(activeOnly.items)).not.toContain(ref.proposed?.refCode);
  });

  it('applies the kind filter and pages through engine and substring hits alike', async () => {
    const organisations = await search(`q=${encodeURIComponent('Joko Susilo')}&kind=organization`);
    expect(codes(organisations.items)).toEqual([ref.agency?.refCode]);
    const all = await search(`q=Joko&limit=200`);
    expect(codes(all.items)).not.toContain(ref.outOfScope?.refCode);
    expect(codes(all.items)).not.toContain(ref.officeOnly?.refCode);
    const paged: string[] = [];
    for (let offset = 0; offset < all.total; offset += 2) {
      const page = await search(`q=Joko&limit=2&offset=${offset}`);
      expect(page.total).toBe(all.total);
      paged.push(...codes(page.items));
    }
    expect(paged).toEqual(codes(all.items));
  });

  it('audits the search with the ids returned', async () => {
    const { items } = await search(`q=${encodeURIComponent('Moch Djoko Soesilo')}`);
    const row = await use()
      .db.selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'watchlist.search')
      .where('actor_user_id', '=', reader.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect((row.details as { returned: string[] }).returned).toEqual(items.map((e) => e.id));
  });
});
