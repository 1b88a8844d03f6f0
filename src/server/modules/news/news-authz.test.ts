import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { ROLES, permissionsOf, type Permission } from '../../../domain/permissions.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';
import { TEST_ARTICLES, readTestArticle } from './news-test-helpers.ts';

/** One route: the permissions it needs and what a permitted caller gets. */
interface RouteCase {
  name: string;
  needs: Permission[];
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: (ids: { event: string; lead: string; feed: string }) => string;
  body?: object;
  permitted: number;
}

const ZERO = '00000000-0000-4000-8000-000000000000';

const ROUTES: RouteCase[] = [
  {
    name: 'list events',
    needs: ['news.read'],
    method: 'GET',
    url: () => '/api/news/events',
    permitted: 200,
  },
  {
    name: 'read an event',
    needs: ['news.read'],
    method: 'GET',
    url: (i) => `/api/news/events/${i.event}`,
    permitted: 200,
  },
  {
    name: 'list leads',
    needs: ['news.read'],
    method: 'GET',
    url: () => '/api/news/leads',
    permitted: 200,
  },
  {
    name: 'upload a file',
    needs: ['news.manage'],
    method: 'POST',
    url: () => '/api/news/upload',
    body: { file: 'a.txt', content: readTestArticle(TEST_ARTICLES.desaWarta) },
    permitted: 200,
  },
  {
    name: 'fetch an address',
    needs: ['news.manage'],
    method: 'POST',
    url: () => '/api/news/fetch',
    body: { url: 'ftp://127.0.0.1/x' },
    permitted: 400,
  },
  {
    name: 'list feeds',
    needs: ['news.manage'],
    method: 'GET',
    url: () => '/api/news/feeds',
    permitted: 200,
  },
  {
    name: 'add a feed',
    needs: ['news.manage'],
    method: 'POST',
    url: () => '/api/news/feeds',
    body: { url: 'https://kabar.example/x', title: '' },
    permitted: 400,
  },
  {
    name: 'change a feed',
    needs: ['news.manage'],
    method: 'PATCH',
    url: (i) => `/api/news/feeds/${i.feed}`,
    body: { title: 'Baru' },
    permitted: 200,
  },
  {
    name: 'poll a missing feed',
    needs: ['news.manage'],
    method: 'POST',
    url: () => `/api/news/feeds/${ZERO}/poll`,
    permitted: 404,
  },
  {
    name: 'remove a missing feed',
    needs: ['news.manage'],
    method: 'DELETE',
    url: () => `/api/news/feeds/${ZERO}`,
    permitted: 404,
  },
  {
    name: 'name a perpetrator',
    needs: ['news.manage', 'watchlist.propose'],
    method: 'POST',
    url: (i) => `/api/news/events/${i.event}/leads`,
    body: { entryKind: 'person' },
    permitted: 400,
  },
  {
    name: 'reject a Desa Binaan lead (empty note)',
    needs: ['news.read'],
    method: 'POST',
    url: (i) => `/api/news/leads/${i.lead}/reject`,
    body: { note: '' },
    permitted: 400,
  },
];

describeWithDatabase('news authorisation matrix', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  const users = new Map<string, SignedInUser>();
  const ids = { event: '', lead: '', feed: '' };

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    const org = await createTestOrg(use());
    for (const role of ROLES) {
      users.set(role, await signInAs(app, use(), role, org.kanimA1, undefined, clock));
      clock.advance(61_000);
    }
    const analyst = users.get('intel_analyst') as SignedInUser;
    const ingest = await app.inject({
      method: 'POST',
      url: '/api/news/upload',
      headers: analyst.headers,
      payload: { file: 'kabar.txt', content: readTestArticle(TEST_ARTICLES.desaKabar) },
    });
    ids.event = ingest.json<{ items: { eventId: string }[] }>().items[0]?.eventId ?? '';
    const lead = await use().db.selectFrom('news_leads').select('id').executeTakeFirstOrThrow();
    ids.lead = lead.id;
    const feed = await app.inject({
      method: 'POST',
      url: '/api/news/feeds',
      headers: analyst.headers,
      payload: { url: 'https://kabar.example/rss', title: 'Kabar' },
    });
    ids.feed = feed.json<{ id: string }>().id;
  });

  it('refuses anonymous callers on every route', async () => {
    for (const route of ROUTES) {
      const res = await app.inject({
        method: route.method,
        url: route.url(ids),
        ...(route.body ? { payload: route.body } : {}),
      });
      expect([401, 403], `${route.name}: ${res.statusCode}`).toContain(res.statusCode);
    }
  });

  for (const role of ROLES) {
    it(`gives a ${role} exactly the news routes its permissions allow`, async () => {
      const user = users.get(role) as SignedInUser;
      const held = permissionsOf(role);
      for (const route of ROUTES) {
        const res = await app.inject({
          method: route.method,
          url: route.url(ids),
          headers: user.headers,
          ...(route.body ? { payload: route.body } : {}),
        });
        const allowed = route.needs.every((p) => held.has(p));
        expect(res.statusCode, `${role} ${route.name}: ${res.body}`).toBe(
          allowed ? route.permitted : 403,
        );
      }
    });
  }
});
