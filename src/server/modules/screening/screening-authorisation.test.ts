import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_RULE_PACK } from '../../../domain/screening/default-rule-pack.ts';
import { permissionsOf, ROLES, type Permission, type RoleId } from '../../../domain/permissions.ts';
import { createTestApp } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { ScreeningView } from './screening-view.schema.ts';
import { screeningBody } from './screening-test-helpers.ts';

/*
 * Every route of the screening, alerts and rule-pack modules for every role. Users sit at Kanim
 * A1 (administrators and auditors at Kanwil A, the partner liaison at its partner office); the
 * records each cell touches belong to Kanim A1, so a role with the permission succeeds and a
 * role without it gets 403 naming the permission. Scope refusals are covered in the module tests.
 */

type Ctx = Record<string, string>;

interface RouteCase {
  name: string;
  method: 'GET' | 'POST';
  permission: Permission;
  success: number;
  /** Roles that hold the permission but are refused by scope or office kind, with the status. */
  refusedWith?: Partial<Record<RoleId, number>>;
  prepare?: () => Promise<Ctx>;
  url: (ctx: Ctx) => string;
  body?: (ctx: Ctx) => unknown;
}

const HOME: Record<RoleId, 'kanimA1' | 'kanwilA' | 'partner'> = {
  counter_officer: 'kanimA1',
  supervisor: 'kanimA1',
  intel_analyst: 'kanimA1',
  head: 'kanimA1',
  pimpasa: 'kanimA1',
  partner_liaison: 'partner',
  auditor: 'kanwilA',
  administrator: 'kanwilA',
};

