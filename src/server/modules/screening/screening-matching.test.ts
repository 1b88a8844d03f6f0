import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestAgreement,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import { enqueueIndexChange } from '../matching/matching.repository.ts';
import {
  createCounterWorld,
  insertActiveEntry,
  screeningBody,
  type CounterWorld,
} from './screening-test-helpers.ts';

describeWithDatabase('screening at the counter: matches, signals, alerts and access', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let org: TestOrg;
  let officerA1: SignedInUser;
  let officerA2: SignedInUser;
  let officerB1: SignedInUser;
  let screenOk: CounterWorld['screenOk'];

  beforeAll(async () => {
    ({ app, org, officerA1, officerA2, officerB1, screenOk } = await createCounterWorld(
      use(),
      clock,
    ));
  });
  afterAll(async () => {
    await app.close();
  });

  it('matches an earlier TUNDA of an office in scope, alerts that office, and not out of scope', async () => {
    const person = {
      name: 'Rina Marlina',
      nik: '3502014808990005',
      birthDate: '1999-08-08',
      sex: 'P',
    };
    const first = await screenOk(officerA2, screeningBody({ applicant: person }));
    await use()
      .db.updateTable('screenings')
      .set({ decision: 'TUNDA', decision_status: 'final', decided_by: officerA2.id })
      .where('id', '=', first.id)
      .execute();
    await enqueueIndexChange(use().db, 'history', first.id);

    const inScope = await screenOk(
      officerA1,
      screeningBody({ applicant: { ...person, name: 'Rina Marlinah' } }),
    );
    const hit = inScope.hits.find((h) => h.refId === first.id);
    expect(hit).toMatchObject({ source: 'history', band: 'strong', alerted: true });
    expect(hit?.office.id).toBe(org.kanimA2);
    const name = hit?.comparisons.find((c) => c.feature.startsWith('name'));
    expect(name?.query).toMatch(/marlinah/i);
    expect(name?.entry).toMatch(/marlina\b/i);
    expect(inScope.reasons.some((r) => r.kind === 'history' && r.refId === first.id)).toBe(true);
    const alerts = await use()
      .db.selectFrom('alerts')
      .selectAll()
      .where('screening_id', '=', inScope.id)
      .execute();
    expect(alerts).toMatchObject([
      {
        kind: 'history_hit',
        office_id: org.kanimA2,
        source_office_id: org.kanimA1,
        matched_screening_id: first.id,
      },
    ]);

    const outOfScope = await screenOk(officerB1, screeningBody({ applicant: person }));
    expect(outOfScope.hits.filter((h) => h.refId === first.id)).toEqual([]);
  });

  it('raises the network signal at the third application in 30 days across two offices under an agreement', async () => {
    await createTestAgreement(use(), {
      parties: [org.kanwilA, org.kanwilB],
      dataKinds: ['screening_decisions'],
    });
    const sponsor = { names: ['Haji Darmawan Saputra'], phones: ['0812-7777-1234'] };
    const people = [
      { name: 'Ani Suryani', nik: '3502015101000006', birthDate: '2000-01-11', sex: 'P' },
      { name: 'Budi Hartono', nik: '3502010202010007', birthDate: '2001-02-02', sex: 'L' },
      { name: 'Citra Ayu', nik: '3502014303020008', birthDate: '2002-03-03', sex: 'P' },
    ];
    const first = await screenOk(officerA1, screeningBody({ applicant: people[0], sponsor }));
    expect(first.network).toMatchObject({ count: 1, signal: false });
    const second = await screenOk(
      officerB1,
      screeningBody({ applicant: people[1], sponsor: { phones: ['+62 812 7777 1234'] } }),
    );
    expect(second.network).toMatchObject({ count: 2, signal: false });
    const third = await screenOk(
      officerA1,
      screeningBody({
        applicant: people[2],
        sponsor: { names: ['Darmawan Saputra'], phones: ['6281277771234'] },
      }),
    );
    expect(third.network).toMatchObject({ count: 3, threshold: 3, signal: true });
    expect(third.network?.matchedOn).toEqual(
      expect.arrayContaining([{ kind: 'phone', value: '+6281277771234' }]),
    );
    expect(third.network?.applications.map((a) => a.screeningId).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(third.network?.offices.map((o) => [o.id, o.applications]).sort()).toEqual(
      [
        [org.kanimA1, 2],
        [org.kanimB1, 1],
      ].sort(),
    );
    expect(third.reasons.map((r) => r.ruleId)).toContain('SPONSOR_NETWORK');
    const network = await use()
      .db.selectFrom('alerts')
      .select(['office_id', 'source_office_id'])
      .where('kind', '=', 'network')
      .where('screening_id', '=', third.id)
      .execute();
    expect(network).toEqual([{ office_id: org.kanimB1, source_office_id: org.kanimA1 }]);
  });

  it('finds a listed recruiter as the sponsor and a suppressed pair without alerting', async () => {
    const recruiter = await insertActiveEntry(use().db, {
      officeId: org.kanimA2,
      names: ['Yohanes Sabu Kolo'],
      phones: ['+6281355550001'],
    });
    const applicantEntry = await insertActiveEntry(use().db, {
      officeId: org.kanimA2,
      names: ['Maria Goreti Bano'],
      birthDate: '1998-04-04',
    });
    await use()
      .db.insertInto('watchlist_suppressions')
      .values({
        entry_id: applicantEntry,
        subject_key: 'nik:3502014404980009',
        subject_label: 'Maria Goreti Bano',
        note: 'Orang berbeda: ibu kandung lain',
        created_by: officerA2.id,
        office_id: org.kanimA2,
      })
      .execute();
    const s = await screenOk(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Maria Goreti Bano',
          nik: '3502014404980009',
          birthDate: '1998-04-04',
          sex: 'P',
        },
        sponsor: { names: ['Yohanes Sabu Kolo'], phones: ['081355550001'] },
      }),
    );
    const sponsorHit = s.hits.find((h) => h.refId === recruiter);
    expect(sponsorHit).toMatchObject({
      about: 'sponsor',
      source: 'watchlist',
      alerted: true,
      suppressed: null,
    });
    const suppressed = s.hits.find((h) => h.refId === applicantEntry);
    expect(suppressed?.suppressed).toMatchObject({ note: 'Orang berbeda: ibu kandung lain' });
    expect(suppressed?.alerted).toBe(false);
    expect(s.reasons.some((r) => r.refId === applicantEntry)).toBe(false);
    const alerted = await use()
      .db.selectFrom('alerts')
      .select('entry_id')
      .where('screening_id', '=', s.id)
      .execute();
    expect(alerted.map((a) => a.entry_id)).toEqual([recruiter]);
  });

  it('shows a protection prompt for a protective listing', async () => {
    await insertActiveEntry(use().db, {
      officeId: org.kanimA1,
      names: ['Yuliana Nenobais'],
      birthDate: '2003-06-06',
      listing: 'protective',
    });
    const s = await screenOk(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Yuliana Nenobais',
          nik: '3502014606030010',
          birthDate: '2003-06-06',
          sex: 'P',
        },
      }),
    );
    expect(s.protectionPrompt?.id).toMatch(/perlindungan/);
    expect(s.reasons.find((r) => r.kind === 'protection')?.pushesTo).toBe('WAWANCARA');
  });

  it('replays a stored screening to the same recommendation and audits reads', async () => {
    const s = await screenOk(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Eko Prasetyo',
          nik: '3502010909970011',
          birthDate: '1997-09-09',
          sex: 'L',
        },
        trip: { destinationCountry: 'MY', purpose: 'bekerja', returnTicket: false },
      }),
    );
    const replay = await app.inject({
      method: 'GET',
      url: `/api/screenings/${s.id}/replay`,
      headers: officerA1.headers,
    });
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json()).toMatchObject({ same: true, stored: { outcome: s.recommendation } });
    const view = await app.inject({
      method: 'GET',
      url: `/api/screenings/${s.id}`,
      headers: officerA1.headers,
    });
    expect(view.statusCode).toBe(200);
    const actions = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', s.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'screening.create',
      'screening.replay',
      'screening.view',
    ]);
  });

  it('hides a screening of another Kanwil unless the reader breaks the glass', async () => {
    const s = await screenOk(
      officerB1,
      screeningBody({
        applicant: {
          name: 'Fajar Nugroho',
          nik: '3502011010960012',
          birthDate: '1996-10-10',
          sex: 'L',
        },
      }),
    );
    const res = await app.inject({
      method: 'GET',
      url: `/api/screenings/${s.id}`,
      headers: officerA1.headers,
    });
    expect(res.statusCode).toBe(403);
  });
});
