import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { OfficeDetailView, OfficeView } from './org.schema.ts';

describeWithDatabase('offices', (use) => {
  let app: FastifyInstance;
  let org: TestOrg;
  let admin: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    org = await createTestOrg(use());
    admin = await signInAs(app, use(), 'administrator', org.kanwilA);
  });
  afterAll(async () => {
    await app.close();
  });

  async function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) {
    return app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });
  }

  async function auditRows(targetId: string) {
    return use()
      .db.selectFrom('audit_log')
      .select(['action', 'details', 'actor_user_id'])
      .where('target_id', '=', targetId)
      .orderBy('seq')
      .execute();
  }

  it('lists the tree in pre-order: each office right after its parent, with its depth', async () => {
    const res = await call('GET', '/api/offices');
    expect(res.statusCode).toBe(200);
    const offices = res.json<{ offices: OfficeView[] }>().offices;
    const index = (id: string) => offices.findIndex((o) => o.id === id);
    expect(index(org.kanwilA)).toBeLessThan(index(org.kanimA1));
    expect(index(org.tpiA1)).toBe(index(org.kanimA1) + 1);
    expect(offices[index(org.tpiA1)]?.depth).toBe(2);
    expect(offices[index(org.partner)]).toMatchObject({ depth: 1, parentId: org.kanwilB });
    const kanim = await call('GET', '/api/offices?kind=kanim');
    const kinds = new Set(kanim.json<{ offices: OfficeView[] }>().offices.map((o) => o.kind));
    expect([...kinds]).toEqual(['kanim']);
  });

  it("creates a Kanim in its Kanwil's zone with official, de-duplicated coverage, audited", async () => {
    const res = await call('POST', '/api/offices', {
      kind: 'kanim',
      code: 'KANIM-UJI-LAHAT',
      name: 'Kantor Imigrasi Uji Lahat',
      shortName: 'Kanim Uji Lahat',
      officeClass: 'Kelas III Non TPI',
      parentId: org.kanwilA,
      seatRegionCode: '1604',
      coverage: ['1604', '16.04', '16.72.01'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const office = res.json<OfficeDetailView>();
    expect(office).toMatchObject({
      timeZone: 'Asia/Jakarta',
      seatRegion: { code: '16.04', name: 'Kabupaten Lahat', level: 'kabupaten' },
      parent: { id: org.kanwilA, kind: 'kanwil' },
    });
    expect(office.coverage).toEqual([
      { code: '16.04', name: 'Kabupaten Lahat', level: 'kabupaten' },
      { code: '16.72.01', name: 'Pagar Alam Utara', level: 'kecamatan' },
    ]);
    const audit = await auditRows(office.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'office.create', actor_user_id: admin.id });
    expect(audit[0]?.details.coverage).toEqual(['16.04', '16.72.01']);

    const duplicate = await call('POST', '/api/offices', {
      kind: 'kanwil',
      code: 'KANIM-UJI-LAHAT',
      name: 'Kanwil Kembar',
      shortName: 'Kembar',
      timeZone: 'Asia/Makassar',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('code');
  });

  it('records each changed field with its old and new value, and nothing for a no-op', async () => {
    const first = await call('PATCH', `/api/offices/${org.kanimA2}`, {
      name: 'Kantor Imigrasi Uji A2 Baru',
      timeZone: 'Asia/Makassar',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json<OfficeDetailView>()).toMatchObject({
      name: 'Kantor Imigrasi Uji A2 Baru',
      timeZone: 'Asia/Makassar',
    });
    const same = await call('PATCH', `/api/offices/${org.kanimA2}`, {
      name: 'Kantor Imigrasi Uji A2 Baru',
    });
    expect(same.statusCode).toBe(200);
    const audit = await auditRows(org.kanimA2);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({
      changes: { timeZone: { from: 'Asia/Jakarta', to: 'Asia/Makassar' } },
    });
  });

  it('replaces coverage and audits what was added and removed', async () => {
    await call('PUT', `/api/offices/${org.kanimA1}/coverage`, { coverage: ['16.71', '16.07'] });
    const res = await call('PUT', `/api/offices/${org.kanimA1}/coverage`, {
      coverage: ['16.71', '16.10'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<OfficeDetailView>().coverage.map((c) => c.code)).toEqual(['16.10', '16.71']);
    const audit = await auditRows(org.kanimA1);
    expect(audit.at(-1)).toMatchObject({
      action: 'office.set_coverage',
      details: { added: ['16.10'], removed: ['16.07'] },
    });
  });

  it('hides a deactivated office from the default list but keeps it on request', async () => {
    const res = await call('PATCH', `/api/offices/${org.partner}`, { active: false });
    expect(res.statusCode).toBe(200);
    const ids = async (url: string) =>
      (await call('GET', url)).json<{ offices: OfficeView[] }>().offices.map((o) => o.id);
    expect(await ids('/api/offices')).not.toContain(org.partner);
    expect(await ids('/api/offices?includeInactive=true')).toContain(org.partner);
  });

  it('lets a Kanwil-scoped administrator manage only the offices of that Kanwil', async () => {
    const local = await signInAs(app, use(), 'administrator', org.kanimB1, 'kanwil');
    const own = await app.inject({
      method: 'PATCH',
      url: `/api/offices/${org.kanimB1}`,
      headers: local.headers,
      payload: { shortName: 'Kanim B1' },
    });
    expect(own.statusCode).toBe(200);
    const moveAway = await app.inject({
      method: 'PATCH',
      url: `/api/offices/${org.kanimB1}`,
      headers: local.headers,
      payload: { parentId: org.kanwilA },
    });
    expect(moveAway.statusCode).toBe(403);
    const newKanwil = await app.inject({
      method: 'POST',
      url: '/api/offices',
      headers: local.headers,
      payload: {
        kind: 'kanwil',
        code: 'KANWIL-LAIN',
        name: 'Kanwil Lain',
        shortName: 'Lain',
        timeZone: 'Asia/Jayapura',
      },
    });
    expect(newKanwil.statusCode).toBe(403);
  });
});
