import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { loadRegions } from '../../../regions/index.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { Database } from '../../db/connection.ts';
import { buildHotspots, periodOf, startOfDay } from './hotspots.service.ts';
import type { HotspotReport } from './hotspots.schema.ts';

describe('periodOf', () => {
  it.each([
    // 20:00 UTC on 25 Nov is 03:00 WIB on the 26th; 16:30 UTC is 23:30 WIB but 01:30 WIT next day.
    ['2026-11-25T20:00:00Z', 'Asia/Jakarta', '2026-11-26', '2026-11-25T17:00:00.000Z'],
    ['2026-11-25T16:30:00Z', 'Asia/Jakarta', '2026-11-25', '2026-11-24T17:00:00.000Z'],
    ['2026-11-25T16:30:00Z', 'Asia/Jayapura', '2026-11-26', '2026-11-25T15:00:00.000Z'],
  ])(
    'at %s in %s the default period ends on %s, a day that starts at %s',
    (now, zone, to, toStart) => {
      const period = periodOf(new Date(now), zone, {});
      expect(period.to).toBe(to);
      expect(startOfDay(period.to, zone).toISOString()).toBe(toStart);
      expect(period.end.getTime() - startOfDay(period.to, zone).getTime()).toBe(86_400_000);
      expect(period.from).toBe(`${Number(to.slice(0, 4)) - 1}${to.slice(4)}`);
    },
  );
});

describe('buildHotspots', () => {
  const period = periodOf(new Date('2026-11-25T03:00:00Z'), 'Asia/Jakarta', {});
  const row = (
    code: string,
    screened: number,
    tunda: number,
    tolak: number,
    matched: number,
    flagged: number,
  ) => ({
    code,
    screened,
    tunda,
    tolak,
    matched,
    flagged,
  });

  it('sums villages into their district, ranks by flagged, and lists only places without a Desa Binaan', async () => {
    const regions = await loadRegions();
    const report = buildHotspots(
      regions,
      [
        row('18.01.10.2013', 5, 2, 1, 1, 3), // Bumi Daya: covered
        row('18.01.10.2001', 4, 1, 0, 2, 2), // Sukaraja: not covered
        row('18.01.10', 3, 1, 0, 0, 1), // district only
        row('18.01.06.2001', 2, 0, 0, 0, 0), // screened, nothing flagged
        row('18.01', 7, 7, 0, 0, 7), // regency only: cannot be placed
      ],
      [{ id: 'd1', region_code: '18.01.10.2013' }],
      period,
      50,
    );
    expect(report.totals).toEqual({ screened: 21, flagged: 13, unplaced: 7 });
    expect(
      report.districts.map((d) => [d.region.code, d.screened, d.flagged, d.desaBinaan]),
    ).toEqual([
      ['18.01.10', 12, 6, 1],
      ['18.01.06', 2, 0, 0],
    ]);
    expect(report.villages.map((v) => v.region.code)).toEqual([
      '18.01.10.2013',
      '18.01.10.2001',
      '18.01.06.2001',
    ]);
    expect(report.villages[0]).toMatchObject({
      desaBinaan: 1,
      desaId: 'd1',
      region: { name: 'Bumi Daya' },
    });
    expect(report.villageGaps.map((v) => v.region.code)).toEqual(['18.01.10.2001']);
    expect(report.districtGaps).toEqual([]);
  });

  it('sets news events beside the counts and lists a place named only in the news, never as a gap', async () => {
    const report = buildHotspots(
      await loadRegions(),
      [row('18.01.10.2001', 4, 1, 0, 2, 2)],
      [],
      period,
      50,
      [
        { code: '18.01.10.2001', events: 2 },
        { code: '18.01.10.2002', events: 1 },
        { code: '18.01.10', events: 4 },
        { code: '18.01', events: 9 },
      ],
    );
    expect(report.villages.map((v) => [v.region.code, v.screened, v.newsEvents])).toEqual([
      ['18.01.10.2001', 4, 2],
      ['18.01.10.2002', 0, 1],
    ]);
    expect(report.districts.map((d) => [d.region.code, d.newsEvents])).toEqual([['18.01.10', 4]]);
    expect(report.villageGaps.map((v) => [v.region.code, v.newsEvents])).toEqual([
      ['18.01.10.2001', 2],
    ]);
    expect(report.totals).toEqual({ screened: 4, flagged: 2, unplaced: 0 });
  });

  it('gives empty lists for no screenings', async () => {
    const report = buildHotspots(await loadRegions(), [], [], period, 10);
    expect(report).toMatchObject({
      totals: { screened: 0, flagged: 0, unplaced: 0 },
      districts: [],
      villages: [],
      villageGaps: [],
    });
  });
});

