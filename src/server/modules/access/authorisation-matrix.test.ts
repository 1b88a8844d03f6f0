import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  permissionsOf,
  ROLE_DEFINITIONS,
  ROLES,
  type Permission,
  type RoleId,
} from '../../../domain/permissions.ts';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOffice, createTestUser } from '../../../../test/support/factories.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';

/*
 * Every route of the organisation, regions, sharing, access and notification modules, for
 * every role, from inside and from outside the scope the route guards. A user "inside" sits at
 * Kanwil A (a party to the agreements the cells use, and the parent of the offices they touch);
 * a user "outside" sits at Kanwil C, with Kanwil scope when the role's default is national.
 */

type Cell = { user: SignedInUser; inScope: boolean };
type Ctx = Record<string, string>;

interface RouteCase {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** The permission the route asks for; null when any signed-in user may call it. */
  permission: Permission | null;
  /** Whether the cell's scope decides the outcome. */
  scoped: boolean;
  success: number;
  /** The status outside the scope (403 unless the route hides what it does not show). */
  outside?: number;
  prepare?: (cell: Cell) => Promise<Ctx>;
  url: (ctx: Ctx) => string;
  body?: (ctx: Ctx) => unknown;
}

describeWithDatabase('authorisation matrix', (use) => {
  let app: FastifyInstance;
  let org: TestOrg;
  let kanwilC: string;
  let bystander: string;
  const inside = new Map<RoleId, SignedInUser>();
  const outside = new Map<RoleId, SignedInUser>();
  let counter = 0;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    org = await createTestOrg(use());
    kanwilC = (await createTestOffice(use(), { kind: 'kanwil' })).id;
    bystander = (await createTestUser(use(), { role: 'supervisor', officeId: org.kanimB1 })).id;
    for (const role of ROLES) {
      inside.set(role, await signInAs(app, use(), role, org.kanwilA));
      const national = ROLE_DEFINITIONS[role].defaultScope === 'national';
      outside.set(role, await signInAs(app, use(), role, kanwilC, national ? 'kanwil' : undefined));
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const next = (): number => (counter += 1);
  const agreement = (status: 'draft' | 'active') => async (): Promise<Ctx> => ({
    id: await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB], status }),
  });

  const routes: RouteCase[] = [
    {
      name: 'list offices',
      method: 'GET',
      permission: 'office.read',
      scoped: false,
      success: 200,
      url: () => '/api/offices',
    },
    {
      name: 'read an office',
      method: 'GET',
      permission: 'office.read',
      scoped: false,
      success: 200,
      url: () => `/api/offices/${org.kanimA1}`,
    },
    {
      name: 'create an office',
      method: 'POST',
      permission: 'office.manage',
      scoped: true,
      success: 201,
      url: () => '/api/offices',
      body: () => ({
        kind: 'kanim',
        code: `KANIM-M-${next()}`,
        name: 'Kantor Imigrasi Uji Matriks',
        shortName: 'Kanim Matriks',
        officeClass: 'Kelas III Non TPI',
        parentId: org.kanwilA,
        coverage: ['16.03'],
      }),
    },
    {
      name: 'change an office',
      method: 'PATCH',
      permission: 'office.manage',
      scoped: true,
      success: 200,
      url: () => `/api/offices/${org.kanimA2}`,
      body: () => ({ address: `Jalan Uji ${next()}` }),
    },
    {
      name: "set a Kanim's coverage",
      method: 'PUT',
      permission: 'office.manage',
      scoped: true,
      success: 200,
      url: () => `/api/offices/${org.kanimA2}/coverage`,
      body: () => ({ coverage: next() % 2 ? ['16.03', '16.04'] : ['16.72'] }),
    },
    {
      name: 'find regions',
      method: 'GET',
      permission: null,
      scoped: false,
      success: 200,
      url: () => '/api/regions/find?q=Pagar%20Alam&limit=3',
    },
    {
      name: 'read a region',
      method: 'GET',
      permission: null,
      scoped: false,
      success: 200,
      url: () => '/api/regions/16.72',
    },
    {
      name: 'list agreements',
      method: 'GET',
      permission: 'sharing.read',
      scoped: false,
      success: 200,
      url: () => '/api/sharing-agreements',
    },
    {
      name: 'read an agreement',
      method: 'GET',
      permission: 'sharing.read',
      scoped: true,
      success: 200,
      prepare: agreement('active'),
      url: (ctx) => `/api/sharing-agreements/${ctx.id}`,
    },
    {
      name: 'propose an agreement',
      method: 'POST',
      permission: 'sharing.propose',
      scoped: true,
      success: 201,
      url: () => '/api/sharing-agreements',
      body: () => ({
        title: `Perjanjian matriks ${next()}`,
        dataKinds: ['watchlist'],
        partyOfficeIds: [org.kanwilA, org.kanwilB],
        validFrom: '2026-01-01',
      }),
    },
    {
      name: 'change a draft',
      method: 'PATCH',
      permission: 'sharing.propose',
      scoped: true,
      success: 200,
      prepare: agreement('draft'),
      url: (ctx) => `/api/sharing-agreements/${ctx.id}`,
      body: () => ({ title: `Judul baru ${next()}` }),
    },
    {
      name: 'approve an agreement',
      method: 'POST',
      permission: 'sharing.approve',
      scoped: true,
      success: 200,
      prepare: agreement('draft'),
      url: (ctx) => `/api/sharing-agreements/${ctx.id}/approve`,
      body: () => ({}),
    },
    {
      name: 'end an agreement',
      method: 'POST',
      permission: 'sharing.end',
      scoped: true,
      success: 200,
      prepare: agreement('active'),
      url: (ctx) => `/api/sharing-agreements/${ctx.id}/end`,
      body: () => ({ reason: 'Kedua pihak sepakat menghentikan berbagi data' }),
    },
    {
      name: 'see own scope',
      method: 'GET',
      permission: null,
      scoped: false,
      success: 200,
      url: () => '/api/access/scope?kind=watchlist',
    },
    {
      name: "see another user's scope",
      method: 'GET',
      permission: 'audit.read',
      scoped: false,
      success: 200,
      url: () => `/api/access/scope?kind=alerts&userId=${bystander}`,
    },
    {
      name: 'list own notifications',
      method: 'GET',
      permission: null,
      scoped: false,
      success: 200,
      url: () => '/api/notifications',
    },
    {
      name: 'mark all own notifications read',
      method: 'POST',
      permission: null,
      scoped: false,
      success: 200,
      url: () => '/api/notifications/read-all',
    },
    {
      name: 'mark one notification read',
      method: 'POST',
      permission: null,
      scoped: true,
      success: 200,
      // Someone else's notification is not shown to exist.
      outside: 404,
      prepare: async (cell) => {
        const owner = cell.inScope ? cell.user.id : (inside.get('head')?.id ?? '');
        const row = await use()
          .db.insertInto('notifications')
          .values({ user_id: owner, kind: 'test', title: 'Uji' })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { id: row.id };
      },
      url: (ctx) => `/api/notifications/${ctx.id}/read`,
    },
  ];

  function expected(route: RouteCase, role: RoleId, inScope: boolean): number {
    if (route.permission && !permissionsOf(role).has(route.permission)) return 403;
    if (route.scoped && !inScope) return route.outside ?? 403;
    return route.success;
  }

  const cells = routes.flatMap((route) =>
    ROLES.flatMap((role) =>
      [true, false].map((inScope) => ({
        route,
        role,
        inScope,
        label: `${route.name} as ${role} ${inScope ? 'in scope' : 'out of scope'} → ${expected(route, role, inScope)}`,
      })),
    ),
  );

  it.each(cells)('$label', async ({ route, role, inScope }) => {
    const user = (inScope ? inside : outside).get(role);
    if (!user) throw new Error(`no user for ${role}`);
    const cell = { user, inScope };
    const ctx = route.prepare ? await route.prepare(cell) : {};
    const body = route.body?.(ctx);
    const res = await app.inject({
      method: route.method,
      url: route.url(ctx),
      headers: user.headers,
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const want = expected(route, role, inScope);
    expect(res.statusCode, res.body).toBe(want);
    if (want === 403) {
      expect(res.json<{ code: string }>().code).toBe('forbidden');
    }
  });

  it.each(routes)(
    'refuses $name to an anonymous caller before reading its input',
    async (route) => {
      const ctx = route.prepare
        ? await route.prepare({ user: inside.get('head') as SignedInUser, inScope: true })
        : {};
      const res = await app.inject({
        method: route.method,
        url: route.url(ctx),
        ...(route.body ? { payload: { nonsense: true } } : {}),
      });
      expect(res.statusCode).toBe(401);
      expect(res.json<{ code: string }>().code).toBe('unauthenticated');
    },
  );
});
