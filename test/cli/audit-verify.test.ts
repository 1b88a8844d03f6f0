import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/connection.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { appendAudit } from '../../src/server/modules/audit/audit.service.ts';
import { appendLegacyAuditRows } from '../support/audit-legacy.ts';
import { runCli } from '../support/cli.ts';

// Each case opens the embedded directory and runs the command in a child process.
const SLOW = { timeout: 120_000 };

describe('waspada audit verify on a chain that an older release began', () => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'waspada-audit-'));

  /** Opens the stopped directory as an insider with direct access and runs statements. */
  async function asInsider(statements: string[]): Promise<void> {
    const database = await openDatabase({ kind: 'embedded', dataDir: data }, { command: 'test' });
    try {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`.execute(
        database.db,
      );
      for (const statement of statements) await sql.raw(statement).execute(database.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`.execute(
        database.db,
      );
    } finally {
      await database.close();
    }
  }

  async function verify(): Promise<{ code: number | null; stderr: string }> {
    return runCli(['audit', 'verify', '--data', data], { timeoutMs: 110_000 });
  }

  beforeAll(async () => {
    const database = await openDatabase({ kind: 'embedded', dataDir: data }, { command: 'test' });
    try {
      await migrateToLatest(database);
      await appendLegacyAuditRows(database.db, 4);
      for (let i = 0; i < 4; i += 1) {
        await appendAudit(
          database.db,
          { system: true, name: 'test', requestId: `new-${i}` },
          { action: 'test.write', targetId: `t${i}`, details: { i } },
        );
      }
    } finally {
      await database.close();
    }
  }, 120_000);
  afterAll(() => {
    fs.rmSync(data, { recursive: true, force: true });
  });

  it('passes both formats of an untouched chain', SLOW, async () => {
    const res = await runCli(['audit', 'verify', '--data', data, '--json'], {
      timeoutMs: 110_000,
    });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: true, rows: 8 });
  });

  it('names a changed row of the new format', SLOW, async () => {
    await asInsider([`UPDATE audit_log SET details = '{"i": 9}' WHERE seq = 6`]);
    const res = await verify();
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/BROKEN at row 6: .*content was changed/);
  });

  it('names the first of two reordered rows across the formats', SLOW, async () => {
    await asInsider([
      `UPDATE audit_log SET details = '{"i": 1}' WHERE seq = 6`,
      `UPDATE audit_log SET seq = -1 WHERE seq = 4`,
      `UPDATE audit_log SET seq = 4 WHERE seq = 5`,
      `UPDATE audit_log SET seq = 5 WHERE seq = -1`,
    ]);
    const res = await verify();
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/BROKEN at row 4: row 4 does not link/);
  });

  it('names a removed row of the old format', SLOW, async () => {
    await asInsider([
      `UPDATE audit_log SET seq = -1 WHERE seq = 4`,
      `UPDATE audit_log SET seq = 4 WHERE seq = 5`,
      `UPDATE audit_log SET seq = 5 WHERE seq = -1`,
      `DELETE FROM audit_log WHERE seq = 3`,
    ]);
    const res = await verify();
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/BROKEN at row 3: row 3 is missing/);
  });
});