async function insertScreening(
  database: Pick<Database, 'db'>,
  values: {
    officeId: string;
    officerId: string;
    regionCode: string | null;
    at: string;
    decision?: 'LANJUT' | 'TUNDA' | 'TOLAK';
    band?: 'strong' | 'possible' | 'weak';
    suppressed?: boolean;
  },
): Promise<void> {
  const hits = values.band
    ? [
        {
          band: values.band,
          suppressed: values.suppressed
            ? { by: 'x', at: values.at, note: 'bukan orang yang sama' }
            : null,
        },
      ]
    : [];
  await database.db
    .insertInto('screenings')
    .values({
      ref_code: `SCR-${Math.random().toString(36).slice(2, 12)}`,
      kind: 'passport_application',
      office_id: values.officeId,
      officer_id: values.officerId,
      created_at: values.at,
      subject_name: 'Pemohon Uji',
      subject_region_code: values.regionCode,
      sponsor_phones: [],
      sponsor_keys: [],
      form: '{}',
      facts: '{}',
      hits: JSON.stringify(hits),
      recommendation: values.decision ?? 'LANJUT',
      reasons: '[]',
      score: 0,
      rule_pack_version: 'test',
      engine_version: 'test',
      decision: values.decision ?? 'LANJUT',
      decision_status: 'final',
    })
    .execute();
}

