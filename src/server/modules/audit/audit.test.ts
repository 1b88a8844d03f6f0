import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeWithDatabase } from '../../../../test/support/database.ts';
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
});

describeWithDatabase('the audit chain', (use) => {
  async function appendRows(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      await appendAudit(use().db, system, {
        action: 'test.write',
        targetType: 'thing',
        targetId: `t${i}`,
        details: { i, nested: { b: 2, a: 1 } },
      });
    }
  }

  /** Lets a test act as an insider with direct database access, who can switch the guard off. */
  async function asInsider(statement: string): Promise<void> {
    const db = use().db;
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`.execute(db);
    await sql.raw(statement).execute(db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`.execute(db);
  }

  it('verifies an untouched chain', async () => {
    await appendRows(5);
    const verdict = await verifyAuditChain(use().db);
    expect(verdict).toMatchObject({ ok: true, rows: 5 });
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

  it('serialises concurrent appends into one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        appendAudit(use().db, system, { action: 'test.concurrent', targetId: String(i) }),
      ),
    );
    const verdict = await verifyAuditChain(use().db);
    expect(verdict).toMatchObject({ ok: true, rows: 13 });
  });

  it('names the first changed row', async () => {
    await asInsider(`UPDATE audit_log SET reason = 'quietly bent' WHERE seq = 3`);
    const verdict = await verifyAuditChain(use().db);
    expect(verdict).toMatchObject({ ok: false, brokenSeq: 3 });
    if (!verdict.ok) expect(verdict.problem).toMatch(/content was changed/);
    await asInsider(`UPDATE audit_log SET reason = NULL WHERE seq = 3`);
    expect(await verifyAuditChain(use().db)).toMatchObject({ ok: true });
  });

  it('names the first row after a removed one', async () => {
    const db = use().db;
    await sql`CREATE TABLE audit_backup AS SELECT * FROM audit_log WHERE seq = 4`.execute(db);
    await asInsider(`DELETE FROM audit_log WHERE seq = 4`);
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, brokenSeq: 4 });
    if (!verdict.ok) expect(verdict.problem).toMatch(/missing/);
    // Closing the gap by renumbering is caught by the back-link instead.
    await asInsider(`UPDATE audit_log SET seq = -(seq - 1) WHERE seq > 4`);
    await asInsider(`UPDATE audit_log SET seq = -seq WHERE seq < 0`);
    const renumbered = await verifyAuditChain(db);
    expect(renumbered).toMatchObject({ ok: false, brokenSeq: 4 });
    await asInsider(`UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= 4`);
    await asInsider(`UPDATE audit_log SET seq = -seq WHERE seq < 0`);
    await asInsider(`INSERT INTO audit_log SELECT * FROM audit_backup`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('names the first row when two rows are swapped', async () => {
    await asInsider(`UPDATE audit_log SET seq = -1 WHERE seq = 2`);
    await asInsider(`UPDATE audit_log SET seq = 2 WHERE seq = 5`);
    await asInsider(`UPDATE audit_log SET seq = 5 WHERE seq = -1`);
    const verdict = await verifyAuditChain(use().db);
    expect(verdict).toMatchObject({ ok: false, brokenSeq: 2 });
  });
});
