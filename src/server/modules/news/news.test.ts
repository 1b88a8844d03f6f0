import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import type { SignedInUser } from '../../../../test/support/org-factories.ts';
import {
  TEST_ARTICLES,
  bodyOf,
  htmlPage,
  createNewsWorld,
  readTestArticle,
  startTestServer,
  uploadArticle,
  type IngestAnswer,
  type TestServer,
} from './news-test-helpers.ts';

describeWithDatabase('news ingestion and events', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let analyst: SignedInUser;
  let pimpasa: SignedInUser;
  let officer: SignedInUser;
  let kanim: string;
  let server: TestServer;
  let desaEvent = '';
  let perpetratorEvent = '';

  function upload(user: SignedInUser, file: string, content: string): Promise<IngestAnswer> {
    return uploadArticle(app, user.headers, file, content);
  }

  beforeAll(async () => {
    ({ app, kanim, analyst, pimpasa, officer } = await createNewsWorld(use(), clock));
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('stores an article once, whether sent again as JSON, as a raw body or under a tracking address', async () => {
    const text = readTestArticle(TEST_ARTICLES.desaKabar);
    const first = await upload(analyst, 'kabar.txt', text);
    expect(first.stored).toBe(1);
    const stored = first.items[0]?.articleId;
    expect(stored).toBeTruthy();
    desaEvent = first.items[0]?.eventId ?? '';

    const again = await upload(analyst, 'kabar-lagi.txt', text);
    expect(again).toMatchObject({ stored: 0, duplicates: 1 });
    expect(again.items[0]).toMatchObject({
      status: 'duplicate',
      articleId: stored,
      eventId: desaEvent,
    });

    const raw = await app.inject({
      method: 'POST',
      url: '/api/news/upload/raw?file=kabar.txt',
      headers: { ...analyst.headers, 'content-type': 'text/plain' },
      payload: text.replace(/\n/g, '\r\n').replace(/ {1}/g, '  '),
    });
    expect(raw.statusCode, raw.body).toBe(200);
    expect(raw.json<IngestAnswer>().items[0]).toMatchObject({
      status: 'duplicate',
      articleId: stored,
    });

    // Same address without the tracking parameter, rewritten text: still the same article.
    const sameUrl = text
      .replace('?utm_source=wa', '')
      .replace('Sebanyak 120 warga hadir', 'Lebih dari seratus warga hadir');
    const byUrl = await upload(analyst, 'kabar-ralat.txt', sameUrl);
    expect(byUrl.items[0]).toMatchObject({ status: 'duplicate', articleId: stored });
    const count = await use()
      .db.selectFrom('news_articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('groups a second outlet’s rewrite into the same event and keeps another story apart', async () => {
    const warta = await upload(analyst, 'warta.txt', readTestArticle(TEST_ARTICLES.desaWarta));
    expect(warta.items[0]).toMatchObject({ status: 'stored', eventId: desaEvent });
    const ntb = await upload(analyst, 'ntb.txt', readTestArticle(TEST_ARTICLES.perekrut));
    perpetratorEvent = ntb.items[0]?.eventId ?? '';
    expect(perpetratorEvent).not.toBe('');
    expect(perpetratorEvent).not.toBe(desaEvent);
    const event = await use()
      .db.selectFrom('news_events')
      .selectAll()
      .where('id', '=', desaEvent)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ status: 'active', article_count: 2, event_date: '2024-05-08' });
    const codes = (
      await use()
        .db.selectFrom('news_event_places')
        .select('region_code')
        .where('event_id', '=', desaEvent)
        .execute()
    ).map((r) => r.region_code);
    expect(codes).toEqual(expect.arrayContaining(['16', '16.72', '16.72.01', '16.72.01.1018']));
  });

  it('keeps the event id when a later article joins it and audits the ingestion', async () => {
    const page = htmlPage(
      'Warga Dempo Makmur Sambut Desa Binaan Imigrasi',
      '2024-05-11',
      'PAGAR ALAM - Warga Kelurahan Dempo Makmur, Kecamatan Pagar Alam Utara menyambut pembentukan Desa Binaan Imigrasi oleh Kantor Imigrasi Kelas II Non TPI Muara Enim pada 8 Mei 2024.\nKepala Kantor Imigrasi Kelas II Non TPI Muara Enim, Budi Santoso, mengatakan Pimpasa akan mendampingi warga yang ingin bekerja ke luar negeri secara prosedural untuk mencegah TPPO.\nSosialisasi itu diikuti 120 warga di balai kelurahan.',
    );
    server.routes.set('/daerah/sambut-desa-binaan', {
      type: 'text/html; charset=utf-8',
      body: page,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/fetch',
      headers: analyst.headers,
      payload: { url: `${server.url}/daerah/sambut-desa-binaan` },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<IngestAnswer>().items[0]).toMatchObject({
      status: 'stored',
      eventId: desaEvent,
    });
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'news.ingest')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).toContain(desaEvent);
  });

  it.each([
    ['an address that is not http', { url: 'ftp://127.0.0.1/berita.txt' }, 'url'],
    ['an address that cannot be read', { url: 'bukan alamat' }, 'url'],
    ['a page the server does not have', { url: 'http://127.0.0.1:9/tidak-ada' }, 'url'],
  ])('refuses to fetch %s, naming the field', async (_name, payload, field) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/news/fetch',
      headers: analyst.headers,
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(field);
  });

  it('names the fields of a bad upload and reports empty or binary files without stopping the others', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/news/upload',
      headers: analyst.headers,
      payload: { file: '', content: '' },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths.some((p) => p.includes('file') || p.includes('content'))).toBe(true);
    const mixed = await app.inject({
      method: 'POST',
      url: '/api/news/upload',
      headers: analyst.headers,
      payload: {
        files: [
          {
            file: 'english.txt',
            content: 'The quick brown fox jumps over the lazy dog and runs to the river.',
          },
          { file: 'ntb-lagi.txt', content: readTestArticle(TEST_ARTICLES.perekrut) },
        ],
      },
    });
    expect(mixed.statusCode).toBe(200);
    expect(mixed.json<IngestAnswer>().items.map((i) => i.status)).toEqual(['error', 'duplicate']);
  });

  it('filters the inbox by type, region and date, and names a bad filter', async () => {
    const list = async (query: string) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/news/events?${query}`,
        headers: officer.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ events: { id: string }[]; total: number }>().events.map((e) => e.id);
    };
    expect(await list('type=PROGRAM_PENCEGAHAN')).toContain(desaEvent);
    expect(await list('type=PROGRAM_PENCEGAHAN')).not.toContain(perpetratorEvent);
    expect(await list('region=16.72')).toEqual([desaEvent]);
    expect(await list('region=52')).toEqual([perpetratorEvent]);
    expect(await list('from=2024-06-01&to=2024-12-31')).toEqual([perpetratorEvent]);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/news/events?region=Sumsel&from=kemarin',
      headers: officer.headers,
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad
      .json<{ errors: { path: string }[] }>()
      .errors.map((e) => e.path)
      .join(' ');
    expect(paths).toContain('region');
    expect(paths).toContain('from');
  });

  it('shows the event with highlighted facts, sources, and the Desa Binaan lead for Dempo Makmur', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/news/events/${desaEvent}`,
      headers: pimpasa.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json<{
      articles: {
        text: string;
        spans: { start: number; end: number; kind: string; label: string }[];
      }[];
      leads: { kind: string; payload: Record<string, unknown>; office: { id: string } | null }[];
      event: { articleCount: number };
    }>();
    expect(detail.event.articleCount).toBe(3);
    const kabar = detail.articles.find((a) => a.text.includes('Sebanyak 120 warga'));
    const spans = kabar?.spans ?? [];
    const shown = spans.map((s) => [s.kind, kabar?.text.slice(s.start, s.end)]);
    expect(shown).toContainEqual(['office', 'Kantor Imigrasi Kelas II Non TPI Muara Enim']);
    expect(shown).toContainEqual(['date', '8 Mei 2024']);
    const place = spans.find((s) => s.kind === 'place' && s.label.startsWith('16.72.01.1018'));
    expect(kabar?.text.slice(place?.start, place?.end)).toMatch(/^Desa Dempo Makmur/);
    expect(detail.leads).toHaveLength(1);
    expect(detail.leads[0]).toMatchObject({
      kind: 'desa_binaan',
      office: { id: kanim },
      payload: { regionCode: '16.72.01.1018', formedOn: '2024-05-08', formedPrecision: 'day' },
    });
  });

  it('counts news events per region for the hotspot view', async () => {
    const { countNewsEventsByRegion } = await import('./news.repository.ts');
    const counts = await countNewsEventsByRegion(use().db, '2024-01-01', '2024-12-31', '16');
    expect(counts).toContainEqual({ code: '16.72.01.1018', events: 1 });
    expect(counts.some((c) => c.code.startsWith('52'))).toBe(false);
  });

  it('serves the test pages from 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    expect(bodyOf('A: b\n\nisi')).toBe('isi');
  });
});