/** Stores an active news event naming a place, with a row for the place and each parent code. */
async function insertNewsEvent(
  database: Pick<Database, 'db'>,
  values: { code: string; eventDate: string | null; published?: string },
): Promise<void> {
  const event = await database.db
    .insertInto('news_events')
    .values({
      title: `Berita TPPO ${values.code}`,
      event_date: values.eventDate,
      first_published: values.published ?? values.eventDate,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parts = values.code.split('.');
  const levels = ['provinsi', 'kabupaten', 'kecamatan', 'desa'];
  await database.db
    .insertInto('news_event_places')
    .values(
      parts.map((_, i) => ({
        event_id: event.id,
        region_code: parts.slice(0, i + 1).join('.'),
        level: levels[i] ?? 'desa',
      })),
    )
    .execute();
}

describeWithDatabase('hotspots over screenings', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let analystA1: SignedInUser;
  let pimpasaB1: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    analystA1 = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    pimpasaB1 = await signInAs(app, use(), 'pimpasa', org.kanimB1);
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (user: SignedInUser, url: string) =>
    app.inject({ method: 'GET', url, headers: { ...user.headers, 'accept-language': 'en' } });

  it('answers zeros on an empty screening table', async () => {
    const res = await get(analystA1, '/api/hotspots');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<HotspotReport>()).toMatchObject({
      totals: { screened: 0, flagged: 0, unplaced: 0 },
      villages: [],
      villageGaps: [],
    });
  });

  it('counts postponed, refused and matched applicants in scope and ranks the places without a Desa Binaan', async () => {
    const officer = analystA1.id;
    const a1 = { officeId: org.kanimA1, officerId: officer };
    await insertScreening(use(), {
      ...a1,
      regionCode: '18.01.10.2001',
      at: '2026-10-01T02:00:00Z',
      decision: 'TUNDA',
    });
    await insertScreening(use(), {
      ...a1,
      regionCode: '18.01.10.2001',
      at: '2026-10-02T02:00:00Z',
      decision: 'TOLAK',
    });
    await insertScreening(use(), {
      ...a1,
      regionCode: '18.01.10.2001',
      at: '2026-10-03T02:00:00Z',
      band: 'strong',
    });
    await insertScreening(use(), {
      ...a1,
      regionCode: '18.01.10.2001',
      at: '2026-10-04T02:00:00Z',
      band: 'weak',
    });
    await insertScreening(use(), {
      ...a1,
      regionCode: '18.01.10.2001',
      at: '2026-10-05T02:00:00Z',
      band: 'possible',
      suppressed: true,
    });
    await insertScreening(use(), {
      ...a1,
      regionCode: '18.01.10.2013',
      at: '2026-10-06T02:00:00Z',
      decision: 'TUNDA',
    });
    // Outside the period, and at another Kanwil's office: neither counts for this analyst.
    await insertScreening(use(), {
      ...a1,
      regionCode: '18.01.10.2001',
      at: '2024-01-01T02:00:00Z',
      decision: 'TOLAK',
    });
    await insertScreening(use(), {
      officeId: org.kanimB1,
      officerId: officer,
      regionCode: '18.01.10.2002',
      at: '2026-10-01T02:00:00Z',
      decision: 'TOLAK',
    });
    await use()
      .db.insertInto('desa_binaan')
      .values({ region_code: '18.01.10.2013', name_as_written: 'Bumidaya', office_id: org.kanimA1 })
      .execute();

    const report = (
      await get(analystA1, '/api/hotspots?from=2026-01-01&to=2026-11-25')
    ).json<HotspotReport>();
    const sukaraja = report.villages.find((v) => v.region.code === '18.01.10.2001');
    expect(sukaraja).toMatchObject({
      screened: 5,
      tunda: 1,
      tolak: 1,
      matched: 1,
      flagged: 3,
      desaBinaan: 0,
    });
    expect(report.villages.find((v) => v.region.code === '18.01.10.2013')).toMatchObject({
      flagged: 1,
      desaBinaan: 1,
    });
    expect(report.villageGaps.map((v) => v.region.code)).toEqual(['18.01.10.2001']);
    expect(report.districts[0]).toMatchObject({
      region: { code: '18.01.10', name: 'Palas' },
      screened: 6,
      flagged: 4,
      desaBinaan: 1,
    });
    expect(report.totals.screened).toBe(6);

    const other = (
      await get(pimpasaB1, '/api/hotspots?from=2026-01-01&to=2026-11-25')
    ).json<HotspotReport>();
    expect(other.totals).toMatchObject({ screened: 1, flagged: 1 });
  });

  it('counts news events per place in the period for every office, without making them gaps', async () => {
    await insertNewsEvent(use(), { code: '18.01.10.2001', eventDate: '2026-09-01' });
    await insertNewsEvent(use(), {
      code: '18.01.10.2002',
      eventDate: null,
      published: '2026-08-01',
    });
    await insertNewsEvent(use(), { code: '18.01.10', eventDate: '2026-07-01' });
    await insertNewsEvent(use(), { code: '18.01.10.2001', eventDate: '2025-06-01' }); // before

    const report = (
      await get(analystA1, '/api/hotspots?from=2026-01-01&to=2026-11-25')
    ).json<HotspotReport>();
    expect(report.villages.find((v) => v.region.code === '18.01.10.2001')).toMatchObject({
      screened: 5,
      newsEvents: 1,
    });
    expect(report.villages.find((v) => v.region.code === '18.01.10.2013')?.newsEvents).toBe(0);
    expect(report.villages.find((v) => v.region.code === '18.01.10.2002')).toMatchObject({
      screened: 0,
      flagged: 0,
      newsEvents: 1,
    });
    expect(report.districts.find((d) => d.region.code === '18.01.10')?.newsEvents).toBe(3);
    expect(report.villageGaps.map((v) => [v.region.code, v.newsEvents])).toEqual([
      ['18.01.10.2001', 1],
    ]);
    expect(report.totals.screened).toBe(6);

    // Another Kanwil sees none of these screenings but the same news.
    const other = (
      await get(pimpasaB1, '/api/hotspots?from=2026-01-01&to=2026-11-25')
    ).json<HotspotReport>();
    expect(other.villages.find((v) => v.region.code === '18.01.10.2001')).toMatchObject({
      screened: 0,
      newsEvents: 1,
    });
    expect(other.districts.find((d) => d.region.code === '18.01.10')?.newsEvents).toBe(3);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const res = await get(analystA1, '/api/hotspots?from=2026-02-01&to=2026-01-01');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
      'querystring.to',
    );
  });

  it('exports the same figures as CSV and XLSX', async () => {
    const csv = await get(analystA1, '/api/hotspots/export.csv?from=2026-01-01&to=2026-11-25');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^tingkat,kode,nama,.*,tanpa_desa_binaan,berita_tppo$/);
    expect(lines).toContain(
      'desa,18.01.10.2001,Sukaraja,Palas,Kabupaten Lampung Selatan,Lampung,5,1,1,1,3,0,ya,1',
    );

    const xlsx = await get(analystA1, '/api/hotspots/export.xlsx?from=2026-01-01&to=2026-11-25');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const gaps = workbook.getWorksheet('Tanpa Desa Binaan');
    expect(gaps?.getRow(2).getCell(2).value).toBe('18.01.10.2001');
    expect(gaps?.getRow(2).getCell(14).value).toBe(1);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'hotspots.export')
      .execute();
    expect(audit).toHaveLength(2);
  });
});
