import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { createTestApp, type TestClock } from '../../../../test/support/app.ts';
import type { TestDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
} from '../../../../test/support/org-factories.ts';
import type { DB } from '../../db/schema.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The module's own test articles (written for these tests, not copied from any outlet). */
export const TEST_ARTICLES = {
  desaKabar: 'desa-binaan-kabar.txt',
  desaWarta: 'desa-binaan-warta.txt',
  perekrut: 'perekrut-ntb.txt',
} as const;

/** The text of one test article. */
export function readTestArticle(name: string): string {
  return fs.readFileSync(path.join(HERE, 'testdata', name), 'utf8');
}

/** A route of the local test server: status, content type and body. */
export interface TestRoute {
  status?: number;
  type: string;
  body: string;
  /** A redirect's target. */
  location?: string;
}

/** A local HTTP server on 127.0.0.1 (port 0) serving fixed pages and feeds. */
export interface TestServer {
  url: string;
  routes: Map<string, TestRoute>;
  hits: string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 only; `routes` may change while it runs. */
export async function startTestServer(routes: Record<string, TestRoute> = {}): Promise<TestServer> {
  const map = new Map(Object.entries(routes));
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    hits.push(url);
    const route = map.get(url.split('?')[0] ?? url);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(route.status ?? 200, {
      'content-type': route.type,
      ...(route.location ? { location: route.location } : {}),
    });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: map,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An RSS feed whose items carry the given text as descriptions. */
export function rssFeed(
  items: { title: string; link: string; date: string; body: string }[],
): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Uji</title><link>https://kabar.example</link>
${items
  .map(
    (i) =>
      `<item><title>${escape(i.title)}</title><link>${escape(i.link)}</link><pubDate>${i.date}</pubDate><description>${escape(i.body)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** An HTML page wrapping an article body, one paragraph per line. */
export function htmlPage(title: string, published: string, body: string): string {
  const paragraphs = body
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${l}</p>`)
    .join('\n');
  return `<!doctype html><html lang="id"><head><title>${title}</title>
<meta property="article:published_time" content="${published}T08:00:00+07:00"></head>
<body><nav>Beranda | Daerah | Hukum</nav><article><h1>${title}</h1>${paragraphs}</article>
<footer>Hak cipta redaksi</footer></body></html>`;
}

/** The body of a test article without its header lines. */
export function bodyOf(text: string): string {
  return text.slice(text.indexOf('\n\n') + 2);
}

/** The answer of an upload or a fetch: one item per file, and the totals. */
export interface IngestAnswer {
  items: {
    file: string;
    status: string;
    articleId: string | null;
    eventId: string | null;
    error: string | null;
  }[];
  stored: number;
  duplicates: number;
  errors: number;
}

/** Uploads one text file as the user whose headers are given; the upload must succeed. */
export async function uploadArticle(
  app: FastifyInstance,
  headers: Record<string, string>,
  file: string,
  content: string,
): Promise<IngestAnswer> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/news/upload',
    headers,
    payload: { file, content },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<IngestAnswer>();
}

/** The Kanim the test articles name, under a Kanwil, so offices the articles name link to it. */
export async function insertArticlesKanim(db: Kysely<DB>, kanwilId: string): Promise<string> {
  const row = await db
    .insertInto('offices')
    .values({
      kind: 'kanim',
      code: 'KANIM-MUARA-ENIM-UJI',
      name: 'Kantor Imigrasi Kelas II Non TPI Muara Enim',
      short_name: 'Kanim Muara Enim',
      parent_id: kanwilId,
      time_zone: 'Asia/Jakarta',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A test app, the Kanim the articles name, and an analyst, a PIMPASA and a counter officer there. */
export interface NewsWorld {
  app: FastifyInstance;
  kanim: string;
  analyst: SignedInUser;
  pimpasa: SignedInUser;
  officer: SignedInUser;
}

/** Sets up a `NewsWorld` on a test database. */
export async function createNewsWorld(db: TestDatabase, clock: TestClock): Promise<NewsWorld> {
  const { app } = await createTestApp(db, clock);
  const org = await createTestOrg(db);
  const kanim = await insertArticlesKanim(db.db, org.kanwilA);
  const analyst = await signInAs(app, db, 'intel_analyst', kanim, undefined, clock);
  const pimpasa = await signInAs(app, db, 'pimpasa', kanim, undefined, clock);
  const officer = await signInAs(app, db, 'counter_officer', kanim, undefined, clock);
  return { app, kanim, analyst, pimpasa, officer };
}
