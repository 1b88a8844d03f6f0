import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadRegions } from '../../regions/index.ts';
import { permissionsOf, ROLES } from '../../domain/permissions.ts';
import { createTestApp } from '../../../test/support/app.ts';
import { describeWithDatabase } from '../../../test/support/database.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import type { AppDeps } from '../deps.ts';
import { visibleOfficeIds } from '../modules/access/access.service.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { DEMO_OFFICES } from './demo-org.data.ts';
import { seedDemo, type DemoSignIn } from './seed-demo.ts';

describeWithDatabase('seedDemo', (use) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let signIns: DemoSignIn[];

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use()));
    signIns = await seedDemo(deps);
  });
  afterAll(async () => {
    await app.close();
  });

  async function officeIdOf(code: string): Promise<string> {
    const row = await use()
      .db.selectFrom('offices')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('creates every demo office with the tree the brief names', async () => {
    const rows = await use()
      .db.selectFrom('offices as o')
      .leftJoin('offices as p', 'p.id', 'o.parent_id')
      .select(['o.code', 'o.kind', 'o.name', 'o.time_zone', 'p.code as parent'])
      .execute();
    expect(rows).toHaveLength(DEMO_OFFICES.length);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('TPI-SMB-II')).toMatchObject({ kind: 'tpi', parent: 'KANIM-PALEMBANG' });
    expect(byCode.get('KANIM-KALIANDA')).toMatchObject({
      name: 'Kantor Imigrasi Kelas III Non TPI Kalianda',
      parent: 'KANWIL-LAMPUNG',
    });
    expect(byCode.get('POLDA-LAMPUNG')).toMatchObject({ kind: 'partner' });
    expect(new Set(rows.map((r) => r.time_zone))).toEqual(new Set(['Asia/Jakarta']));
  });

  it('covers every regency and city of both provinces exactly once, with official codes', async () => {
    const regions = await loadRegions();
    const coverage = await use().db.selectFrom('office_coverage').selectAll().execute();
    const codes = coverage.map((c) => c.region_code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const province of ['16', '18']) {
      const regencies = regions.childrenOf(province).map((r) => r.code);
      expect(codes.filter((c) => c.startsWith(`${province}.`)).sort()).toEqual(regencies.sort());
    }
    const kalianda = await officeIdOf('KANIM-KALIANDA');
    expect(coverage.filter((c) => c.office_id === kalianda).map((c) => c.region_code)).toEqual([
      '18.01',
    ]);
    const muaraEnim = await officeIdOf('KANIM-MUARA-ENIM');
    const covered = coverage.filter((c) => c.office_id === muaraEnim).map((c) => c.region_code);
    expect(covered).toEqual(expect.arrayContaining(['16.03', '16.04', '16.72']));
  });

  it('returns one strong, distinct password per account and TOTP secrets where the role needs one', async () => {
    expect(new Set(signIns.map((s) => s.role))).toEqual(new Set(ROLES));
    expect(new Set(signIns.map((s) => s.password)).size).toBe(signIns.length);
    for (const s of signIns) {
      expect(s.password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
      expect(Boolean(s.totpSecret)).toBe(s.role === 'auditor' || s.role === 'administrator');
    }
    const users = await use()
      .db.selectFrom('users')
      .select(['username', 'totp_secret', 'must_change_password'])
      .execute();
    for (const s of signIns) {
      const row = users.find((u) => u.username === s.username);
      expect(row?.totp_secret ?? undefined).toBe(s.totpSecret);
      expect(row?.must_change_password).toBe(false);
    }
  });

  it('lets the returned accounts sign in, with TOTP for the administrator', async () => {
    const officer = signIns.find((s) => s.username === 'petugas.muaraenim');
    const admin = signIns.find((s) => s.role === 'administrator');
    if (!officer || !admin) throw new Error('demo accounts missing');
    const asOfficer = await signIn(app, officer.username, officer.password);
    const session = await app.inject({ url: '/api/auth/session', headers: asOfficer.headers });
    expect(session.json<{ user: { office: { name: string } } }>().user.office.name).toBe(
      'Kantor Imigrasi Kelas II Non TPI Muara Enim',
    );
    const asAdmin = await signIn(app, admin.username, admin.password, admin.totpSecret);
    const offices = await app.inject({ url: '/api/offices', headers: asAdmin.headers });
    expect(offices.statusCode).toBe(200);
  });

  it('makes the 21 May 2024 agreement active, approved by both heads, opening each Kanwil to the other', async () => {
    const db = use().db;
    const agreement = await db
      .selectFrom('sharing_agreements')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(agreement).toMatchObject({ status: 'active', valid_from: '2024-05-21' });
    expect(agreement.source_reference).toMatch(/21 Mei 2024/);
    expect(agreement.description).toMatch(/Konfigurasi demo/);
    const parties = await db
      .selectFrom('sharing_agreement_parties as p')
      .innerJoin('users as u', 'u.id', 'p.approved_by')
      .select(['u.username', 'u.role'])
      .execute();
    expect(parties.map((p) => p.username).sort()).toEqual(['kakanwil.lampung', 'kakanwil.sumsel']);

    const analyst = await db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'analis.sumsel')
      .executeTakeFirstOrThrow();
    const visible = await visibleOfficeIds(
      deps,
      { officeId: analyst.office_id, scopeLevel: analyst.scope_level },
      'village_reports',
    );
    expect(visible).not.toBe('all');
    expect([...(visible as Set<string>)]).toContain(await officeIdOf('KANIM-KALIANDA'));
    expect(permissionsOf('intel_analyst').has('breakglass.use')).toBe(true);
  });

  it('has a second analyst at each Kanwil and a second administrator, so four-eyes flows can finish', async () => {
    const byRoleAndOffice = (role: string, office: string) =>
      signIns.filter((s) => s.role === role && s.office === office).map((s) => s.username);
    expect(byRoleAndOffice('intel_analyst', 'Kanwil Sumatera Selatan').sort()).toEqual([
      'analis.sumsel',
      'analis2.sumsel',
    ]);
    expect(byRoleAndOffice('intel_analyst', 'Kanwil Lampung').sort()).toEqual([
      'analis.lampung',
      'analis2.lampung',
    ]);
    const admins = signIns.filter((s) => s.role === 'administrator');
    expect(admins.map((s) => s.username).sort()).toEqual(['admin', 'admin2']);
    for (const admin of admins) expect(admin.totpSecret).toBeTruthy();
  });

  it('lists marked fictional watchlist entries, proposed by one analyst and approved by another', async () => {
    const db = use().db;
    const entries = await db
      .selectFrom('watchlist_entries as e')
      .innerJoin('users as p', 'p.id', 'e.proposed_by')
      .innerJoin('users as d', 'd.id', 'e.decided_by')
      .select(['e.names', 'e.kind', 'e.status', 'e.note', 'e.source_reference'])
      .select(['p.username as proposer', 'd.username as approver'])
      .execute();
    expect(entries.map((e) => e.kind).sort()).toEqual([
      'organization',
      'person',
      'person',
      'phone',
    ]);
    for (const e of entries) {
      expect(e).toMatchObject({
        status: 'active',
        source_reference: 'Data demo',
        proposer: 'analis.sumsel',
        approver: 'analis2.sumsel',
      });
      expect(e.note).toMatch(/^Data demo: .*fiktif/);
      for (const name of e.names) expect(name).toMatch(/Contoh/);
    }
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['watchlist.propose', 'watchlist.approve'])
      .execute();
    expect(audit).toHaveLength(8);
  });

  it('has past screenings with a TUNDA and a hit that alerts Kanwil Sumatera Selatan from Lampung', async () => {
    const db = use().db;
    const screenings = await db
      .selectFrom('screenings as s')
      .innerJoin('offices as o', 'o.id', 's.office_id')
      .select(['s.recommendation', 's.subject_name', 'o.code'])
      .execute();
    expect(screenings).toHaveLength(3);
    expect(screenings.map((s) => s.recommendation)).toContain('TUNDA');
    const alerts = await db
      .selectFrom('alerts as a')
      .innerJoin('offices as to', 'to.id', 'a.office_id')
      .innerJoin('offices as from', 'from.id', 'a.source_office_id')
      .select(['a.kind', 'to.code as alerted', 'from.code as source'])
      .execute();
    expect(alerts).toContainEqual({
      kind: 'watchlist_hit',
      alerted: 'KANWIL-SUMSEL',
      source: 'KANIM-BANDAR-LAMPUNG',
    });
    const audited = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'screening.create')
      .execute();
    expect(audited).toHaveLength(3);
  });

  it('finds the demo suspect by a spelling variant in the watchlist search', async () => {
    const analyst = signIns.find((s) => s.username === 'analis.lampung');
    if (!analyst) throw new Error('demo accounts missing');
    const asAnalyst = await signIn(app, analyst.username, analyst.password);
    const res = await app.inject({
      url: '/api/watchlist?q=Moch%20Djoko%20Contoh',
      headers: asAnalyst.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ items: { names: string[] }[] }>().items[0]?.names[0]).toBe(
      'Muhammad Joko Contoh',
    );
  });

  it('leaves an unbroken audit chain and refuses to run a second time', async () => {
    expect(await verifyAuditChain(use().db)).toMatchObject({ ok: true });
    const before = await use().db.selectFrom('users').select('id').execute();
    await expect(seedDemo(deps)).rejects.toMatchObject({ code: 'conflict' });
    const after = await use().db.selectFrom('users').select('id').execute();
    expect(after).toHaveLength(before.length);
  });
});
