import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestAgreement,
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { enqueueIndexChange } from '../matching/matching.repository.ts';
import type { ScreeningView } from './screening-view.schema.ts';
import { insertActiveEntry, screeningBody } from './screening-test-helpers.ts';

describeWithDatabase('screening reference rows kept in memory', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let officerA1: SignedInUser;
  let officerB1: SignedInUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    officerA1 = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    officerB1 = await signInAs(app, use(), 'counter_officer', org.kanimB1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function screenOk(user: SignedInUser, body: Record<string, unknown>) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/screenings',
      headers: { ...user.headers, 'accept-language': 'en' },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ScreeningView>();
  }

  /** A final TUNDA at Kanim B1 that the index knows about. */
  async function tundaAtB1(person: Record<string, unknown>): Promise<string> {
    const first = await screenOk(officerB1, screeningBody({ applicant: person }));
    await use()
      .db.updateTable('screenings')
      .set({ decision: 'TUNDA', decision_status: 'final', decided_by: officerB1.id })
      .where('id', '=', first.id)
      .execute();
    await enqueueIndexChange(use().db, 'history', first.id);
    return first.id;
  }

  it('shows a partner office history to the next screening once an agreement is activated, and hides it once ended', async () => {
    const person = {
      name: 'Dewi Kartikasari',
      nik: '3502014104980011',
      birthDate: '1998-04-01',
      sex: 'P',
    };
    const earlier = await tundaAtB1(person);
    const agreement = await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      dataKinds: ['screening_decisions'],
      status: 'draft',
    });
    const hitIds = async (): Promise<string[]> =>
      (await screenOk(officerA1, screeningBody({ applicant: person }))).hits.map((h) => h.refId);

    // The draft is not in force: the first screening (which fills the cache) must not see B1.
    expect(await hitIds()).not.toContain(earlier);

    await use()
      .db.updateTable('sharing_agreements')
      .set({ status: 'active', activated_at: clock() })
      .where('id', '=', agreement)
      .execute();
    expect(await hitIds()).toContain(earlier);

    await use()
      .db.updateTable('sharing_agreements')
      .set({ status: 'ended', ended_at: clock(), end_reason: 'Selesai (uji)' })
      .where('id', '=', agreement)
      .execute();
    expect(await hitIds()).not.toContain(earlier);
  });

  it('judges the next screening by a rule pack activated after the cache was filled', async () => {
    const body = screeningBody({
      applicant: { name: 'Pemohon Paket Baru', nik: '3502015205010041' },
      trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
      interview: { firstTimeTraveller: true },
    });
    const before = await screenOk(officerA1, body);
    expect(before.rulePackVersion).toBe(DEFAULT_RULE_PACK.version);
    expect(before.recommendation).toBe('TUNDA');

    // Written straight to the table, as another node's approval would be.
    const lenient = {
      ...DEFAULT_RULE_PACK,
      version: '2026.77',
      thresholds: { wawancara: 90, tunda: 99 },
    };
    await use()
      .db.transaction()
      .execute(async (trx) => {
        await trx
          .updateTable('rule_packs')
          .set({ status: 'retired' })
          .where('status', '=', 'active')
          .execute();
        await trx
          .insertInto('rule_packs')
          .values({
            version: lenient.version,
            pack: JSON.stringify(lenient),
            status: 'active',
            change_note: 'uji',
          })
          .execute();
      });
    const after = await screenOk(officerA1, {
      ...body,
      applicant: { ...(body.applicant as object), nik: '3502015205010042' },
    });
    expect(after.rulePackVersion).toBe('2026.77');
    expect(after.recommendation).not.toBe('TUNDA');
  });

  it('reads an office coverage change at the next screening', async () => {
    const applicant = { name: 'Pemohon Cakupan', nik: '3502015205010051', regionCode: '35.02' };
    const coverageFact = (s: ScreeningView): unknown => s.facts['applicant.homeOutsideCoverage'];
    // No coverage recorded: nobody is outside it.
    await use().db.deleteFrom('office_coverage').where('office_id', '=', org.kanimA1).execute();
    const before = await screenOk(officerA1, screeningBody({ applicant }));
    expect(coverageFact(before)).toBe(false);
    await use()
      .db.insertInto('office_coverage')
      .values({ office_id: org.kanimA1, region_code: '31.71' })
      .execute();
    const after = await screenOk(
      officerA1,
      screeningBody({ applicant: { ...applicant, nik: '3502015205010052' } }),
    );
    expect(coverageFact(after)).toBe(true);
  });

  it('answers a new screening with exactly what reading it back returns', async () => {
    // A sponsor hit, so the answer carries hits, offices and a network block.
    await insertActiveEntry(use().db, {
      officeId: org.kanimB1,
      names: ['Agus Salim Perekrut'],
      phones: ['+6281255550101'],
      sharingScope: 'national',
    });
    const created = await screenOk(
      officerA1,
      screeningBody({
        applicant: { name: 'Hartini Wulandari', nik: '3502014403970061', birthDate: '1997-03-04' },
        sponsor: { names: ['Agus Salim Perekrut'], phones: ['0812-5555-0101'] },
      }),
    );
    expect(created.hits.length).toBeGreaterThan(0);
    const read = await app.inject({
      method: 'GET',
      url: `/api/screenings/${created.id}`,
      headers: { ...officerA1.headers, 'accept-language': 'en' },
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<ScreeningView>()).toEqual(created);
  });
});
