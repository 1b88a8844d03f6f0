import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice } from '../../../../test/support/factories.ts';
import { signInAs, type SignedInUser } from '../../../../test/support/org-factories.ts';
import type { RegionDetail } from './regions.service.ts';

describeWithDatabase('regions over HTTP', (use) => {
  let app: FastifyInstance;
  let user: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    user = await signInAs(app, use(), 'pimpasa', (await createTestOffice(use())).id);
  });
  afterAll(async () => {
    await app.close();
  });

  it("resolves the seed's misnamed village to the official Bumi Daya with its parents", async () => {
    const q = encodeURIComponent('Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda');
    const res = await app.inject({
      url: `/api/regions/find?q=${q}&limit=3`,
      headers: user.headers,
    });
    expect(res.statusCode).toBe(200);
    const first = res.json<{ candidates: RegionDetail[] }>().candidates[0];
    expect(first).toMatchObject({ code: '18.01.10.2013', name: 'Bumi Daya', level: 'desa' });
    expect(first?.parents.map((p) => p.code)).toEqual(['18', '18.01', '18.01.10']);
  });

  it('answers a code, dotted or not, with its parents root first and its children', async () => {
    const village = await app.inject({ url: '/api/regions/1672011018', headers: user.headers });
    expect(village.json<RegionDetail>()).toMatchObject({
      code: '16.72.01.1018',
      name: 'Dempo Makmur',
      level: 'kelurahan',
      children: [],
    });
    expect(village.json<RegionDetail>().parents.map((p) => p.name)).toEqual([
      'Sumatera Selatan',
      'Kota Pagar Alam',
      'Pagar Alam Utara',
    ]);
    const province = await app.inject({ url: '/api/regions/16', headers: user.headers });
    const children = province.json<RegionDetail>().children.map((c) => c.code);
    expect(children).toContain('16.72');
    expect(children).toHaveLength(17);
  });

  it('tells an anonymous caller to sign in', async () => {
    const res = await app.inject({ url: '/api/regions/16' });
    expect(res.statusCode).toBe(401);
  });
});
