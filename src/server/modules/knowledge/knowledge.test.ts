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
import { KNOWLEDGE_PAGE_TYPES, SEED_MODUS, SEED_STATEMENTS } from './knowledge-seed.data.ts';
import type { KnowledgePage, ModusView } from './knowledge.schema.ts';

describeWithDatabase('knowledge base', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let analyst: SignedInUser;
  let head: SignedInUser;
  let pimpasa: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    analyst = await signInAs(app, use(), 'intel_analyst', org.kanwilA);
    head = await signInAs(app, use(), 'head', org.kanwilA);
    pimpasa = await signInAs(app, use(), 'pimpasa', org.kanimA1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function page(user: SignedInUser, type: string): Promise<KnowledgePage> {
    const res = await app.inject({ url: `/api/knowledge/${type}`, headers: user.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it('ships only sourced statements and modus, each rule id known to the default pack', () => {
    for (const s of [...SEED_STATEMENTS, ...SEED_MODUS]) {
      expect(s.source.label.length, s.key).toBeGreaterThan(10);
    }
    const known = new Set(DEFAULT_RULE_PACK.rules.map((r) => r.id));
    for (const m of SEED_MODUS) for (const id of m.ruleIds) expect(known.has(id), id).toBe(true);
    expect(new Set(SEED_STATEMENTS.map((s) => s.key)).size).toBe(SEED_STATEMENTS.length);
  });

  it('has a page per form of TPPO, every statement citing its source', async () => {
    const res = await app.inject({ url: '/api/knowledge', headers: pimpasa.headers });
    expect(res.statusCode).toBe(200);
    const pages = res.json<{ pages: { tppoType: string; statements: number }[] }>().pages;
    expect(pages.map((p) => p.tppoType)).toEqual([...KNOWLEDGE_PAGE_TYPES]);
    expect(pages.every((p) => p.statements > 0)).toBe(true);
    const pmi = await page(pimpasa, 'PMI_NONPROSEDURAL');
    expect(pmi.statements.every((s) => s.source.label.length > 0)).toBe(true);
    expect(pmi.statements.map((s) => s.source.label).join(' ')).toContain('UU 18/2017');
    const umrah = pmi.modus.find((m) => m.name.includes('umrah'));
    expect(umrah?.rules.map((r) => r.id)).toEqual(['UMRAH_NO_OPERATOR']);
    expect(umrah?.rules[0]?.titleId).toContain('Umrah');
    expect(umrah?.source.label).toContain('IMI-0277');
    // Loading twice adds nothing.
    const again = await page(pimpasa, 'PMI_NONPROSEDURAL');
    expect(again.statements.length).toBe(pmi.statements.length);
  });

  it('publishes a new modus only after another user reviews it', async () => {
    const proposed = await app.inject({
      method: 'POST',
      url: '/api/knowledge/modus',
      headers: analyst.headers,
      payload: {
        tppoType: 'ONLINE_SCAM',
        name: 'Lowongan admin kripto dengan tiket dibayar agen',
        signs: 'Tiket dibayar orang lain.',
        ruleIds: ['BOOKED_BY_OTHER'],
        source: { kind: 'bulletin', label: 'Buletin uji tentang modus admin kripto' },
      },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const modus = proposed.json<ModusView>();
    expect(modus.status).toBe('proposed');
    expect((await page(pimpasa, 'ONLINE_SCAM')).modus.map((m) => m.id)).not.toContain(modus.id);
    expect((await page(pimpasa, 'ONLINE_SCAM')).proposedModus).toEqual([]);
    expect((await page(head, 'ONLINE_SCAM')).proposedModus.map((m) => m.id)).toContain(modus.id);

    const self = await app.inject({
      method: 'POST',
      url: `/api/knowledge/modus/${modus.id}/review`,
      headers: analyst.headers,
      payload: { decision: 'publish' },
    });
    expect(self.statusCode).toBe(403);
    const byPimpasa = await app.inject({
      method: 'POST',
      url: `/api/knowledge/modus/${modus.id}/review`,
      headers: pimpasa.headers,
      payload: { decision: 'publish' },
    });
    expect(byPimpasa.statusCode).toBe(403);
    const reviewed = await app.inject({
      method: 'POST',
      url: `/api/knowledge/modus/${modus.id}/review`,
      headers: head.headers,
      payload: { decision: 'publish', note: 'Sesuai buletin.' },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect((await page(pimpasa, 'ONLINE_SCAM')).modus.map((m) => m.id)).toContain(modus.id);
    const twice = await app.inject({
      method: 'POST',
      url: `/api/knowledge/modus/${modus.id}/review`,
      headers: head.headers,
      payload: { decision: 'reject' },
    });
    expect(twice.statusCode).toBe(409);

    const example = await app.inject({
      method: 'POST',
      url: `/api/knowledge/modus/${modus.id}/examples`,
      headers: analyst.headers,
      payload: { kind: 'news', label: 'Berita penipuan daring di Kamboja', reference: null },
    });
    expect(example.statusCode, example.body).toBe(201);
    expect(example.json<ModusView>().examples.map((e) => e.label)).toEqual([
      'Berita penipuan daring di Kamboja',
    ]);
  });

  it('links a modus to the bulletins that described it, for readers of those bulletins', async () => {
    const pmi = await page(analyst, 'PMI_NONPROSEDURAL');
    const magang = pmi.modus.find((m) => m.name === 'Magang palsu');
    const sent = await app.inject({
      method: 'POST',
      url: '/api/bulletins',
      headers: head.headers,
      payload: {
        priority: 'biasa',
        title: 'Modus magang palsu ke luar negeri',
        bodyMarkdown: 'Waspadai surat magang.',
        audience: { officeIds: [org.kanimA1] },
        modusIds: [magang?.id],
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const forPimpasa = (await page(pimpasa, 'PMI_NONPROSEDURAL')).modus.find(
      (m) => m.id === magang?.id,
    );
    expect(forPimpasa?.bulletins.map((b) => b.title)).toEqual([
      'Modus magang palsu ke luar negeri',
    ]);
    const forAnalyst = (await page(analyst, 'PMI_NONPROSEDURAL')).modus.find(
      (m) => m.id === magang?.id,
    );
    expect(forAnalyst?.bulletins).toEqual([]);
  });

  it.each([
    ['an unknown rule', { ruleIds: ['NO_SUCH_RULE'] }, 'ruleIds[0]'],
    ['a missing source', { source: undefined }, 'body.source'],
    [
      'an unknown source kind',
      { source: { kind: 'rumour', label: 'Kabar burung' } },
      'body.source.kind',
    ],
    ['an unknown TPPO type', { tppoType: 'NOPE' }, 'body.tppoType'],
  ])('refuses %s, naming the field', async (_name, patch, field) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/knowledge/modus',
      headers: { ...analyst.headers, 'accept-language': 'en' },
      payload: {
        tppoType: 'KERJA_PAKSA',
        name: 'Modus uji',
        source: { kind: 'case', label: 'Perkara uji' },
        ...patch,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(field);
  });

  it('lets a PIMPASA read but not propose', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/knowledge/modus',
      headers: pimpasa.headers,
      payload: {},
    });
    expect(res.statusCode).toBe(403);
  });
});
