import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeWithDatabase } from '../../../../test/support/database.ts';
import { appendLegacyAuditRows } from '../../../../test/support/audit-legacy.ts';
import type { SystemActor } from '../../context/actor.ts';
import { appendAudit, verifyAuditChain } from './audit.service.ts';
import { canonicalJson } from './audit-chain.ts';

const system: SystemActor = { system: true, name: 'test', requestId: 'req-1' };

describe('canonicalJson', () => {
  it('orders keys at every depth so equal content hashes equally', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes a date as JSON does, so a stored date hashes as it was appended', () => {
    expect(canonicalJson({ from: new Date('2026-01-02T03:04:05.678Z') })).toBe(
      JSON.stringify({ from: new Date('2026-01-02T03:04:05.678Z') }),
    );
  });
});

// Rows 1-4 are written as an older release wrote them (format 1), rows 5-8 by appendAudit
// (format 2): every tamper case runs once inside each format.
const FORMATS = [
  { format: 1, changed: 3, removed: 3, swapped: [2, 3] },
  { format: 2, changed: 6, removed: 6, swapped: [6, 7] },
] as const;

describeWithDatabase('the audit chain', (use) => {
  async function appendRows(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      await appendAudit(use().db, system, {
        action: 'test.write',
        targetType: 'thing',
        targetId: `t${i}`,
        details: { i, nested: { b: 2, a: 1 }, text: 'Desa "Sukamaju"\n\u00e9\u{1F600}' },
      });
    }
  }

  async function formats(): Promise<number[]> {
    const rows = await use()
      .db.selectFrom('audit_log')
      .select('chain_format')
      .orderBy('seq')
      .execute();
    return rows.map((r) => r.chain_format);
  }

  /** Lets a test act as an insider with direct database access, who can switch the guard off. */
  async function asInsider(statement: string): Promise<void> {
    const db = use().db;
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`.execute(db);
    await sql.raw(statement).execute(db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`.execute(db);
  }

  it('verifies an untouched chain that an older release began and appendAudit continued', async () => {
    await appendLegacyAuditRows(use().db, 4);
    await appendRows(4);
    expect(await formats()).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(await verifyAuditChain(use().db, 3)).toMatchObject({ ok: true, rows: 8 });
  });

  it('stores each column from the text it hashes', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const officeId = '00000000-0000-4000-8000-000000000001';
    await appendAudit(
      use().db,
      { ...system, requestId: 'req-cols' },
      {
        action: 'test.columns',
        targetType: 'screening',
        targetId: 'S-1',
        reason: 'alasan',
        officeId,
        details: { from: at, list: [1, null, 'x'] },
      },
      () => at,
    );
    const row = await use()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', 'req-cols')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      seq: 9,
      at,
      actor_user_id: null,
      actor_username: 'system:test',
      office_id: officeId,
      action: 'test.columns',
      target_type: 'screening',
      target_id: 'S-1',
      reason: 'alasan',
      details: { from: at.toISOString(), list: [1, null, 'x'] },
      chain_format: 2,
    });
    expect(await verifyAuditChain(use().db)).toMatchObject({ ok: true, rows: 9 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const db = use().db;
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('writes a transaction audit rows with its change or not at all', async () => {
    const db = use().db;
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, system, { action: 'test.rolled_back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // A row the database cannot chain fails the commit, taking the good row with it.
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, system, { action: 'test.good_half' });
        await trx.insertInto('audit_pending').values({ body: '{"not":"a row"}' }).execute();
      }),
    ).rejects.toThrow(/not an audit body/);
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['test.rolled_back', 'test.good_half'])
      .execute();
    expect(actions).toEqual([]);
    const pending = await db.selectFrom('audit_pending').select('id').execute();
    expect(pending).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 9 });
  });

  it('serialises concurrent writers into one unbroken chain, each transaction in order', async () => {
    const db = use().db;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await appendAudit(trx, system, { action: 'test.concurrent', targetId: `${i}a` });
          await appendAudit(trx, system, { action: 'test.concurrent', targetId: `${i}b` });
        }),
      ),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 25 });
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'target_id'])
      .where('action', '=', 'test.concurrent')
      .orderBy('seq')
      .execute();
    for (let i = 0; i < rows.length; i += 2) {
      expect(rows[i + 1]?.target_id).toBe(rows[i]?.target_id?.replace('a', 'b'));
      expect(rows[i + 1]?.seq).toBe((rows[i]?.seq ?? 0) + 1);
    }
  });

  describe.each(FORMATS)('in format $format rows', ({ changed, removed, swapped }) => {
    it('names the first changed row', async () => {
      await asInsider(`UPDATE audit_log SET reason = 'quietly bent' WHERE seq = ${changed}`);
      const verdict = await verifyAuditChain(use().db);
      expect(verdict).toMatchObject({ ok: false, brokenSeq: changed });
      if (!verdict.ok) expect(verdict.problem).toMatch(/content was changed/);
      await asInsider(`UPDATE audit_log SET reason = NULL WHERE seq = ${changed}`);
      expect(await verifyAuditChain(use().db)).toMatchObject({ ok: true });
    });

    it('names the first row after a removed one', async () => {
      const db = use().db;
      const backup = `audit_backup_${removed}`;
      await sql
        .raw(`CREATE TABLE ${backup} AS SELECT * FROM audit_log WHERE seq = ${removed}`)
        .execute(db);
      await asInsider(`DELETE FROM audit_log WHERE seq = ${removed}`);
      const verdict = await verifyAuditChain(db);
      expect(verdict).toMatchObject({ ok: false, brokenSeq: removed });
      if (!verdict.ok) expect(verdict.problem).toMatch(/missing/);
      // Closing the gap by renumbering is caught by the back-link instead.
      await asInsider(`UPDATE audit_log SET seq = -(seq - 1) WHERE seq > ${removed}`);
      await asInsider(`UPDATE audit_log SET seq = -seq WHERE seq < 0`);
      const renumbered = await verifyAuditChain(db);
      expect(renumbered).toMatchObject({ ok: false, brokenSeq: removed });
      await asInsider(`UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= ${removed}`);
      await asInsider(`UPDATE audit_log SET seq = -seq WHERE seq < 0`);
      await asInsider(`INSERT INTO audit_log SELECT * FROM ${backup}`);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    });

    it('names the first row when two rows are swapped', async () => {
      const [a, b] = swapped;
      await asInsider(`UPDATE audit_log SET seq = -1 WHERE seq = ${a}`);
      await asInsider(`UPDATE audit_log SET seq = ${a} WHERE seq = ${b}`);
      await asInsider(`UPDATE audit_log SET seq = ${b} WHERE seq = -1`);
      expect(await verifyAuditChain(use().db)).toMatchObject({ ok: false, brokenSeq: a });
      await asInsider(`UPDATE audit_log SET seq = -1 WHERE seq = ${b}`);
      await asInsider(`UPDATE audit_log SET seq = ${b} WHERE seq = ${a}`);
      await asInsider(`UPDATE audit_log SET seq = ${a} WHERE seq = -1`);
      expect(await verifyAuditChain(use().db)).toMatchObject({ ok: true });
    });
  });

  it('catches a row whose format was switched to pass another formula', async () => {
    await asInsider(`UPDATE audit_log SET chain_format = 1 WHERE seq = 7`);
    const verdict = await verifyAuditChain(use().db);
    expect(verdict).toMatchObject({ ok: false, brokenSeq: 7 });
    await asInsider(`UPDATE audit_log SET chain_format = 2 WHERE seq = 7`);
    expect(await verifyAuditChain(use().db)).toMatchObject({ ok: true, rows: 25 });
  });
});
