import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';
import type { AppDeps } from '../../deps.ts';
import { startJobRunner, type JobRunner } from '../../jobs/job-runner.ts';
import { NEWS_POLL_QUEUE, registerNewsJobs } from './news.jobs.ts';
import {
  TEST_ARTICLES,
  bodyOf,
  htmlPage,
  readTestArticle,
  rssFeed,
  startTestServer,
  type TestServer,
} from './news-test-helpers.ts';

describeWithDatabase('news feeds', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let analyst: SignedInUser;
  let server: TestServer;
  let jobs: JobRunner;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    const org = await createTestOrg(use());
    analyst = await signInAs(app, use(), 'intel_analyst', org.kanimA1, undefined, clock);
    const desa = readTestArticle(TEST_ARTICLES.desaKabar);
    server = await startTestServer({
      // The first item is a teaser: the poll reads its article page; the second carries its text.
      '/feed.xml': {
        type: 'application/rss+xml',
        body: rssFeed([
          {
            title: 'Imigrasi Muara Enim Bentuk Desa Binaan di Pagar Alam',
            link: 'PAGE_URL',
            date: 'Thu, 09 May 2024 08:00:00 +0700',
            body: 'Kantor Imigrasi Muara Enim membentuk desa binaan.',
          },
          {
            title: 'Polda NTB Tangkap Perekrut Calon PMI Ilegal',
            link: 'https://berita-ntb.example/hukum/polda-ntb-tangkap-perekrut',
            date: 'Wed, 03 Jul 2024 10:00:00 +0700',
            body: bodyOf(readTestArticle(TEST_ARTICLES.perekrut)),
          },
        ]),
      },
      '/daerah/desa-binaan.html': {
        type: 'text/html; charset=utf-8',
        body: htmlPage(
          'Imigrasi Muara Enim Bentuk Desa Binaan di Pagar Alam',
          '2024-05-09',
          bodyOf(desa),
        ),
      },
      '/rusak.xml': { status: 500, type: 'text/plain', body: 'galat' },
    });
    const feed = server.routes.get('/feed.xml');
    if (feed) feed.body = feed.body.replace('PAGE_URL', `${server.url}/daerah/desa-binaan.html`);
    jobs = await startJobRunner(use(), { pollingIntervalSeconds: 0.5, schedule: false });
    await registerNewsJobs(deps, jobs);
  });
  afterAll(async () => {
    await jobs.stop();
    await server.close();
  });

  it('polls a configured feed on demand, reading teaser items from their pages, and stores nothing twice', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/news/feeds',
      headers: analyst.headers,
      payload: { url: `${server.url}/feed.xml`, title: 'Kabar Uji', intervalMinutes: 30 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const feedId = created.json<{ id: string }>().id;
    const poll = await app.inject({
      method: 'POST',
      url: `/api/news/feeds/${feedId}/poll`,
      headers: analyst.headers,
    });
    expect(poll.statusCode, poll.body).toBe(200);
    const first = poll.json<{
      feed: { lastStatus: string; lastNewArticles: number };
      result: { stored: number };
    }>();
    expect(first.result.stored).toBe(2);
    expect(first.feed).toMatchObject({ lastStatus: 'ok', lastNewArticles: 2 });
    expect(server.hits).toContain('/daerah/desa-binaan.html');
    const page = await use()
      .db.selectFrom('news_articles')
      .select(['body', 'feed_id', 'source_kind'])
      .where('body', 'like', '%Sebanyak 120 warga%')
      .executeTakeFirstOrThrow();
    expect(page).toMatchObject({ feed_id: feedId, source_kind: 'feed' });

    const again = await app.inject({
      method: 'POST',
      url: `/api/news/feeds/${feedId}/poll`,
      headers: analyst.headers,
    });
    expect(again.json<{ result: { stored: number; duplicates: number } }>().result).toMatchObject({
      stored: 0,
      duplicates: 2,
    });
    const duplicate = await app.inject({
      method: 'POST',
      url: '/api/news/feeds',
      headers: analyst.headers,
      payload: { url: `${server.url}/feed.xml`, title: 'Sama' },
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('runs the scheduled poll as a job: due feeds are read, a failing source is recorded on its feed', async () => {
    const broken = await app.inject({
      method: 'POST',
      url: '/api/news/feeds',
      headers: analyst.headers,
      payload: { url: `${server.url}/rusak.xml`, title: 'Sumber rusak' },
    });
    const brokenId = broken.json<{ id: string }>().id;
    const hitsBefore = server.hits.filter((h) => h === '/feed.xml').length;
    // The first feed was polled a moment ago: make its 30 minutes pass.
    await use()
      .db.updateTable('news_feeds')
      .set({ last_polled_at: new Date(clock().getTime() - 31 * 60_000) })
      .where('url', '=', `${server.url}/feed.xml`)
      .execute();
    await jobs.send(NEWS_POLL_QUEUE, {});
    const deadline = Date.now() + 20_000;
    let row;
    while (Date.now() < deadline) {
      row = await use()
        .db.selectFrom('news_feeds')
        .select(['last_status', 'last_error'])
        .where('id', '=', brokenId)
        .executeTakeFirst();
      // The broken feed (never polled) goes first; the other one follows in the same job.
      const polled = server.hits.filter((h) => h === '/feed.xml').length > hitsBefore;
      if (row?.last_status && polled) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(row?.last_status).toBe('error');
    expect(row?.last_error).toMatch(/500/);
    expect(server.hits.filter((h) => h === '/feed.xml').length).toBe(hitsBefore + 1);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['actor_username', 'action'])
      .where('action', '=', 'news.feed.poll')
      .where('target_id', '=', brokenId)
      .executeTakeFirstOrThrow();
    expect(audit.actor_username).toMatch(/news-feed-poll/);
  });

  it.each([
    [{ url: 'file:///etc/hosts', title: 'Berkas' }, 'url'],
    [{ url: 'https://kabar.example/rss', title: '' }, 'title'],
    [{ url: 'https://kabar.example/rss', title: 'Kabar', intervalMinutes: 1 }, 'intervalMinutes'],
  ])('refuses a bad feed, naming the field (%j)', async (payload, field) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/feeds',
      headers: analyst.headers,
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .join(),
    ).toContain(field);
  });
});
