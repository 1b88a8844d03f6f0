import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createTestClock } from '../../../../test/support/app.ts';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { AppDeps } from '../../deps.ts';
import { matchingFor } from '../matching/matching.service.ts';
import { callAs, listActive, proposeAs } from './watchlist-test-helpers.ts';
import { onEntryActivated } from './watchlist.events.ts';
import type { EntryDetailView, EntryView } from './watchlist.schema.ts';

describeWithDatabase('watchlist governance', (use) => {
  const clock = createTestClock('2026-11-25T03:00:00.000Z');
  let app: FastifyInstance;
  let deps: AppDeps;
  let org: TestOrg;
  let supervisorA1: SignedInUser;
  let analystA1: SignedInUser;
  let secondSupervisorA1: SignedInUser;
  let supervisorA2: SignedInUser;
  let analystA2: SignedInUser;
  let officerA1: SignedInUser;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use(), clock));
    org = await createTestOrg(use());
    supervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    analystA1 = await signInAs(app, use(), 'intel_analyst', org.kanimA1);
    secondSupervisorA1 = await signInAs(app, use(), 'supervisor', org.kanimA1);
    supervisorA2 = await signInAs(app, use(), 'supervisor', org.kanimA2);
    analystA2 = await signInAs(app, use(), 'intel_analyst', org.kanimA2);
    officerA1 = await signInAs(app, use(), 'counter_officer', org.kanimA1);
  });
  afterAll(async () => {
    await app.close();
  });

  async function searchIndex(name: string, birthDate?: string) {
    const index = await matchingFor(deps);
    return index
      .search({ name, ...(birthDate ? { birthDate } : {}) }, () => true)
      .map((h) => h.item.refCode);
  }

  async function auditOf(id: string) {
    return use()
      .db.selectFrom('audit_log')
      .select(['action', 'details', 'actor_username', 'reason'])
      .where('target_id', '=', id)
      .orderBy('seq')
      .execute();
  }

  it('numbers proposals WL-<year>-NNNNNN and asks the listing office’s other approvers', async () => {
    const first = await proposeAs(app, supervisorA1, { names: ['Sutrisno Wibowo'] });
    const second = await proposeAs(app, supervisorA1, { names: ['Sutrisno Wibowo Dua'] });
    expect(first.refCode).toMatch(/^WL-2026-\d{6}$/);
    expect(Number(second.refCode.slice(-6))).toBe(Number(first.refCode.slice(-6)) + 1);
    expect(first).toMatchObject({
      status: 'proposed',
      version: 1,
      phones: ['+6281234567890'],
      presentation: 'suspect',
      office: { id: org.kanimA1 },
    });
    const notified = await use()
      .db.selectFrom('notifications')
      .select('user_id')
      .where('link', '=', `/watchlist/${first.id}`)
      .execute();
    const ids = notified.map((n) => n.user_id).sort();
    expect(ids).toEqual([analystA1.id, secondSupervisorA1.id].sort());
    const [row] = await auditOf(first.id);
    expect(row?.action).toBe('watchlist.propose');
    expect((row?.details as { changes: Record<string, unknown> }).changes.names).toEqual({
      before: null,
      after: ['Sutrisno Wibowo'],
    });
  });

  it('refuses the proposer’s own approval and an approver of another office (four eyes)', async () => {
    const proposed = await proposeAs(app, supervisorA1, { names: ['Bambang Empat Mata'] });
    const own = await callAs(
      app,
      supervisorA1,
      'POST',
      `/api/watchlist/${proposed.id}/approve`,
      {},
    );
    expect(own.statusCode).toBe(403);
    expect(own.json<{ rule: string }>().rule).toBe('four_eyes');
    // An analyst of Kanim A2 sees the entry (same Kanwil) but is not of the listing office.
    const other = await callAs(app, analystA2, 'POST', `/api/watchlist/${proposed.id}/approve`, {});
    expect(other.statusCode).toBe(403);
    // A supervisor of Kanim A2 (office scope) does not even learn that the entry exists.
    const unseen = await callAs(
      app,
      supervisorA2,
      'POST',
      `/api/watchlist/${proposed.id}/approve`,
      {},
    );
    expect(unseen.statusCode).toBe(404);
    const officer = await callAs(
      app,
      officerA1,
      'POST',
      `/api/watchlist/${proposed.id}/approve`,
      {},
    );
    expect(officer.statusCode).toBe(403);
    const stored = await use()
      .db.selectFrom('watchlist_entries')
      .select('status')
      .where('id', '=', proposed.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('proposed');
  });

  it('makes an approved entry screenable at once, writing the outbox in the approving transaction', async () => {
    const proposed = await proposeAs(app, supervisorA1, {
      names: ['Darmawan Sukmajaya'],
      birthDate: '1979-04-02',
    });
    expect(await searchIndex('Darmawan Sukmajaya', '1979-04-02')).not.toContain(proposed.refCode);
    const res = await callAs(app, analystA1, 'POST', `/api/watchlist/${proposed.id}/approve`, {
      note: 'Sesuai laporan',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<EntryView>()).toMatchObject({ status: 'active', decidedBy: analystA1.id });
    expect(await searchIndex('Darmawan Sukmajaya', '1979-04-02')).toContain(proposed.refCode);
    const outbox = await use()
      .db.selectFrom('index_outbox')
      .select('entity_type')
      .where('entity_id', '=', proposed.id)
      .execute();
    expect(outbox).toEqual([{ entity_type: 'watchlist' }]);
    const proposerNote = await use()
      .db.selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', supervisorA1.id)
      .where('link', '=', `/watchlist/${proposed.id}`)
      .execute();
    expect(proposerNote.map((n) => n.kind)).toContain('watchlist.approved');
  });

  it('rolls the approval back, outbox row included, when a retro-screening listener fails', async () => {
    const seen: string[] = [];
    const stop = onEntryActivated(async (_deps, trx, entryId) => {
      expect(trx.isTransaction).toBe(true);
      seen.push(entryId);
      throw new Error('retro-screening queue unavailable');
    });
    try {
      const proposed = await proposeAs(app, supervisorA1, { names: ['Gagal Antrean'] });
      const res = await callAs(app, analystA1, 'POST', `/api/watchlist/${proposed.id}/approve`, {});
      expect(res.statusCode).toBe(500);
      expect(seen).toEqual([proposed.id]);
      const row = await use()
        .db.selectFrom('watchlist_entries')
        .select('status')
        .where('id', '=', proposed.id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('proposed');
      const outbox = await use()
        .db.selectFrom('index_outbox')
        .select('id')
        .where('entity_id', '=', proposed.id)
        .execute();
      expect(outbox).toEqual([]);
    } finally {
      stop();
    }
  });

  it('rejects a proposal only with a note, and a rejected entry cannot be approved', async () => {
    const proposed = await proposeAs(app, supervisorA1, { names: ['Tolak Usulan'] });
    const noNote = await callAs(app, analystA1, 'POST', `/api/watchlist/${proposed.id}/reject`, {});
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.note');
    const res = await callAs(app, analystA1, 'POST', `/api/watchlist/${proposed.id}/reject`, {
      note: 'Bukti belum cukup',
    });
    expect(res.json<EntryView>()).toMatchObject({
      status: 'rejected',
      decisionNote: 'Bukti belum cukup',
    });
    const again = await callAs(
      app,
      secondSupervisorA1,
      'POST',
      `/api/watchlist/${proposed.id}/approve`,
      {},
    );
    expect(again.statusCode).toBe(409);
  });

  it('lets only an approver edit an active entry, bumping the version when matchable fields change', async () => {
    const active = await listActive(app, supervisorA1, analystA1, { names: ['Edit Aktif'] });
    const byOfficer = await callAs(app, officerA1, 'PATCH', `/api/watchlist/${active.id}`, {
      names: ['Edit Lain'],
    });
    expect(byOfficer.statusCode).toBe(403);
    const reasonOnly = await callAs(app, supervisorA1, 'PATCH', `/api/watchlist/${active.id}`, {
      reason: 'Alasan diperjelas dengan nomor laporan polisi.',
    });
    expect(reasonOnly.json<EntryView>().version).toBe(1);
    const res = await callAs(app, supervisorA1, 'PATCH', `/api/watchlist/${active.id}`, {
      names: ['Edit Aktif', 'Edi Aktif'],
      phones: ['+62 813 1111 2222'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<EntryView>()).toMatchObject({ version: 2, phones: ['+6281311112222'] });
    const rows = await auditOf(active.id);
    const update = rows.filter((r) => r.action === 'watchlist.update').at(-1);
    expect(update?.details).toMatchObject({
      version: { before: 1, after: 2 },
      changes: {
        names: { before: ['Edit Aktif'], after: ['Edit Aktif', 'Edi Aktif'] },
        phones: { before: ['+6281234567890'], after: ['+6281311112222'] },
      },
    });
    expect(Object.keys((update?.details as { changes: object }).changes).sort()).toEqual([
      'names',
      'phones',
    ]);
  });

  it('delists with a second person of the office, and the delisted entry leaves the index', async () => {
    const active = await listActive(app, supervisorA1, analystA1, {
      names: ['Hendrawan Salim'],
      birthDate: '1970-01-20',
    });
    expect(await searchIndex('Hendrawan Salim', '1970-01-20')).toContain(active.refCode);
    const short = await callAs(
      app,
      analystA1,
      'POST',
      `/api/watchlist/${active.id}/delist-request`,
      {
        reason: 'salah',
      },
    );
    expect(short.statusCode).toBe(400);
    const asked = await callAs(
      app,
      analystA1,
      'POST',
      `/api/watchlist/${active.id}/delist-request`,
      {
        reason: 'Putusan pengadilan membebaskan yang bersangkutan.',
      },
    );
    expect(asked.json<EntryView>().status).toBe('delist_requested');
    const self = await callAs(
      app,
      analystA1,
      'POST',
      `/api/watchlist/${active.id}/delist-approve`,
      {},
    );
    expect(self.statusCode).toBe(403);
    const otherOffice = await callAs(
      app,
      analystA2,
      'POST',
      `/api/watchlist/${active.id}/delist-approve`,
      {},
    );
    expect(otherOffice.statusCode).toBe(403);
    const done = await callAs(
      app,
      supervisorA1,
      'POST',
      `/api/watchlist/${active.id}/delist-approve`,
      {},
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<EntryView>()).toMatchObject({
      status: 'delisted',
      delist: { decidedBy: supervisorA1.id, requestedBy: analystA1.id },
    });
    expect(await searchIndex('Hendrawan Salim', '1970-01-20')).not.toContain(active.refCode);
  });

  it('keeps an entry active when its delisting is refused', async () => {
    const active = await listActive(app, supervisorA1, analystA1, { names: ['Tetap Aktif'] });
    await callAs(app, supervisorA1, 'POST', `/api/watchlist/${active.id}/delist-request`, {
      reason: 'Mohon dihapus karena sudah lama.',
    });
    const res = await callAs(app, analystA1, 'POST', `/api/watchlist/${active.id}/delist-reject`, {
      note: 'Kasus masih berjalan',
    });
    expect(res.json<EntryView>()).toMatchObject({ status: 'active', delist: null });
    const detail = await callAs(app, officerA1, 'GET', `/api/watchlist/${active.id}`);
    const actions = detail.json<EntryDetailView>().history.map((h) => h.action);
    expect(actions).toEqual([
      'watchlist.propose',
      'watchlist.approve',
      'watchlist.delist_request',
      'watchlist.delist_reject',
    ]);
  });

  it('shows a protective listing as a protection prompt, never as a suspect', async () => {
    const res = await callAs(app, supervisorA1, 'POST', '/api/watchlist', {
      kind: 'person',
      names: ['Siti Korban Pulang'],
      listing: 'protective',
      tppoTypes: ['ONLINE_SCAM'],
      reason: 'Dipulangkan dari kompleks penipuan daring di Myawaddy.',
      sourceType: 'case',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<EntryView>()).toMatchObject({
      listing: 'protective',
      presentation: 'protection_prompt',
      listingLabel: { en: 'Protection: a potential or former victim, not a suspect' },
    });
    const org = await callAs(app, supervisorA1, 'POST', '/api/watchlist', {
      kind: 'organization',
      names: ['PT Korban'],
      listing: 'protective',
      reason: 'Perusahaan tidak bisa menjadi korban yang dilindungi.',
      sourceType: 'case',
    });
    expect(org.statusCode).toBe(400);
    expect(org.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'listing',
    ]);
  });
});
