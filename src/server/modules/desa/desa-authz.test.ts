import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ROLES, permissionsOf, type Permission, type RoleId } from '../../../domain/permissions.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';

/** One route of the matrix: what it needs, and the status a permitted caller gets in scope. */
interface RouteCase {
  name: string;
  permission: Permission;
  method: 'GET' | 'POST' | 'PATCH';
  url: (ids: { desa: string; report: string }) => string;
  /** The body of call `n`; `officeId` is the Kanim fostering the test village. */
  body?: (n: number, officeId: string) => object;
  inScope: number;
  /** What a permitted caller out of scope gets: 404 hides the record, 403 refuses a write. */
  outOfScope: number;
}

const ROUTES: RouteCase[] = [
  {
    name: 'read a village',
    permission: 'desa.read',
    method: 'GET',
    url: (i) => `/api/desa-binaan/${i.desa}`,
    inScope: 200,
    outOfScope: 404,
  },
  {
    name: 'change a village',
    permission: 'desa.manage',
    method: 'PATCH',
    url: (i) => `/api/desa-binaan/${i.desa}`,
    body: () => ({ notes: 'Catatan uji' }),
    inScope: 200,
    outOfScope: 404,
  },
  {
    name: 'log an activity',
    permission: 'desa.manage',
    method: 'POST',
    url: (i) => `/api/desa-binaan/${i.desa}/activities`,
    body: () => ({ kind: 'kunjungan', date: '2026-11-20', topic: 'Kunjungan uji' }),
    inScope: 201,
    outOfScope: 404,
  },
  {
    name: 'file a report',
    permission: 'report.create',
    method: 'POST',
    url: (i) => `/api/desa-binaan/${i.desa}/reports`,
    body: () => ({
      category: 'lainnya',
      seenOn: '2026-11-20',
      regionCode: '18.01.10.2013',
      narrative: 'Uji',
    }),
    inScope: 201,
    outOfScope: 404,
  },
  {
    name: 'read a report',
    permission: 'desa.read',
    method: 'GET',
    url: (i) => `/api/desa-reports/${i.report}`,
    inScope: 200,
    outOfScope: 404,
  },
  {
    name: 'propose to the watchlist from a report',
    permission: 'watchlist.propose',
    method: 'POST',
    url: (i) => `/api/desa-reports/${i.report}/watchlist-proposal`,
    inScope: 201,
    outOfScope: 404,
  },
  {
    name: 'alert from a report',
    permission: 'alert.respond',
    method: 'POST',
    url: (i) => `/api/desa-reports/${i.report}/alert`,
    inScope: 201,
    outOfScope: 404,
  },
  {
    name: 'read hotspots',
    permission: 'desa.read',
    method: 'GET',
    url: () => '/api/hotspots',
    inScope: 200,
    outOfScope: 200,
  },
  {
    name: 'list villages',
    permission: 'desa.read',
    method: 'GET',
    url: () => '/api/desa-binaan',
    inScope: 200,
    outOfScope: 200,
  },
  {
    name: 'list reports',
    permission: 'desa.read',
    method: 'GET',
    url: () => '/api/desa-reports',
    inScope: 200,
    outOfScope: 200,
  },
  {
    name: 'look up a place',
    permission: 'desa.read',
    method: 'GET',
    url: () => '/api/desa-binaan/resolve?text=Bumidaya',
    inScope: 200,
    outOfScope: 200,
  },
  {
    name: 'list activities',
    permission: 'desa.read',
    method: 'GET',
    url: (i) => `/api/desa-binaan/${i.desa}/activities`,
    inScope: 200,
    outOfScope: 404,
  },
  {
    name: "list a village's reports",
    permission: 'desa.read',
    method: 'GET',
    url: (i) => `/api/desa-binaan/${i.desa}/reports`,
    inScope: 200,
    outOfScope: 404,
  },
  {
    name: 'read a profile',
    permission: 'desa.read',
    method: 'GET',
    url: (i) => `/api/desa-binaan/${i.desa}/profile`,
    inScope: 200,
    outOfScope: 404,
  },
  {
    name: 'download a profile PDF',
    permission: 'desa.read',
    method: 'GET',
    url: (i) => `/api/desa-binaan/${i.desa}/profile.pdf`,
    inScope: 200,
    outOfScope: 404,
  },
  {
    name: 'export hotspots',
    permission: 'desa.read',
    method: 'GET',
    url: () => '/api/hotspots/export.csv',
    inScope: 200,
    outOfScope: 200,
  },
  {
    name: 'list PIMPASA to assign',
    permission: 'desa.manage',
    method: 'GET',
    url: () => '/api/desa-binaan/pimpasa-candidates?officeId=KIA1',
    inScope: 200,
    outOfScope: 403,
  },
  {
    name: 'register a village',
    permission: 'desa.manage',
    method: 'POST',
    url: () => '/api/desa-binaan',
    body: (n, officeId) => ({
      nameAsWritten: `Desa uji ${n}`,
      regionCode: `18.01.10.${2000 + n}`,
      officeId,
    }),
    inScope: 201,
    outOfScope: 403,
  },
];

