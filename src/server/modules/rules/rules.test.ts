import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { ScreeningView } from '../screening/screening-view.schema.ts';
import { screeningBody } from '../screening/screening-test-helpers.ts';
import type { FairnessReport } from './rules.schema.ts';
import type { RulePackView } from './rules.service.ts';

describeWithDatabase('rule packs with four-eyes approval, and the fairness report', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let admin1: SignedInUser;
  let admin2: SignedInUser;
  let officer: SignedInUser;
  let supervisor: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    admin1 = await signInAs(app, use(), 'administrator', org.kanwilA, undefined, clock);
    clock.advance(31_000);
    admin2 = await signInAs(app, use(), 'administrator', org.kanwilA, undefined, clock);
    officer = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    supervisor = await signInAs(app, use(), 'supervisor', org.kanimA1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function call(user: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) {
    return app.inject({
      method,
      url,
      headers: { ...user.headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });
  }

  const stricterPack = {
    ...DEFAULT_RULE_PACK,
    version: '2026.2',
    thresholds: { wawancara: 3, tunda: 8 },
  };

  async function screenPhnomPenh(sex: 'L' | 'P', nik: string): Promise<ScreeningView> {
    const res = await call(
      officer,
      'POST',
      '/api/screenings',
      screeningBody({
        applicant: {
          name: 'Pemohon Uji Sakti',
          nik,
          birthDate: sex === 'P' ? '2001-05-12' : '2001-05-12',
          sex,
        },
        trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
        interview: { firstTimeTraveller: true },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ScreeningView>();
  }

  it('seeds the default pack as active at first use and names its profiling rules', async () => {
    const res = await call(officer, 'GET', '/api/rule-packs');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ active: RulePackView; versions: RulePackView[] }>();
    expect(body.active.version).toBe(DEFAULT_RULE_PACK.version);
    expect(body.active.profilingRuleIds.sort()).toEqual([
      'PROFILE_PRIORITY_REGION',
      'PROFILE_WOMAN_17_45',
    ]);
    expect(body.versions).toHaveLength(1);
  });

  it('refuses a bad pack naming the fields and stores nothing', async () => {
    const bad = {
      ...DEFAULT_RULE_PACK,
      version: '2026.9',
      thresholds: { wawancara: 6, tunda: 3 },
      rules: [DEFAULT_RULE_PACK.rules[0], DEFAULT_RULE_PACK.rules[0]],
    };
    const res = await call(admin1, 'POST', '/api/rule-packs', {
      pack: bad,
      changeNote: 'Uji paket salah',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.pack.thresholds.tunda', 'body.pack.rules.1.id']),
    );
    const dup = await call(admin1, 'POST', '/api/rule-packs', {
      pack: DEFAULT_RULE_PACK,
      changeNote: 'Versi lama lagi',
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'pack.version',
    ]);
    const rows = await use().db.selectFrom('rule_packs').select('version').execute();
    expect(rows.map((r) => r.version)).toEqual([DEFAULT_RULE_PACK.version]);
  });

  it('activates a proposal only on a different administrator’s approval, and replays old screenings by their own version', async () => {
    const before = await screenPhnomPenh('P', '3502015205010031');
    expect(before.recommendation).toBe('TUNDA');

    expect(
      (
        await call(supervisor, 'POST', '/api/rule-packs', {
          pack: stricterPack,
          changeNote: 'Ambang TUNDA 8',
        })
      ).statusCode,
    ).toBe(403);
    const proposed = await call(admin1, 'POST', '/api/rule-packs', {
      pack: stricterPack,
      changeNote: 'Ambang TUNDA 8',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json<RulePackView>().status).toBe('proposed');

    const own = await call(admin1, 'POST', '/api/rule-packs/2026.2/approve', { note: 'Setuju' });
    expect(own.statusCode).toBe(403);
    await expect(
      use()
        .db.updateTable('rule_packs')
        .set({ decided_by: admin1.id })
        .where('version', '=', '2026.2')
        .execute(),
    ).rejects.toThrow();

    const approved = await call(admin2, 'POST', '/api/rule-packs/2026.2/approve', {
      note: 'Setuju, sudah dikaji',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<RulePackView>()).toMatchObject({ status: 'active', decidedBy: admin2.id });
    const list = (await call(officer, 'GET', '/api/rule-packs')).json<{
      versions: RulePackView[];
    }>();
    expect(Object.fromEntries(list.versions.map((v) => [v.version, v.status]))).toEqual({
      [DEFAULT_RULE_PACK.version]: 'retired',
      '2026.2': 'active',
    });

    const after = await screenPhnomPenh('L', '3502011205010032');
    expect(after.rulePackVersion).toBe('2026.2');
    expect(after.recommendation).toBe('WAWANCARA');
    const replay = await call(officer, 'GET', `/api/screenings/${before.id}/replay`);
    expect(replay.json()).toMatchObject({
      rulePackVersion: DEFAULT_RULE_PACK.version,
      same: true,
      replayed: { outcome: 'TUNDA' },
    });
    expect(
      (await call(admin2, 'POST', '/api/rule-packs/2026.2/approve', { note: 'lagi' })).statusCode,
    ).toBe(409);
  });

  it('rejects a proposal and keeps the active pack', async () => {
    await call(admin2, 'POST', '/api/rule-packs', {
      pack: { ...stricterPack, version: '2026.3' },
      changeNote: 'Usulan lain',
    });
    const rejected = await call(admin1, 'POST', '/api/rule-packs/2026.3/reject', {
      note: 'Belum dikaji',
    });
    expect(rejected.json<RulePackView>().status).toBe('rejected');
    const list = (await call(officer, 'GET', '/api/rule-packs')).json<{ active: RulePackView }>();
    expect(list.active.version).toBe('2026.2');
  });

  it('reports the share of each outcome by sex and home province', async () => {
    const res = await call(admin1, 'GET', '/api/rule-packs/fairness?from=2026-11-25&to=2026-11-25');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<FairnessReport>();
    expect(report.total).toBe(2);
    const women = report.bySex.find((g) => g.group === 'P');
    expect(women).toMatchObject({
      total: 1,
      recommendation: { TUNDA: { count: 1, share: 1 } },
      decision: { none: { count: 1, share: 1 } },
    });
    expect(report.bySex.find((g) => g.group === 'L')?.recommendation.WAWANCARA).toEqual({
      count: 1,
      share: 1,
    });
    expect(report.byProvince).toEqual([expect.objectContaining({ group: '35', total: 2 })]);
    const empty = await call(
      admin1,
      'GET',
      '/api/rule-packs/fairness?from=2026-11-26&to=2026-11-30',
    );
    expect(empty.json<FairnessReport>().total).toBe(0);
    expect(
      (await call(supervisor, 'GET', '/api/rule-packs/fairness?from=2026-11-25&to=2026-11-25'))
        .statusCode,
    ).toBe(403);
    const backwards = await call(
      admin1,
      'GET',
      '/api/rule-packs/fairness?from=2026-11-26&to=2026-11-25',
    );
    expect(backwards.statusCode).toBe(400);
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/rule-packs',
        '/api/rule-packs/fairness',
        '/api/screenings',
        '/api/screenings/{id}/decision',
        '/api/screenings/{id}/receipt.pdf',
        '/api/alerts/{id}/messages',
      ]),
    );
  });
});
