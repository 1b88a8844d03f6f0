import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';
import { startTestServer, type TestServer } from './news-test-helpers.ts';

interface Problem {
  detail: string;
  errors: { path: string; message: string }[];
}

describeWithDatabase('news fetch with the production network rule', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let analyst: SignedInUser;
  let server: TestServer;

  beforeAll(async () => {
    // The default configuration: no private networks, ports 80 and 443 only.
    ({ app } = await createTestApp(use(), clock, {
      allowPrivateNetworkFetch: false,
      fetchExtraPorts: [],
    }));
    const org = await createTestOrg(use());
    analyst = await signInAs(app, use(), 'intel_analyst', org.kanimA1, undefined, clock);
    server = await startTestServer({ '/berita': { type: 'text/plain', body: 'Isi berita.' } });
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  it.each([
    ['the local server', () => `http://127.0.0.1/berita`, /tidak boleh diambil server/],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/', /link-local/],
    ['the database port', () => 'http://127.0.0.1:5432/', /Port 5432/],
    ['a local port in the test server', () => `${server.url}/berita`, /Port \d+/],
  ])('refuses %s in Bahasa Indonesia, naming url, and fetches nothing', async (_n, url, text) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/fetch',
      headers: analyst.headers,
      payload: { url: url() },
    });
    expect(res.statusCode).toBe(400);
    const problem = res.json<Problem>();
    expect(problem.errors[0]?.path).toBe('url');
    expect(problem.errors[0]?.message).toMatch(text);
    expect(server.hits).toEqual([]);
  });

  it('answers in English when asked', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/fetch',
      headers: { ...analyst.headers, 'accept-language': 'en' },
      payload: { url: 'http://10.0.0.8/' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors[0]?.message).toContain(
      'is in a private network the server may not fetch from',
    );
  });

  it('refuses a feed on a private address when it is saved', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/feeds',
      headers: analyst.headers,
      payload: { url: 'http://192.168.1.20/rss', title: 'Umpan internal', intervalMinutes: 30 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors[0]?.path).toBe('url');
    const stored = await use().db.selectFrom('news_feeds').select('url').execute();
    expect(stored).toEqual([]);
  });
});
