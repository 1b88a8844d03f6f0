import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { whileWritesFail } from '../../../../test/support/failing-writes.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';
import {
  TEST_ARTICLES,
  bodyOf,
  readTestArticle,
  rssFeed,
  startTestServer,
  type TestServer,
} from './news-test-helpers.ts';

interface PollAnswer {
  feed: { lastStatus: string; lastNewArticles: number };
  result: { stored: number; duplicates: number };
}

describeWithDatabase('a feed poll: the new articles and the poll record commit together', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let analyst: SignedInUser;
  let server: TestServer;
  let feedId = '';

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    const org = await createTestOrg(use());
    analyst = await signInAs(app, use(), 'intel_analyst', org.kanimA1, undefined, clock);
    server = await startTestServer({
      '/feed.xml': {
        type: 'application/rss+xml',
        body: rssFeed([
          {
            title: 'Polda NTB Tangkap Perekrut Calon PMI Ilegal',
            link: 'https://berita-ntb.example/hukum/polda-ntb-tangkap-perekrut',
            date: 'Wed, 03 Jul 2024 10:00:00 +0700',
            body: bodyOf(readTestArticle(TEST_ARTICLES.perekrut)),
          },
        ]),
      },
    });
    const created = await app.inject({
      method: 'POST',
      url: '/api/news/feeds',
      headers: analyst.headers,
      payload: { url: `${server.url}/feed.xml`, title: 'Kabar Uji', intervalMinutes: 30 },
    });
    expect(created.statusCode, created.body).toBe(201);
    feedId = created.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  function poll() {
    return app.inject({
      method: 'POST',
      url: `/api/news/feeds/${feedId}/poll`,
      headers: analyst.headers,
    });
  }

  async function written() {
    const db = use().db;
    const articles = await db
      .selectFrom('news_articles')
      .select('id')
      .where('feed_id', '=', feedId)
      .execute();
    const feed = await db
      .selectFrom('news_feeds')
      .select(['last_polled_at', 'last_new_articles'])
      .where('id', '=', feedId)
      .executeTakeFirstOrThrow();
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['news.ingest', 'news.feed.poll'])
      .execute();
    return {
      articles: articles.length,
      polled: feed.last_polled_at !== null,
      newArticles: feed.last_new_articles,
      audit: audit.map((a) => a.action).sort(),
    };
  }

  it('stores no article when the poll cannot be recorded, and the next poll stores it once', async () => {
    const failed = await whileWritesFail(
      use().db,
      { table: 'audit_log', on: 'INSERT', when: `NEW.action = 'news.feed.poll'` },
      poll,
    );
    expect(failed.statusCode, failed.body).toBe(500);
    expect(await written()).toEqual({ articles: 0, polled: false, newArticles: 0, audit: [] });

    const retried = await poll();
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json<PollAnswer>()).toMatchObject({
      feed: { lastStatus: 'ok', lastNewArticles: 1 },
      result: { stored: 1, duplicates: 0 },
    });
    expect(await written()).toEqual({
      articles: 1,
      polled: true,
      newArticles: 1,
      audit: ['news.feed.poll', 'news.ingest'],
    });

    // Polled again, the item is a duplicate: recorded on the feed, nothing stored twice.
    const again = await poll();
    expect(again.json<PollAnswer>()).toMatchObject({
      feed: { lastStatus: 'ok', lastNewArticles: 0 },
      result: { stored: 0, duplicates: 1 },
    });
    expect(await written()).toMatchObject({
      articles: 1,
      audit: ['news.feed.poll', 'news.feed.poll', 'news.ingest'],
    });
  });
});
