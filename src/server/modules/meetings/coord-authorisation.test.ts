import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';
import {
  ROLE_DEFINITIONS,
  ROLES,
  type Permission,
  type RoleId,
} from '../../../domain/permissions.ts';

const ID = '00000000-0000-4000-8000-000000000001';

/** Every route of meetings, bulletins and the knowledge base with the permission it declares. */
const ROUTES: {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  permission: Permission | null;
  /** Refused by scope (403) to office-level users: the Kanwil lies outside their scope. */
  kanwilScope?: true;
}[] = [
  { method: 'GET', url: '/api/meetings', permission: null },
  { method: 'GET', url: '/api/meetings/follow-up', permission: null, kanwilScope: true },
  { method: 'POST', url: '/api/meetings', permission: 'meeting.manage' },
  { method: 'GET', url: `/api/meetings/${ID}`, permission: null },
  { method: 'PATCH', url: `/api/meetings/${ID}`, permission: 'meeting.manage' },
  { method: 'GET', url: `/api/meetings/${ID}/minutes.pdf`, permission: null },
  { method: 'POST', url: `/api/meetings/${ID}/attachments`, permission: 'meeting.manage' },
  { method: 'GET', url: `/api/meetings/attachments/${ID}`, permission: null },
  { method: 'POST', url: `/api/meetings/${ID}/agreements`, permission: 'meeting.manage' },
  { method: 'PATCH', url: `/api/meeting-agreements/${ID}`, permission: 'meeting.manage' },
  { method: 'POST', url: `/api/meetings/${ID}/action-items`, permission: 'meeting.manage' },
  { method: 'PATCH', url: `/api/action-items/${ID}`, permission: null },
  { method: 'GET', url: '/api/bulletins', permission: null },
  { method: 'GET', url: '/api/bulletins/urgent-unconfirmed', permission: null },
  { method: 'POST', url: '/api/bulletins', permission: 'bulletin.send' },
  { method: 'GET', url: `/api/bulletins/${ID}`, permission: null },
  { method: 'POST', url: `/api/bulletins/${ID}/confirm`, permission: null },
  { method: 'GET', url: `/api/bulletins/${ID}/acknowledgements`, permission: null },
  { method: 'POST', url: `/api/bulletins/${ID}/remind`, permission: 'bulletin.send' },
  { method: 'GET', url: `/api/bulletins/attachments/${ID}`, permission: null },
  { method: 'GET', url: '/api/knowledge', permission: null },
  { method: 'GET', url: '/api/knowledge/KAWIN_KONTRAK', permission: null },
  { method: 'POST', url: '/api/knowledge/modus', permission: 'meeting.manage' },
  { method: 'POST', url: `/api/knowledge/modus/${ID}/review`, permission: null },
  { method: 'POST', url: `/api/knowledge/modus/${ID}/examples`, permission: 'meeting.manage' },
  { method: 'GET', url: '/api/notifications/summary', permission: null },
];

describeWithDatabase('authorisation matrix: meetings, bulletins, knowledge', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  const users = new Map<RoleId, SignedInUser>();

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    const org = await createTestOrg(use());
    for (const role of ROLES) {
      users.set(role, await signInAs(app, use(), role, org.kanimA1, undefined, clock));
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses every route to an anonymous caller', async () => {
    for (const route of ROUTES) {
      const res = await app.inject({ method: route.method, url: route.url, payload: {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it.each(ROLES)('lets %s through exactly the routes its permissions allow', async (role) => {
    const user = users.get(role);
    if (!user) throw new Error('user missing');
    const granted = new Set(ROLE_DEFINITIONS[role].permissions);
    for (const route of ROUTES) {
      const res = await app.inject({
        method: route.method,
        url: route.url,
        headers: user.headers,
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      const label = `${role} ${route.method} ${route.url} -> ${res.statusCode}`;
      if (route.permission !== null && !granted.has(route.permission)) {
        expect(res.statusCode, label).toBe(403);
      } else if (route.kanwilScope) {
        const officeLevel = ROLE_DEFINITIONS[role].defaultScope === 'office';
        expect(res.statusCode, label).toBe(officeLevel ? 403 : 200);
      } else {
        // Allowed through the guard: the answer is about the input or the record, not the role.
        expect([200, 400, 404, 409], label).toContain(res.statusCode);
      }
    }
  });
});