describeWithDatabase('Desa Binaan authorisation matrix', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let desaId = '';
  let reportCounter = 0;
  const callsPerRoute = new Map<string, number>();
  const users = new Map<string, SignedInUser>();

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    const row = await use()
      .db.insertInto('desa_binaan')
      .values({
        region_code: '18.01.10.2013',
        name_as_written: 'Desa Bumidaya',
        office_id: org.kanimA1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    desaId = row.id;
    for (const role of ROLES) {
      const inside = await signInAs(app, use(), role, org.kanimA1, undefined, clock);
      const outside = await signInAs(app, use(), role, org.kanimB1, undefined, clock);
      clock.advance(61_000); // the next TOTP sign-in needs a fresh step
      users.set(`${role}:in`, inside);
      users.set(`${role}:out`, outside);
    }
    const pimpasa = users.get('pimpasa:in') as SignedInUser;
    await use()
      .db.insertInto('desa_pimpasa')
      .values({ desa_id: desaId, user_id: pimpasa.id })
      .execute();
    clock.set('2026-11-25T03:00:00.000Z');
  });
  afterAll(async () => {
    await app.close();
  });

  async function newReport(): Promise<string> {
    reportCounter += 1;
    const reporter = users.get('pimpasa:in') as SignedInUser;
    const row = await use()
      .db.insertInto('desa_reports')
      .values({
        ref_code: `LPD-2026-9${String(reportCounter).padStart(5, '0')}`,
        desa_id: desaId,
        office_id: org.kanimA1,
        category: 'perekrut',
        seen_on: '2026-11-20',
        region_code: '18.01.10.2013',
        people: JSON.stringify([{ name: `Perekrut ${reportCounter}`, role: null, phone: null }]),
        narrative: 'Perekrut menawarkan kerja di luar negeri.',
        reported_by: reporter.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  const cases = ROUTES.flatMap((route) =>
    ROLES.flatMap((role) => (['in', 'out'] as const).map((where) => ({ route, role, where }))),
  );

  it.each(cases.map((c) => [c.route.name, c.role, c.where, c] as const))(
    '%s as %s (%s of scope)',
    async (_name, role: RoleId, where, { route }) => {
      const user = users.get(`${role}:${where}`) as SignedInUser;
      const permitted = permissionsOf(role).has(route.permission);
      // A report becomes a proposal or an alert once: every call gets its own.
      const report = await newReport();
      const n = (callsPerRoute.get(route.name) ?? 0) + 1;
      callsPerRoute.set(route.name, n);
      const payload = route.body?.(n, org.kanimA1);
      const res = await app.inject({
        method: route.method,
        url: route.url({ desa: desaId, report }).replace('KIA1', org.kanimA1),
        headers: { ...user.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
      const want = !permitted ? 403 : where === 'in' ? route.inScope : route.outOfScope;
      expect(res.statusCode, res.body).toBe(want);
    },
  );
});
