import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES, ROLE_DEFINITIONS } from '../../../domain/permissions.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOrg, signInAs, type TestOrg } from '../../../../test/support/org-factories.ts';

describeWithDatabase('audit routes', (use) => {
  let app: FastifyInstance;
  let org: TestOrg;
  const clock = createTestClock();
  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets only roles with audit.read search and audit.verify verify; others get 403', async () => {
    for (const role of ROLES) {
      const user = await signInAs(app, use(), role, org.kanwilA, undefined, clock);
      const search = await app.inject({ method: 'GET', url: '/api/audit', headers: user.headers });
      const verify = await app.inject({
        method: 'POST',
        url: '/api/audit/verify',
        headers: user.headers,
      });
      const perms = ROLE_DEFINITIONS[role].permissions as readonly string[];
      expect(search.statusCode, `${role} GET /api/audit`).toBe(
        perms.includes('audit.read') ? 200 : 403,
      );
      expect(verify.statusCode, `${role} POST /api/audit/verify`).toBe(
        perms.includes('audit.verify') ? 200 : 403,
      );
      clock.advance(61_000);
    }
  });

  it('refuses anonymous callers', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/audit/verify' })).statusCode).toBe(401);
  });

  it('finds the sign-in rows, pages through them, and audits the search itself', async () => {
    const auditor = await signInAs(app, use(), 'auditor', org.kanwilA, undefined, clock);
    const first = await app.inject({
      method: 'GET',
      url: '/api/audit?action=auth.sign_in&limit=2',
      headers: auditor.headers,
    });
    expect(first.statusCode).toBe(200);
    const page = first.json<{ items: { seq: number; action: string }[]; nextBeforeSeq: number }>();
    expect(page.items).toHaveLength(2);
    expect(page.items.every((i) => i.action.startsWith('auth.sign_in'))).toBe(true);
    const second = await app.inject({
      method: 'GET',
      url: `/api/audit?action=auth.sign_in&limit=2&beforeSeq=${page.nextBeforeSeq}`,
      headers: auditor.headers,
    });
    const next = second.json<{ items: { seq: number }[] }>();
    expect(next.items[0]?.seq).toBeLessThan(page.items[1]?.seq ?? 0);
    const own = await app.inject({
      method: 'GET',
      url: '/api/audit?action=audit.search&limit=5',
      headers: auditor.headers,
    });
    expect(own.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    const verdict = await app.inject({
      method: 'POST',
      url: '/api/audit/verify',
      headers: auditor.headers,
    });
    expect(verdict.json()).toMatchObject({ ok: true });
  });

  it('audits a search by dates with the dates as given, and the chain still verifies', async () => {
    const auditor = await signInAs(app, use(), 'auditor', org.kanwilA, undefined, clock);
    const search = await app.inject({
      method: 'GET',
      url: '/api/audit?from=2026-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z&limit=1',
      headers: auditor.headers,
    });
    expect(search.statusCode).toBe(200);
    const own = await app.inject({
      method: 'GET',
      url: '/api/audit?action=audit.search&limit=1',
      headers: auditor.headers,
    });
    const row = own.json<{ items: { details: unknown; chainFormat: number }[] }>().items[0];
    expect(row).toMatchObject({
      chainFormat: 2,
      details: { filters: { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' } },
    });
    const verdict = await app.inject({
      method: 'POST',
      url: '/api/audit/verify',
      headers: auditor.headers,
    });
    expect(verdict.json()).toMatchObject({ ok: true });
  });

  it('names the field of a bad filter', async () => {
    const auditor = await signInAs(app, use(), 'auditor', org.kanwilA, undefined, clock);
    const res = await app.inject({
      method: 'GET',
      url: '/api/audit?limit=0&actor=nobody',
      headers: { ...auditor.headers, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.limit', 'querystring.actor']));
    const dates = await app.inject({
      method: 'GET',
      url: '/api/audit?from=2026-02-01&to=2026-01-01',
      headers: auditor.headers,
    });
    expect(dates.statusCode).toBe(400);
    expect(dates.json<{ errors: { path: string; message: string }[] }>().errors[0]).toMatchObject({
      path: 'querystring.to',
      message: expect.stringMatching(/harus sebelum/) as unknown,
    });
  });
});
