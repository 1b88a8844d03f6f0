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
import { up as moveSeedPack } from '../../db/migrations/0130-rule-pack-sources.ts';
import type { ScreeningSummary, ScreeningView } from './screening-view.schema.ts';
import { screeningBody } from './screening-test-helpers.ts';

describeWithDatabase(
  'screening names its people, checks NIK regions and cites real sources',
  (use) => {
    const clock = createTestClock('2026-11-25T03:00:00.000Z');
    let app: FastifyInstance;
    let org: TestOrg;
    let officer: SignedInUser;
    let supervisor: SignedInUser;

    beforeAll(async () => {
      ({ app } = await createTestApp(use(), clock));
      org = await createTestOrg(use());
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

    async function fullName(userId: string): Promise<string> {
      const row = await use()
        .db.selectFrom('users')
        .select('full_name')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      return row.full_name;
    }

    it('names the officer, the deciding officer and the approving supervisor, in the view and the queue', async () => {
      const created = await call(
        officer,
        'POST',
        '/api/screenings',
        screeningBody({
          applicant: { name: 'Rina Marlina', nik: '3502015205010077' },
          trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
          interview: { firstTimeTraveller: true },
        }),
      );
      expect(created.statusCode, created.body).toBe(201);
      const s = created.json<ScreeningView>();
      const officerRef = {
        id: officer.id,
        displayName: await fullName(officer.id),
        username: officer.username,
      };
      expect(s.people).toEqual({
        officer: officerRef,
        decidedBy: null,
        approvalBy: null,
        followupBy: null,
      });
      // The answer to the POST is what a read returns.
      const readBack = await call(officer, 'GET', `/api/screenings/${s.id}`);
      expect(readBack.json<ScreeningView>()).toEqual(s);

      const decided = await call(officer, 'POST', `/api/screenings/${s.id}/decision`, {
        decision: 'LANJUT',
        indicatorsObserved: ['NO_RETURN_TICKET'],
        note: 'Tiket pulang ditunjukkan setelah wawancara.',
      });
      expect(decided.statusCode, decided.body).toBe(200);
      expect(decided.json<ScreeningView>().people.decidedBy).toEqual(officerRef);

      const queue = await call(supervisor, 'GET', '/api/screenings/approvals');
      const line = queue
        .json<{ screenings: ScreeningSummary[] }>()
        .screenings.find((q) => q.id === s.id);
      expect(line).toMatchObject({ officer: officerRef, decider: officerRef });

      const approved = await call(supervisor, 'POST', `/api/screenings/${s.id}/approval`, {
        approve: true,
      });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json<ScreeningView>().people).toEqual({
        officer: officerRef,
        decidedBy: officerRef,
        approvalBy: {
          id: supervisor.id,
          displayName: await fullName(supervisor.id),
          username: supervisor.username,
        },
        followupBy: null,
      });
    });

    it('gives a NIK whose province and regency do not exist as a reason with its source', async () => {
      const res = await call(
        officer,
        'POST',
        '/api/screenings',
        screeningBody({
          applicant: {
            name: 'Budi Santoso',
            nik: '9999995503010001',
            birthDate: '2001-03-15',
            sex: 'P',
            regionCode: '35.02',
          },
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const s = res.json<ScreeningView>();
      expect(s.facts['nik.regionUnknown']).toBe(true);
      expect(s.recommendation).toBe('WAWANCARA');
      const reason = s.reasons.find((r) => r.ruleId === 'NIK_REGION_UNKNOWN');
      expect(reason?.basis).toContain('Kepmendagri');

      const known = await call(
        officer,
        'POST',
        '/api/screenings',
        screeningBody({ applicant: { name: 'Siti Aminah', nik: '3502015205010088' } }),
      );
      expect(known.json<ScreeningView>().facts['nik.regionUnknown']).toBe(false);
    });

    it('says a two-letter code that is no country is not a known country, and a name is not a code', async () => {
      async function destinationMessage(code: string, language: 'id' | 'en') {
        const res = await app.inject({
          method: 'POST',
          url: '/api/screenings',
          headers: { ...officer.headers, 'accept-language': language },
          payload: screeningBody({ trip: { destinationCountry: code } }),
        });
        expect(res.statusCode).toBe(400);
        const errors = res.json<{ errors: { path: string; message: string }[] }>().errors;
        return errors.find((e) => e.path === 'body.trip.destinationCountry')?.message;
      }
      expect(await destinationMessage('XX', 'id')).toContain('XX bukan negara yang dikenal');
      expect(await destinationMessage('XX', 'en')).toContain('XX is not a known country');
      expect(await destinationMessage('Phnom Penh', 'en')).toContain('ISO 3166-1 alpha-2');
    });

    it('moves a database still on the untouched seed 2026.1 to the pack with real sources', async () => {
      const db = use().db;
      await db.deleteFrom('rule_packs').where('version', '=', DEFAULT_RULE_PACK.version).execute();
      await db
        .insertInto('rule_packs')
        .values({
          version: '2026.1',
          pack: JSON.stringify({ ...DEFAULT_RULE_PACK, version: '2026.1' }),
          status: 'active',
        })
        .execute();
      await moveSeedPack(db as never);
      const rows = await db.selectFrom('rule_packs').select(['version', 'status']).execute();
      expect(Object.fromEntries(rows.map((r) => [r.version, r.status]))).toEqual({
        '2026.1': 'retired',
        [DEFAULT_RULE_PACK.version]: 'active',
      });
      // Run again: nothing changes.
      await moveSeedPack(db as never);
      const again = await db.selectFrom('rule_packs').select(['version', 'status']).execute();
      expect(again).toHaveLength(2);
    });
  },
);