describeWithDatabase('authorisation matrix of screening, alerts and rule packs', (use) => {
  let app: FastifyInstance;
  let org: TestOrg;
  const users = new Map<RoleId, SignedInUser>();
  let helperOfficer: SignedInUser;
  let helperTpi: SignedInUser;
  let helperTpiSupervisor: SignedInUser;
  let helperAdmin: SignedInUser;
  let serial = 0;

  beforeAll(async () => {
    ({ app } = await createTestApp(use()));
    org = await createTestOrg(use());
    for (const role of ROLES) users.set(role, await signInAs(app, use(), role, org[HOME[role]]));
    helperOfficer = await signInAs(app, use(), 'counter_officer', org.kanimA1);
    helperTpi = await signInAs(app, use(), 'counter_officer', org.tpiA1);
    helperTpiSupervisor = await signInAs(app, use(), 'supervisor', org.tpiA1);
    helperAdmin = await signInAs(app, use(), 'administrator', org.kanwilA);
  });
  afterAll(async () => {
    await app.close();
  });

  function applicant(): Record<string, unknown> {
    serial += 1;
    return {
      name: `Pemohon Matriks ${String.fromCharCode(65 + (serial % 26))}${serial}`,
      nik: `350201120590${String(serial).padStart(4, '0')}`,
      birthDate: '1990-05-12',
      sex: 'L',
    };
  }

  async function post(user: SignedInUser, url: string, payload: unknown) {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: user.headers,
      payload: payload as object,
    });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json<ScreeningView>();
  }

  const phnomPenh = {
    trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
    interview: { firstTimeTraveller: true },
  };

  const screening = async (): Promise<Ctx> => ({
    id: (await post(helperOfficer, '/api/screenings', screeningBody({ applicant: applicant() })))
      .id,
  });
  const awaiting = async (): Promise<Ctx> => {
    const s = await post(
      helperOfficer,
      '/api/screenings',
      screeningBody({ applicant: applicant(), ...phnomPenh }),
    );
    await post(helperOfficer, `/api/screenings/${s.id}/decision`, {
      decision: 'LANJUT',
      note: 'Tiket pulang ditunjukkan kemudian.',
    });
    return { id: s.id };
  };
  const forwarded = async (): Promise<Ctx> => {
    const s = await post(
      helperTpi,
      '/api/screenings',
      screeningBody({ kind: 'departure_check', applicant: applicant(), ...phnomPenh }),
    );
    await post(helperTpi, `/api/screenings/${s.id}/decision`, {
      decision: 'TUNDA',
      reasonCategory: 'dugaan_tppo',
    });
    void helperTpiSupervisor;
    return { id: s.id };
  };
  const alert = async (): Promise<Ctx> => {
    const { id: screeningId } = await screening();
    const row = await use()
      .db.insertInto('alerts')
      .values({
        kind: 'history_hit',
        office_id: org.kanimA1,
        source_office_id: org.kanimA2,
        screening_id: screeningId,
        summary: JSON.stringify({ subjectName: 'Uji' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  };
  const proposal = async (): Promise<Ctx> => {
    serial += 1;
    const version = `2027.${serial}`;
    await post(helperAdmin, '/api/rule-packs', {
      pack: { ...DEFAULT_RULE_PACK, version },
      changeNote: 'Usulan untuk matriks',
    });
    return { version };
  };

  const routes: RouteCase[] = [
    {
      name: 'screen an applicant',
      method: 'POST',
      permission: 'screening.create',
      success: 201,
      url: () => '/api/screenings',
      body: () => screeningBody({ applicant: applicant() }),
    },
    {
      name: 'list screenings',
      method: 'GET',
      permission: 'person.read',
      success: 200,
      url: () => '/api/screenings',
    },
    {
      name: 'read a screening',
      method: 'GET',
      permission: 'person.read',
      success: 200,
      prepare: screening,
      url: (c) => `/api/screenings/${c.id}`,
    },
    {
      name: 'replay a screening',
      method: 'GET',
      permission: 'person.read',
      success: 200,
      prepare: screening,
      url: (c) => `/api/screenings/${c.id}/replay`,
    },
    {
      name: 'approval queue',
      method: 'GET',
      permission: 'screening.approve',
      success: 200,
      url: () => '/api/screenings/approvals',
    },
    {
      name: 'decide',
      method: 'POST',
      permission: 'screening.decide',
      success: 200,
      prepare: screening,
      url: (c) => `/api/screenings/${c.id}/decision`,
      body: () => ({ decision: 'LANJUT' }),
    },
    {
      name: 'approve an override',
      method: 'POST',
      permission: 'screening.approve',
      success: 200,
      prepare: awaiting,
      url: (c) => `/api/screenings/${c.id}/approval`,
      body: () => ({ approve: true, note: 'Disetujui' }),
    },
    {
      name: 'record a follow-up',
      method: 'POST',
      permission: 'screening.decide',
      success: 200,
      prepare: forwarded,
      url: (c) => `/api/screenings/${c.id}/followup`,
      body: () => ({ outcome: 'dirujuk_bp3mi', note: 'Dirujuk ke BP3MI.' }),
    },
    {
      name: 'download a receipt',
      method: 'GET',
      permission: 'person.read',
      success: 200,
      prepare: forwarded,
      url: (c) => `/api/screenings/${c.id}/receipt.pdf`,
    },
    {
      name: 'list alerts',
      method: 'GET',
      permission: 'alert.read',
      success: 200,
      url: () => '/api/alerts',
    },
    {
      name: 'read an alert',
      method: 'GET',
      permission: 'alert.read',
      success: 200,
      refusedWith: { partner_liaison: 403 },
      prepare: alert,
      url: (c) => `/api/alerts/${c.id}`,
    },
    {
      name: 'write in an alert thread',
      method: 'POST',
      permission: 'alert.respond',
      success: 201,
      prepare: alert,
      url: (c) => `/api/alerts/${c.id}/messages`,
      body: () => ({ body: 'Kami tindak lanjuti.' }),
    },
    {
      name: 'acknowledge an alert',
      method: 'POST',
      permission: 'alert.respond',
      success: 200,
      prepare: alert,
      url: (c) => `/api/alerts/${c.id}/status`,
      body: () => ({ status: 'acknowledged' }),
    },
    {
      name: 'read the rule packs',
      method: 'GET',
      permission: 'rules.read',
      success: 200,
      url: () => '/api/rule-packs',
    },
    {
      name: 'propose a rule pack',
      method: 'POST',
      permission: 'rules.manage',
      success: 201,
      url: () => '/api/rule-packs',
      body: () => {
        serial += 1;
        return {
          pack: { ...DEFAULT_RULE_PACK, version: `2028.${serial}` },
          changeNote: 'Usulan matriks',
        };
      },
    },
    {
      name: 'reject a rule pack',
      method: 'POST',
      permission: 'rules.manage',
      success: 200,
      prepare: proposal,
      url: (c) => `/api/rule-packs/${c.version}/reject`,
      body: () => ({ note: 'Belum dikaji' }),
    },
    {
      name: 'fairness report',
      method: 'GET',
      permission: 'rules.manage',
      success: 200,
      url: () => '/api/rule-packs/fairness?from=2026-01-01&to=2026-12-31',
    },
  ];

  for (const route of routes) {
    it.each([...ROLES])(`${route.name}: %s`, async (role) => {
      const user = users.get(role);
      if (!user) throw new Error(`no user for ${role}`);
      const allowed = permissionsOf(role).has(route.permission);
      const ctx =
        allowed && route.prepare
          ? await route.prepare()
          : { id: '00000000-0000-4000-8000-000000000000', version: '2029.1' };
      const res = await app.inject({
        method: route.method,
        url: route.url(ctx),
        headers: user.headers,
        ...(route.body ? { payload: route.body(ctx) as object } : {}),
      });
      if (!allowed) {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json<{ permission?: string }>().permission).toBe(route.permission);
        return;
      }
      expect(res.statusCode, res.body).toBe(route.refusedWith?.[role] ?? route.success);
    });
  }
});
