import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import type { SignedInUser } from '../../../../test/support/org-factories.ts';
import {
  createCounterWorld,
  passportMrz,
  screeningBody,
  type CounterWorld,
} from './screening-test-helpers.ts';

describeWithDatabase('screening at the counter: recommendation and input', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let officerA1: SignedInUser;
  let officerA2: SignedInUser;
  let officerTpi: SignedInUser;
  let screen: CounterWorld['screen'];
  let screenOk: CounterWorld['screenOk'];
  let count: CounterWorld['count'];

  beforeAll(async () => {
    ({ app, officerA1, officerA2, officerTpi, screen, screenOk, count } = await createCounterWorld(
      use(),
      clock,
    ));
  });
  afterAll(async () => {
    await app.close();
  });

  it('recommends TUNDA for a one-way first-timer to Phnom Penh, with every reason', async () => {
    const s = await screenOk(
      officerA1,
      screeningBody({
        trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
        interview: { firstTimeTraveller: true },
      }),
    );
    expect(s.recommendation).toBe('TUNDA');
    const ruleIds = s.reasons.filter((r) => r.kind === 'rule').map((r) => r.ruleId);
    expect(ruleIds).toEqual(
      expect.arrayContaining(['SCAM_ROUTE_ONE_WAY', 'NO_RETURN_TICKET', 'FIRST_TIME_TRAVELLER']),
    );
    const scam = s.reasons.find((r) => r.ruleId === 'SCAM_ROUTE_ONE_WAY');
    expect(scam?.title.id).toMatch(/tiket pulang/);
    expect(scam?.title.en).toMatch(/return ticket/);
    expect(scam?.basis).toMatch(/IMI-0277/);
    // Sex and origin alone may ask for an interview, never for the postponement.
    const profiling = s.reasons.filter((r) => r.profiling);
    expect(profiling.map((r) => r.ruleId).sort()).toEqual([
      'PROFILE_PRIORITY_REGION',
      'PROFILE_WOMAN_17_45',
    ]);
    expect(profiling.every((r) => r.pushesTo === 'WAWANCARA')).toBe(true);
    expect(s.score).toBe(7);
    expect(s.facts['trip.destinationRisk']).toBe('scam_compound');
    expect(s.rulePackVersion).toBe('2026.1.1');
    expect(s.engineVersion).toMatch(/\d+\.\d+\.\d+$/);
    expect(s.decision.status).toBe('open');
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('target_id', '=', s.id)
      .execute();
    expect(audit).toEqual([{ action: 'screening.create', actor_user_id: officerA1.id }]);
  });

  it('lets an ordinary tourist with a return ticket proceed', async () => {
    const s = await screenOk(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Bambang Wijaya',
          nik: '3502011203850002',
          birthDate: '1985-03-12',
          sex: 'L',
        },
      }),
    );
    expect(s.recommendation).toBe('LANJUT');
    expect(s.hits).toEqual([]);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const before = [await count('screenings'), await count('audit_log')];
    const res = await screen(
      officerA1,
      screeningBody({
        applicant: { nik: '35020152', birthDate: '2001-02-30' },
        trip: { destinationCountry: 'XX', purpose: 'holiday' },
      }),
    );
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.applicant.nik',
        'body.applicant.birthDate',
        'body.trip.destinationCountry',
        'body.trip.purpose',
      ]),
    );
    expect([await count('screenings'), await count('audit_log')]).toEqual(before);
  });

  it('names server-side faults too: unknown region, impossible NIK date, bad phone, wrong office kind', async () => {
    const before = await count('screenings');
    const res = await screen(
      officerTpi,
      screeningBody({
        applicant: { nik: '3502019913010001', regionCode: '99.99', phone: 'tidak ada' },
        sponsor: { phones: ['12345'] },
      }),
    );
    expect(res.statusCode).toBe(400);
    const errors = res.json<{ errors: { path: string; message: string }[] }>().errors;
    expect(errors.map((e) => e.path).sort()).toEqual(
      [
        'kind',
        'applicant.nik',
        'applicant.regionCode',
        'applicant.phone',
        'sponsor.phones.0',
      ].sort(),
    );
    expect(errors.find((e) => e.path === 'applicant.regionCode')?.message).toMatch(/99\.99/);
    expect(await count('screenings')).toBe(before);
  });

  it('reads a passport MRZ, fills the passport number, and refuses a bad check digit', async () => {
    const mrz = passportMrz({
      surname: 'WIJAYA',
      given: 'ANDI',
      number: 'C1234567',
      birth: '900314',
      sex: 'M',
    });
    const s = await screenOk(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Andi Wijaya',
          nik: '3502011403900003',
          birthDate: '1990-03-14',
          sex: 'L',
        },
        document: { mrz },
      }),
    );
    expect(s.subject.passportNumber).toBe('C1234567');

    const broken = mrz.slice(0, 44 + 1 + 9) + '9' + mrz.slice(44 + 1 + 10);
    const bad = await screen(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Andi Wijaya',
          nik: '3502011403900003',
          birthDate: '1990-03-14',
          sex: 'L',
        },
        document: { mrz: broken },
      }),
    );
    expect(bad.statusCode).toBe(400);
    const errors = bad.json<{ errors: { path: string; message: string }[] }>().errors;
    expect(errors.map((e) => e.path)).toEqual(['document.mrz']);
    expect(errors[0]?.message).toMatch(/check digit/);

    const other = await screen(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Andi Wijaya',
          nik: '3502011403900003',
          birthDate: '1990-03-15',
          sex: 'L',
        },
        document: { mrz },
      }),
    );
    expect(other.statusCode).toBe(400);
    expect(other.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
      'applicant.birthDate',
    );
  });

  it('flags a NIK that contradicts the stated sex and a false "never had a passport"', async () => {
    await screenOk(
      officerA1,
      screeningBody({
        applicant: {
          name: 'Dewi Lestari',
          nik: '3502015507950004',
          birthDate: '1995-07-15',
          sex: 'P',
        },
        document: { passportNumber: 'B7654321' },
      }),
    );
    const s = await screenOk(
      officerA2,
      screeningBody({
        applicant: {
          name: 'Dewi Lestari',
          nik: '3502015507950004',
          birthDate: '1995-07-15',
          sex: 'L',
        },
        interview: { declaredNoPriorPassport: true },
      }),
    );
    expect(s.facts['nik.sexConflict']).toBe(true);
    expect(s.facts['applicant.priorPassportFound']).toBe(true);
    expect(s.recommendation).toBe('TOLAK');
    expect(s.reasons.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(['NIK_CONTRADICTS', 'FALSE_NO_PASSPORT_CLAIM']),
    );
  });
});
