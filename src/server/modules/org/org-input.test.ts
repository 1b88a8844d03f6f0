import { afterAll, beforeAll, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  expectBadInputRefused,
  signInAs,
  type BadInputCase,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';

/** Bad input on every office and region route: a 4xx naming the field, and nothing written. */
describeWithDatabase('bad input on the office and region routes', (use) => {
  let app: FastifyInstance;
  let org: TestOrg;
  let admin: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    org = await createTestOrg(use());
    admin = await signInAs(app, use(), 'administrator', org.kanwilA);
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
  const missingId = '00000000-0000-4000-8000-000000000000';

  const cases: BadInputCase[] = [
    {
      name: 'an office code in lower case',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ code: 'kanim baru' }),
      status: 400,
      field: 'body.code',
    },
    {
      name: 'an unknown office kind',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ kind: 'kantor' }),
      status: 400,
      field: 'body.kind',
    },
    {
      name: 'a zone outside Indonesia',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ timeZone: 'Asia/Tokyo' }),
      status: 400,
      field: 'body.timeZone',
    },
    {
      name: 'an unknown coverage code',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ coverage: ['16.03', '16.99'] }),
      status: 400,
      field: 'coverage[1]',
    },
    {
      name: 'a province as coverage',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ coverage: ['16'] }),
      status: 400,
      field: 'coverage[0]',
    },
    {
      name: 'a Kanim under a TPI',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ parentId: org.tpiA1 }),
      status: 400,
      field: 'parentId',
    },
    {
      name: 'a Kanim without its class',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ officeClass: null }),
      status: 400,
      field: 'body.officeClass',
    },
    {
      name: 'a TPI without its type',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ kind: 'tpi', officeClass: null, parentId: org.kanimA1 }),
      status: 400,
      field: 'body.checkpointType',
    },
    {
      name: 'a Kanwil without a zone',
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
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ parentId: missingId }),
      status: 400,
      field: 'parentId',
    },
    {
      name: 'a seat region that does not exist',
      method: 'POST',
      url: () => '/api/offices',
      body: () => kanim({ seatRegionCode: '99.01' }),
      status: 400,
      field: 'seatRegionCode',
    },
    {
      name: 'an empty change',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanimA1}`,
      body: () => ({}),
      status: 400,
      field: /^body/,
    },
    {
      name: 'a malformed office id',
      method: 'PATCH',
      url: () => '/api/offices/abc',
      body: () => ({ name: 'Nama Baru' }),
      status: 400,
      field: 'params.id',
    },
    {
      name: 'an unknown office',
      method: 'PATCH',
      url: () => `/api/offices/${missingId}`,
      body: () => ({ name: 'Nama Baru' }),
      status: 404,
    },
    {
      name: 'a Kanim moved under a Kanim',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanimA1}`,
      body: () => ({ parentId: org.kanimA2 }),
      status: 400,
      field: 'parentId',
    },
    {
      name: 'a class given to a Kanwil',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanwilA}`,
      body: () => ({ officeClass: 'Kelas I' }),
      status: 400,
      field: 'officeClass',
    },
    {
      name: 'an unknown seat region on change',
      method: 'PATCH',
      url: () => `/api/offices/${org.kanimA1}`,
      body: () => ({ seatRegionCode: '16.99' }),
      status: 400,
      field: 'seatRegionCode',
    },
    {
      name: 'coverage that is not a list',
      method: 'PUT',
      url: () => `/api/offices/${org.kanimA1}/coverage`,
      body: () => ({ coverage: '16.03' }),
      status: 400,
      field: 'body.coverage',
    },
    {
      name: 'an unknown code among the coverage',
      method: 'PUT',
      url: () => `/api/offices/${org.kanimA1}/coverage`,
      body: () => ({ coverage: ['16.03', '16.04', '17.99'] }),
      status: 400,
      field: 'coverage[2]',
    },
    {
      name: 'coverage for a TPI',
      method: 'PUT',
      url: () => `/api/offices/${org.tpiA1}/coverage`,
      body: () => ({ coverage: ['16.71'] }),
      status: 400,
      field: 'coverage',
    },
    {
      name: 'a one-letter place',
      method: 'GET',
      url: () => '/api/regions/find?q=a',
      status: 400,
      field: 'querystring.q',
    },
    {
      name: 'a zero limit',
      method: 'GET',
      url: () => '/api/regions/find?q=Palas&limit=0',
      status: 400,
      field: 'querystring.limit',
    },
    {
      name: 'a malformed region code',
      method: 'GET',
      url: () => '/api/regions/16-72',
      status: 400,
      field: 'params.code',
    },
    {
      name: 'a region code that does not exist',
      method: 'GET',
      url: () => '/api/regions/16.99',
      status: 404,
    },
  ];

  it.each(cases)('answers $name with $status and writes nothing', async (c) => {
    await expectBadInputRefused(app, use(), admin, c);
  });
});
