import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';

/*
 * Bad input on every route of the organisation, regions, sharing, access and notification
 * modules, sent by a user who may call the route: a 4xx naming the field, and nothing written.
 */

interface BadCase {
  name: string;
  as: 'admin' | 'head';
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: () => string;
  body?: () => unknown;
  status: number;
  /** The path of the field the answer must name (a regular expression for `[i]` paths). */
  field?: string | RegExp;
}

const TABLES = [
  'offices',
  'office_coverage',
  'sharing_agreements',
  'sharing_agreement_parties',
  'notifications',
  'break_glass_grants',
  'audit_log',
] as const;

describeWithDatabase('bad input on the organisation and sharing routes', (use) => {
  let app: FastifyInstance;
  let org: TestOrg;
  let admin: SignedInUser;
  let head: SignedInUser;
  let draft: string;
  let active: string;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    org = await createTestOrg(use());
    admin = await signInAs(app, use(), 'administrator', org.kanwilA);
    head = await signInAs(app, use(), 'head', org.kanwilA);
    draft = await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      status: 'draft',
    });
    active = await createTestAgreement(use(), { parties: [org.kanwilA, org.kanwilB] });
  });
  afterAll(async () => {
    await app.close();
  });

  const kanim = (over: Record<string, unknown>) => ({
    kind: 'kanim',
    code: 'KANIM-BARU',
    name: 'Kantor Imigrasi Uji Baru',
    shortName: 'Kanim Baru',
    officeClass: 'Kelas II Non TPI',
    parentId: org.kanwilA,
    ...over,
  });
  const proposal = (over: Record<string, unknown>) => ({
    title: 'Perjanjian uji',
    dataKinds: ['watchlist'],
    partyOfficeIds: [org.kanwilA, org.kanwilB],
    validFrom: '2026-01-01',
    ...over,
  });
  const missingId = '00000000-0000-4000-8000-000000000000';

  const cases: BadCase[] = [
    {
      name: 'an office code in lower case',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ code: 'kanim baru' }),
      status: 400,
      field: 'body.code',
    },
    {
      name: 'an unknown office kind',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ kind: 'kantor' }),
      status: 400,
      field: 'body.kind',
    },
    {
      name: 'a zone outside Indonesia',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ timeZone: 'Asia/Tokyo' }),
      status: 400,
      field: 'body.timeZone',
    },
    {
      name: 'an unknown coverage code',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ coverage: ['16.03', '16.99'] }),
      status: 400,
      field: 'coverage[1]',
    },
    {
      name: 'a province as coverage',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ coverage: ['16'] }),
      status: 400,
      field: 'coverage[0]',
    },
    {
      name: 'a Kanim under a TPI',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ parentId: org.tpiA1 }),
      status: 400,
      field: 'parentId',
    },
    {
      name: 'a Kanim without its class',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ officeClass: null }),
      status: 400,
      field: 'officeClass',
    },
    {
      name: 'a TPI without its type',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ kind: 'tpi', officeClass: null, parentId: org.kanimA1 }),
      status: 400,
      field: 'checkpointType',
    },
    {
      name: 'a Kanwil without a zone',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => ({
        kind: 'kanwil',
        code: 'KANWIL-BARU',
        name: 'Kanwil Uji Baru',
        shortName: 'Kanwil Baru',
      }),
      status: 400,
      field: 'timeZone',
    },
    {
      name: 'an unknown parent',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ parentId: missingId }),
      status: 400,
      field: 'parentId',
    },
    {
      name: 'a seat region that does not exist',
      as: 'admin',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ seatRegionCode: '99.01' }),
      status: 400,
      field: 'seatRegionCode',
    },
    {
      name: 'an empty change',
      as: 'admin',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanimA1}`,
      body: () => ({}),
      status: 400,
      field: /^body/,
    },
    {
      name: 'a malformed office id',
      as: 'admin',
      method: 'PATCH',
      url: () => '/api/offices/abc',
      body: () => ({ name: 'Nama Baru' }),
      status: 400,
      field: 'params.id',
    },
    {
      name: 'an unknown office',
      as: 'admin',
      method: 'PATCH',
      url: () => `/api/offices/${missingId}`,
      body: () => ({ name: 'Nama Baru' }),
      status: 404,
    },
    {
      name: 'a Kanim moved under a Kanim',
      as: 'admin',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanimA1}`,
      body: () => ({ parentId: org.kanimA2 }),
      status: 400,
      field: 'parentId',
    },
    {
      name: 'a class given to a Kanwil',
      as: 'admin',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanwilA}`,
      body: () => ({ officeClass: 'Kelas I' }),
      status: 400,
      field: 'officeClass',
    },
    {
      name: 'an unknown seat region on change',
      as: 'admin',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanimA1}`,
      body: () => ({ seatRegionCode: '16.99' }),
      status: 400,
      field: 'seatRegionCode',
    },
    {
      name: 'coverage that is not a list',
      as: 'admin',
      method: 'PUT',
      url: () => `/api/offices/${org.kanimA1}/coverage`,
      body: () => ({ coverage: '16.03' }),
      status: 400,
      field: 'body.coverage',
    },
    {
      name: 'an unknown code among the coverage',
      as: 'admin',
      method: 'PUT',
      url: () => `/api/offices/${org.kanimA1}/coverage`,
      body: () => ({ coverage: ['16.03', '16.04', '17.99'] }),
      status: 400,
      field: 'coverage[2]',
    },
    {
      name: 'coverage for a TPI',
      as: 'admin',
      method: 'PUT',
      url: () => `/api/offices/${org.tpiA1}/coverage`,
      body: () => ({ coverage: ['16.71'] }),
      status: 400,
      field: 'coverage',
    },
    {
      name: 'a one-letter place',
      as: 'head',
      method: 'GET',
      url: () => '/api/regions/find?q=a',
      status: 400,
      field: 'querystring.q',
    },
    {
      name: 'a zero limit',
      as: 'head',
      method: 'GET',
      url: () => '/api/regions/find?q=Palas&limit=0',
      status: 400,
      field: 'querystring.limit',
    },
    {
      name: 'a malformed region code',
      as: 'head',
      method: 'GET',
      url: () => '/api/regions/16-72',
      status: 400,
      field: 'params.code',
    },
    {
      name: 'a region code that does not exist',
      as: 'head',
      method: 'GET',
      url: () => '/api/regions/16.99',
      status: 404,
    },
    {
      name: 'a single party',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA] }),
      status: 400,
      field: 'body.partyOfficeIds',
    },
    {
      name: 'a repeated party',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA, org.kanwilA] }),
      status: 400,
      field: 'body.partyOfficeIds',
    },
    {
      name: 'an unknown data kind',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ dataKinds: ['passports'] }),
      status: 400,
      field: 'body.dataKinds.0',
    },
    {
      name: 'a date in the wrong format',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ validFrom: '21/05/2024' }),
      status: 400,
      field: 'body.validFrom',
    },
    {
      name: 'a last day before the first',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ validFrom: '2026-12-01', validUntil: '2026-11-30' }),
      status: 400,
      field: 'validUntil',
    },
    {
      name: 'a last day already past',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ validFrom: '2020-01-01', validUntil: '2020-12-31' }),
      status: 400,
      field: 'validUntil',
    },
    {
      name: 'an unknown party',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA, missingId] }),
      status: 400,
      field: 'partyOfficeIds[1]',
    },
    {
      name: 'a TPI as a party',
      as: 'head',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA, org.tpiA1] }),
      status: 400,
      field: 'partyOfficeIds[1]',
    },
    {
      name: 'an empty draft change',
      as: 'head',
      method: 'PATCH',
      url: () => `/api/sharing-agreements/${draft}`,
      body: () => ({}),
      status: 400,
      field: /^body/,
    },
    {
      name: 'a draft whose last day comes first',
      as: 'head',
      method: 'PATCH',
      url: () => `/api/sharing-agreements/${draft}`,
      body: () => ({ validFrom: '2027-01-02', validUntil: '2027-01-01' }),
      status: 400,
      field: 'validUntil',
    },
    {
      name: 'a change to an active agreement',
      as: 'head',
      method: 'PATCH',
      url: () => `/api/sharing-agreements/${active}`,
      body: () => ({ title: 'Judul lain' }),
      status: 409,
    },
    {
      name: 'an unknown agreement',
      as: 'head',
      method: 'GET',
      url: () => `/api/sharing-agreements/${missingId}`,
      status: 404,
    },
    {
      name: 'a malformed party on approval',
      as: 'head',
      method: 'POST',
      url: () => `/api/sharing-agreements/${draft}/approve`,
      body: () => ({ partyOfficeId: 'kanwil-a' }),
      status: 400,
      field: 'body.partyOfficeId',
    },
    {
      name: 'a short reason to end',
      as: 'head',
      method: 'POST',
      url: () => `/api/sharing-agreements/${active}/end`,
      body: () => ({ reason: 'selesai' }),
      status: 400,
      field: 'body.reason',
    },
    {
      name: 'an unknown status filter',
      as: 'head',
      method: 'GET',
      url: () => '/api/sharing-agreements?status=paused',
      status: 400,
      field: 'querystring.status',
    },
    {
      name: 'an unknown data kind for a scope',
      as: 'head',
      method: 'GET',
      url: () => '/api/access/scope?kind=passports',
      status: 400,
      field: 'querystring.kind',
    },
    {
      name: 'a malformed user for a scope',
      as: 'head',
      method: 'GET',
      url: () => '/api/access/scope?kind=alerts&userId=42',
      status: 400,
      field: 'querystring.userId',
    },
    {
      name: 'a zero page size',
      as: 'head',
      method: 'GET',
      url: () => '/api/notifications?limit=0',
      status: 400,
      field: 'querystring.limit',
    },
    {
      name: 'a malformed notification id',
      as: 'head',
      method: 'POST',
      url: () => '/api/notifications/abc/read',
      status: 400,
      field: 'params.id',
    },
    {
      name: 'an unknown notification',
      as: 'head',
      method: 'POST',
      url: () => `/api/notifications/${missingId}/read`,
      status: 404,
    },
  ];

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const result = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(use().db);
      out[table] = result.rows[0]?.n ?? -1;
    }
    const approvals = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM sharing_agreement_parties WHERE approved_by IS NOT NULL`.execute(
      use().db,
    );
    out.approvals = approvals.rows[0]?.n ?? -1;
    return out;
  }

  it.each(cases)('answers $name with $status and writes nothing', async (c) => {
    const before = await counts();
    const user = c.as === 'admin' ? admin : head;
    const body = c.body?.();
    const res = await app.inject({
      method: c.method,
      url: c.url(),
      headers: { ...user.headers, 'accept-language': 'en' },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    expect(res.statusCode, res.body).toBe(c.status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    if (c.field !== undefined) {
      const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
      const field = c.field;
      expect(
        paths.some((p) => (typeof field === 'string' ? p === field : field.test(p))),
        `paths ${JSON.stringify(paths)}`,
      ).toBe(true);
    }
    expect(await counts()).toEqual(before);
  });
});
