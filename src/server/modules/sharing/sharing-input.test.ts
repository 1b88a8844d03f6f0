import { afterAll, beforeAll, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestAgreement,
  createTestOrg,
  expectBadInputRefused,
  signInAs,
  type BadInputCase,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';

/**
 * Bad input on every sharing, access and notification route: a 4xx naming the field, and
 * nothing written.
 */
describeWithDatabase('bad input on the sharing, access and notification routes', (use) => {
  let app: FastifyInstance;
  let org: TestOrg;
  let head: SignedInUser;
  let draft: string;
  let active: string;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    org = await createTestOrg(use());
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

  const proposal = (over: Record<string, unknown>) => ({
    title: 'Perjanjian uji',
    dataKinds: ['watchlist'],
    partyOfficeIds: [org.kanwilA, org.kanwilB],
    validFrom: '2026-01-01',
    ...over,
  });
  const missingId = '00000000-0000-4000-8000-000000000000';

  const cases: BadInputCase[] = [
    {
      name: 'a single party',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA] }),
      status: 400,
      field: 'body.partyOfficeIds',
    },
    {
      name: 'a repeated party',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA, org.kanwilA] }),
      status: 400,
      field: 'body.partyOfficeIds',
    },
    {
      name: 'an unknown data kind',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ dataKinds: ['passports'] }),
      status: 400,
      field: 'body.dataKinds.0',
    },
    {
      name: 'a date in the wrong format',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ validFrom: '21/05/2024' }),
      status: 400,
      field: 'body.validFrom',
    },
    {
      name: 'a last day before the first',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ validFrom: '2026-12-01', validUntil: '2026-11-30' }),
      status: 400,
      field: 'validUntil',
    },
    {
      name: 'a last day already past',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ validFrom: '2020-01-01', validUntil: '2020-12-31' }),
      status: 400,
      field: 'validUntil',
    },
    {
      name: 'an unknown party',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA, missingId] }),
      status: 400,
      field: 'partyOfficeIds[1]',
    },
    {
      name: 'a TPI as a party',
      method: 'POST',
      url: () => '/api/sharing-agreements',
      body: () => proposal({ partyOfficeIds: [org.kanwilA, org.tpiA1] }),
      status: 400,
      field: 'partyOfficeIds[1]',
    },
    {
      name: 'an empty draft change',
      method: 'PATCH',
      url: () => `/api/sharing-agreements/${draft}`,
      body: () => ({}),
      status: 400,
      field: /^body/,
    },
    {
      name: 'a draft whose last day comes first',
      method: 'PATCH',
      url: () => `/api/sharing-agreements/${draft}`,
      body: () => ({ validFrom: '2027-01-02', validUntil: '2027-01-01' }),
      status: 400,
      field: 'validUntil',
    },
    {
      name: 'a change to an active agreement',
      method: 'PATCH',
      url: () => `/api/sharing-agreements/${active}`,
      body: () => ({ title: 'Judul lain' }),
      status: 409,
    },
    {
      name: 'an unknown agreement',
      method: 'GET',
      url: () => `/api/sharing-agreements/${missingId}`,
      status: 404,
    },
    {
      name: 'a malformed party on approval',
      method: 'POST',
      url: () => `/api/sharing-agreements/${draft}/approve`,
      body: () => ({ partyOfficeId: 'kanwil-a' }),
      status: 400,
      field: 'body.partyOfficeId',
    },
    {
      name: 'a short reason to end',
      method: 'POST',
      url: () => `/api/sharing-agreements/${active}/end`,
      body: () => ({ reason: 'selesai' }),
      status: 400,
      field: 'body.reason',
    },
    {
      name: 'an unknown status filter',
      method: 'GET',
      url: () => '/api/sharing-agreements?status=paused',
      status: 400,
      field: 'querystring.status',
    },
    {
      name: 'an unknown data kind for a scope',
      method: 'GET',
      url: () => '/api/access/scope?kind=passports',
      status: 400,
      field: 'querystring.kind',
    },
    {
      name: 'a malformed user for a scope',
      method: 'GET',
      url: () => '/api/access/scope?kind=alerts&userId=42',
      status: 400,
      field: 'querystring.userId',
    },
    {
      name: 'a zero page size',
      method: 'GET',
      url: () => '/api/notifications?limit=0',
      status: 400,
      field: 'querystring.limit',
    },
    {
      name: 'a malformed notification id',
      method: 'POST',
      url: () => '/api/notifications/abc/read',
      status: 400,
      field: 'params.id',
    },
    {
      name: 'an unknown notification',
      method: 'POST',
      url: () => `/api/notifications/${missingId}/read`,
      status: 404,
    },
  ];

  it.each(cases)('answers $name with $status and writes nothing', async (c) => {
    await expectBadInputRefused(app, use(), head, c);
  });
});
