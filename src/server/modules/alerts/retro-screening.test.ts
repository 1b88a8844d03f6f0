import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { createTestOrg, signInAs, type TestOrg } from '../../../../test/support/org-factories.ts';
import type { AppDeps } from '../../deps.ts';
import { insertActiveEntry } from '../screening/screening-test-helpers.ts';
import { RESTRICTED_VALUE } from '../watchlist/watchlist-sensitivity.ts';
import { RETRO_BATCH_SIZE, runRetroScreening } from './retro-screening.job.ts';

const HISTORY_ROWS = 1050;
/** Rows (by series number) that are the listed person, spread over the first and second batch. */
const TARGETS = [7, 480, 1001, 1049];

describeWithDatabase('retro-screening in batches', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    const officer = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    // More history than one batch, on four instants a microsecond apart: the keyset cursor
    // must neither repeat nor skip rows that share a millisecond.
    await sql`
      INSERT INTO screenings (ref_code, kind, office_id, officer_id, created_at, subject_name,
        subject_nik, subject_birth_date, subject_sex, sponsor_phones, sponsor_keys, form, facts,
        hits, recommendation, reasons, score, rule_pack_version, engine_version, network)
      SELECT 'RS-' || g, 'passport_application', ${org.kanimA1}::uuid, ${officer.id}::uuid,
        '2026-11-20T01:02:03.123456Z'::timestamptz + (g % 4) * interval '1 microsecond',
        CASE WHEN g = ANY(${TARGETS}::int[]) THEN 'Hendra Gunawan Saputra'
          ELSE (ARRAY['Budi','Siti','Agus','Dewi','Rina','Joko','Wahyu','Sri','Eko','Nur',
            'Fitri','Bambang','Yusuf'])[1 + g % 13] || ' ' ||
            (ARRAY['Santoso','Wijaya','Pratama','Lestari','Hidayat','Kusuma','Nugroho',
            'Siregar','Harahap','Sembiring','Wibowo','Setiawan','Rahman','Susanti','Purba',
            'Simanjuntak','Halim'])[1 + (g / 13) % 17] END,
        NULL, CASE WHEN g = ANY(${TARGETS}::int[]) THEN '1988-08-08' ELSE '1990-01-01' END,
        'L', '{}', '{}', '{}'::jsonb, '{}'::jsonb, '[]'::jsonb, 'LANJUT', '[]'::jsonb, 0,
        'test', 'test', '{}'::jsonb
      FROM generate_series(1, ${HISTORY_ROWS}) AS g`.execute(use().db);
  });
  afterAll(async () => {
    await app.close();
  });

  async function retroAlerts(entryId: string) {
    const rows = await use()
      .db.selectFrom('alerts as a')
      .innerJoin('screenings as s', 's.id', 'a.screening_id')
      .select(['s.ref_code', 'a.score', 'a.band', 'a.office_id', 'a.summary'])
      .where('a.entry_id', '=', entryId)
      .orderBy('s.ref_code')
      .execute();
    return rows;
  }

  const listed = (officeId: string) => ({
    officeId,
    names: ['Hendra Gunawan Saputra'],
    birthDate: '1988-08-08',
  });

  it('reads a window larger than a batch and finds the same people whatever the batch size', async () => {
    expect(HISTORY_ROWS).toBeGreaterThan(RETRO_BATCH_SIZE);
    const outcomes = [];
    for (const batchSize of [undefined, 7, 100_000]) {
      const entryId = await insertActiveEntry(use().db, listed(org.kanimA2));
      const run = await runRetroScreening(deps, entryId, batchSize ? { batchSize } : {});
      expect(run.screened).toBe(HISTORY_ROWS);
      expect(run.alerts).toHaveLength(TARGETS.length);
      const alerts = await retroAlerts(entryId);
      expect(alerts.map((a) => a.ref_code).sort()).toEqual(TARGETS.map((g) => `RS-${g}`).sort());
      expect(alerts.every((a) => a.office_id === org.kanimA1)).toBe(true);
      outcomes.push(alerts.map(({ ref_code, score, band }) => ({ ref_code, score, band })));
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
  });

  it('masks a rahasia entry in the alert of another office but not the names matched', async () => {
    const entryId = await insertActiveEntry(use().db, listed(org.kanimA2));
    await use()
      .db.updateTable('watchlist_entries')
      .set({ sensitivity: 'rahasia', nik: '3502014808880001', reason: 'Sumber rahasia: informan' })
      .where('id', '=', entryId)
      .execute();
    const run = await runRetroScreening(deps, entryId);
    expect(run.alerts).toHaveLength(TARGETS.length);
    const [alert] = await retroAlerts(entryId);
    const summary = alert?.summary as {
      label: string;
      comparisons: { feature: string; query: string; entry: string }[];
    };
    expect(summary.label).toContain('rincian dibatasi');
    expect(summary.label).not.toContain('informan');
    const name = summary.comparisons.find((c) => c.feature === 'name');
    expect(name).toMatchObject({ query: 'Hendra Gunawan Saputra' });
    const date = summary.comparisons.find((c) => c.feature === 'birth_date');
    expect(date?.query).toBe('1988-08-08');
    // The entry's NIK is nowhere in what the screening office is shown.
    expect(JSON.stringify(summary)).not.toContain('3502014808880001');
    const masked = summary.comparisons.filter((c) => c.query === RESTRICTED_VALUE);
    expect(masked.length).toBeGreaterThan(0);
    expect(masked.every((c) => c.feature !== 'name')).toBe(true);
  });
});
