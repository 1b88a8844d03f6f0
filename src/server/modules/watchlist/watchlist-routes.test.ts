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
import { ROLES, type RoleId } from '../../../domain/permissions.ts';
import { callAs, personProposal, proposeAs } from './watchlist-test-helpers.ts';

const MISSING = '00000000-0000-4000-8000-00000000abcd';

const READ: RoleId[] = ['counter_officer', 'supervisor', 'intel_analyst', 'head'];
const CURATE: RoleId[] = ['supervisor', 'intel_analyst'];

// Each route with the roles allowed through its permission check; every other role gets 403.
const MATRIX: [string, 'GET' | 'POST' | 'PATCH', string, RoleId[]][] = [
  ['search', 'GET', '/api/watchlist', READ],
  ['read one', 'GET', `/api/watchlist/${MISSING}`, READ],
  ['propose', 'POST', '/api/watchlist', CURATE],
  ['edit', 'PATCH', `/api/watchlist/${MISSING}`, CURATE],
  ['approve', 'POST', `/api/watchlist/${MISSING}/approve`, CURATE],
  ['reject', 'POST', `/api/watchlist/${MISSING}/reject`, CURATE],
  ['request delisting', 'POST', `/api/watchlist/${MISSING}/delist-request`, CURATE],
  ['approve delisting', 'POST', `/api/watchlist/${MISSING}/delist-approve`, CURATE],
  ['refuse delisting', 'POST', `/api/watchlist/${MISSING}/delist-reject`, CURATE],
  ['suppress', 'POST', `/api/watchlist/${MISSING}/suppressions`, CURATE],
  ['import', 'POST', '/api/watchlist/import', CURATE],
  ['export', 'GET', '/api/watchlist/export.csv', CURATE],
];

describeWithDatabase('watchlist routes', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  const users = new Map<RoleId, SignedInUser>();

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    for (const role of ROLES)
      users.set(role, await signInAs(app, use(), role, org.kanimA1, undefined, clock));
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(MATRIX)('lets only %s’s roles through (%s %s)', async (_name, method, url, allowed) => {
    for (const role of ROLES) {
      // An empty body: the permission is checked before the input, so a refusal is a 403.
      const res = await callAs(
        app,
        users.get(role) as SignedInUser,
        method,
        url,
        method === 'GET' ? undefined : {},
      );
      if (allowed.includes(role)) expect(res.statusCode, `${role}: ${res.body}`).not.toBe(403);
      else expect(res.statusCode, role).toBe(403);
    }
    const anonymous = await app.inject({
      method,
      url,
      ...(method === 'GET' ? {} : { payload: {} }),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  async function counts() {
    const db = use().db;
    const entries = await db.selectFrom('watchlist_entries').select('id').execute();
    const audit = await db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', 'like', 'watchlist.%')
      .execute();
    return { entries: entries.length, audit: audit.length };
  }

  it.each([
    ['a person without a name', { names: [] }, 'names'],
    ['an unreadable phone', { phones: ['0812', 'telepon'] }, 'phones[1]'],
    ['a NIK with an impossible date', { nik: '3201013213900001' }, 'nik'],
    [
      'a NIK on an organisation',
      { kind: 'organization', nik: '3201011402800001', birthDate: null, sex: null },
      'nik',
    ],
    ['a last valid day already past', { validUntil: '2026-11-24' }, 'validUntil'],
    ['an unknown TPPO code', { tppoTypes: ['PERDAGANGAN'] }, 'body.tppoTypes.0'],
    ['a news-only TPPO code', { tppoTypes: ['UMUM'] }, 'body.tppoTypes.0'],
    ['a repeated TPPO code', { tppoTypes: ['ONLINE_SCAM', 'ONLINE_SCAM'] }, 'body.tppoTypes'],
    ['a short reason', { reason: 'curiga' }, 'reason'],
    ['an unknown sharing scope', { sharingScope: 'world' }, 'body.sharingScope'],
    ['a malformed birth date', { birthDate: '14-03-1990' }, 'body.birthDate'],
    ['a region code that is not Kemendagri', { homeRegionCode: '16-72' }, 'body.homeRegionCode'],
  ])('refuses %s naming the field and writing nothing', async (_name, override, path) => {
    const before = await counts();
    const res = await callAs(
      app,
      users.get('supervisor') as SignedInUser,
      'POST',
      '/api/watchlist',
      personProposal(override),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(path);
    expect(await counts()).toEqual(before);
  });

  it('does not spend a reference number on a refused proposal', async () => {
    const supervisor = users.get('supervisor') as SignedInUser;
    const first = await proposeAs(app, supervisor, { names: ['Nomor Pertama'] });
    await callAs(app, supervisor, 'POST', '/api/watchlist', personProposal({ phones: ['x'] }));
    const second = await proposeAs(app, supervisor, { names: ['Nomor Kedua'] });
    expect(Number(second.refCode.slice(-6))).toBe(Number(first.refCode.slice(-6)) + 1);
  });

  it('answers in Indonesian by default and names the field in the problem document', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/watchlist',
      headers: (users.get('supervisor') as SignedInUser).headers,
      payload: personProposal({ names: [] }),
    });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'names', message: 'Nama wajib diisi.' },
    ]);
  });

  it('names every missing field of an empty proposal in one answer', async () => {
    const before = await counts();
    const res = await app.inject({
      method: 'POST',
      url: '/api/watchlist',
      headers: { ...(users.get('supervisor') as SignedInUser).headers, 'accept-language': 'en' },
      payload: { kind: 'person', names: [], listing: 'suspect', reason: '', sourceType: 'office' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'names', message: 'A name is required.' },
      { path: 'reason', message: 'The listing reason needs at least 10 characters.' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('appears in the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/watchlist',
        '/api/watchlist/{id}',
        '/api/watchlist/{id}/approve',
        '/api/watchlist/import',
        '/api/watchlist/export.csv',
      ]),
    );
  });
});
