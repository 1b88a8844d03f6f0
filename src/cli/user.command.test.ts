import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeWithDatabase } from '../../test/support/database.ts';
import { createTestApp } from '../../test/support/app.ts';
import { createTestOffice, createTestUser } from '../../test/support/factories.ts';
import { signIn } from '../../test/support/sign-in.ts';
import { runCli } from '../../test/support/cli.ts';
import type { AppDeps } from '../server/deps.ts';
import { currentTotpCode, newTotpSecret } from '../server/modules/auth/totp.ts';
import { runUserAdd, runUserList, runUserResetPassword } from './user.command.ts';
import { runTotpCode } from './totp.command.ts';

describeWithDatabase('waspada user', (use) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let officeCode: string;

  beforeAll(async () => {
    ({ app, deps } = await createTestApp(use()));
    officeCode = (await createTestOffice(use(), { code: 'KANIM-CLI-UJI' })).code;
  });
  afterAll(async () => {
    await app.close();
  });

  it('adds a user by office code, prints a temporary password once, and audits as the CLI', async () => {
    const out = await runUserAdd(deps, {
      username: 'rina.cli',
      name: 'Rina Lestari',
      office: 'kanim-cli-uji',
      role: 'auditor',
    });
    expect(out).toMatch(/created rina\.cli \(Auditor\) at KANIM-CLI-UJI/);
    expect(out).toMatch(/must enrol an authenticator/);
    const password = /temporary password: (\S+)/.exec(out)?.[1] ?? '';
    expect(password).toHaveLength(19);
    const audit = await use()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('user.created');
    expect(audit.actor_username).toMatch(/^system:cli:/);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'rina.cli', password },
    });
    expect(res.json<{ totpEnrolmentRequired: boolean }>().totpEnrolmentRequired).toBe(true);
  });

  it('names the flags at fault and writes nothing', async () => {
    const before = await use().db.selectFrom('users').select('id').execute();
    await expect(
      runUserAdd(deps, { username: 'A B', name: 'X', office: officeCode, role: 'wizard' }),
    ).rejects.toThrow(/--username: .*--role: Unknown role: wizard/);
    await expect(
      runUserAdd(deps, { username: 'ok.name', name: 'X', office: 'NO-SUCH', role: 'head' }),
    ).rejects.toThrow(/--office: no office has the code NO-SUCH/);
    await expect(
      runUserAdd(deps, {
        username: 'ok.name',
        name: 'X',
        office: officeCode,
        role: 'head',
        password: 'short',
      }),
    ).rejects.toThrow(/--password: .*12/);
    expect(await use().db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
  });

  it('lists users as a table and as JSON', async () => {
    const u = await createTestUser(use(), { role: 'pimpasa', disabled: true });
    const table = await runUserList(deps, false);
    expect(table).toMatch(new RegExp(`${u.username}\\s+.*pimpasa.*disabled`));
    const json = JSON.parse(await runUserList(deps, true)) as {
      username: string;
      disabled: boolean;
    }[];
    expect(json.find((r) => r.username === u.username)?.disabled).toBe(true);
  });

  it('resets a password: the old one stops working, the printed one works', async () => {
    const u = await createTestUser(use(), { role: 'counter_officer' });
    const out = await runUserResetPassword(deps, u.username);
    const temporary = /: (\S+) \(shown once/.exec(out)?.[1] ?? '';
    await expect(signIn(app, u.username, u.password)).rejects.toThrow(/401/);
    await signIn(app, u.username, temporary);
    await expect(runUserResetPassword(deps, 'nobody.at.all')).rejects.toThrow(/no user/);
  });
});

describe('waspada totp code', () => {
  it('prints the code an authenticator shows for the secret', async () => {
    const secret = newTotpSecret();
    const at = new Date('2026-11-25T03:00:00Z');
    expect(await runTotpCode(secret.toLowerCase(), at)).toBe(`${currentTotpCode(secret, at)}\n`);
    await expect(runTotpCode('not base32!')).rejects.toThrow(/base32/);
    // 16 base32 characters are only 80 bits: refused with a message, not a library stack trace.
    await expect(runTotpCode('JBSWY3DPEHPK3PXP')).rejects.toThrow(/at least 26 characters/);
  });

  it('runs as a command without a database', async () => {
    const result = await runCli(['totp', 'code', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d{6}\n$/);
  });
});
