import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';
import type { SystemActor } from '../server/context/actor.ts';
import type { AppDeps } from '../server/deps.ts';
import { CliError } from './cli-error.ts';
import { withDatabase } from './open-database.ts';

/** Options of `waspada user add`. */
export interface UserAddOptions {
  username: string;
  name: string;
  office: string;
  role: string;
  password?: string;
  email?: string;
}

/** The CLI acts as the system, named after the operating-system account that ran it. */
export function cliInitiator(): SystemActor {
  let osUser = 'unknown';
  try {
    osUser = os.userInfo().username;
  } catch {
    // Some containers have no passwd entry for the running uid; the audit row still names the CLI.
  }
  return { system: true, name: `cli:${osUser}`, requestId: `cli-${randomUUID()}` };
}

/** Turns a service error into one line for standard error, naming each field at fault. */
function toCliError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const issues = error.details.issues ?? [];
  const fields = issues.map((i) => `--${flagOf(i.path)}: ${i.messageEn ?? i.message}`);
  const text = fields.length > 0 ? fields.join('; ') : (error.details.messageEn ?? error.message);
  return new CliError(text, error.code === 'validation' || error.code === 'conflict' ? 2 : 1);
}

function flagOf(path: string): string {
  const flags: Record<string, string> = { fullName: 'name', officeId: 'office' };
  return flags[path] ?? path;
}

/** Creates a user from the command line; prints the temporary password when one was made. */
export async function runUserAdd(deps: AppDeps, options: UserAddOptions): Promise<string> {
  const { findOfficeByCode } = await import('../server/modules/users/users.repository.ts');
  const { createUser } = await import('../server/modules/users/users.service.ts');
  const { ROLE_DEFINITIONS, isRole } = await import('../domain/permissions.ts');
  const office = await findOfficeByCode(deps.database.db, options.office);
  if (!office) throw new CliError(`--office: no office has the code ${options.office}`, 2);
  let created;
  try {
    created = await createUser(deps, cliInitiator(), {
      username: options.username,
      fullName: options.name,
      officeId: office.id,
      role: options.role,
      ...(options.email ? { email: options.email } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
    });
  } catch (error) {
    throw toCliError(error);
  }
  const lines = [
    `created ${created.user.username} (${created.user.roleLabel.en}) at ${office.code} ${office.name}`,
  ];
  if (created.temporaryPassword) {
    lines.push(
      `temporary password: ${created.temporaryPassword} (shown once; to be changed at first sign-in)`,
    );
  }
  if (isRole(options.role) && ROLE_DEFINITIONS[options.role].requiresTotp) {
    lines.push('this role must enrol an authenticator app (TOTP) at first sign-in');
  }
  return `${lines.join('\n')}\n`;
}

/** Lists every user, as a table or as JSON lines' worth of one array. */
export async function runUserList(deps: AppDeps, json: boolean): Promise<string> {
  const { listUsers } = await import('../server/modules/users/users.repository.ts');
  const users = await listUsers(deps.database.db, {});
  const now = deps.clock();
  const rows = users.map((u) => ({
    username: u.username,
    fullName: u.full_name,
    role: u.role,
    office: u.office_code,
    scope: u.scope_level,
    totp: u.totp_secret !== null,
    disabled: u.disabled,
    locked: u.locked_until !== null && u.locked_until > now,
    mustChangePassword: u.must_change_password,
  }));
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  const header = ['username', 'name', 'role', 'office', 'scope', 'flags'];
  const cells = rows.map((r) => [
    r.username,
    r.fullName,
    r.role,
    r.office,
    r.scope,
    [
      r.totp ? 'totp' : '',
      r.disabled ? 'disabled' : '',
      r.locked ? 'locked' : '',
      r.mustChangePassword ? 'must-change-password' : '',
    ]
      .filter(Boolean)
      .join(','),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string =>
    c
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n${rows.length} users\n`;
}

/** Resets a user's password to a temporary one and prints it. */
export async function runUserResetPassword(deps: AppDeps, username: string): Promise<string> {
  const { findUserByUsername } = await import('../server/modules/users/users.repository.ts');
  const { resetUserPassword } = await import('../server/modules/users/users.service.ts');
  const user = await findUserByUsername(deps.database.db, username.trim().toLowerCase());
  if (!user) throw new CliError(`no user is named ${username}`, 2);
  let result;
  try {
    result = await resetUserPassword(deps, cliInitiator(), user.id);
  } catch (error) {
    throw toCliError(error);
  }
  return (
    `temporary password for ${user.username}: ${result.temporaryPassword} ` +
    `(shown once; to be changed at next sign-in; ${result.sessionsEnded} sessions ended)\n`
  );
}

/** `waspada user add|list|reset-password`: accounts, without the web app. */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('akun pengguna / user accounts');
  user
    .command('add')
    .description(
      'buat pengguna; tanpa --password kata sandi sementara dicetak sekali / create a user; without --password a temporary one is printed once',
    )
    .requiredOption(
      '--username <username>',
      'huruf kecil, angka, . _ - / lowercase letters, digits, . _ - (3-40)',
    )
    .requiredOption('--name <full name>', 'nama lengkap / full name')
    .requiredOption('--office <code>', 'kode kantor / office code, e.g. KANIM-PALEMBANG')
    .requiredOption(
      '--role <role>',
      'peran / role: counter_officer, supervisor, intel_analyst, head, pimpasa, partner_liaison, auditor or administrator',
    )
    .option(
      '--password <password>',
      'kata sandi awal (minimal 12 karakter) / initial password (at least 12 characters)',
    )
    .option('--email <email>', 'alamat surel / e-mail address')
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .action(async (options: UserAddOptions & { data?: string }) => {
      const out = await withDatabase(options, 'user add', (deps) => runUserAdd(deps, options));
      process.stdout.write(out);
    });
  user
    .command('list')
    .description('daftar semua pengguna / list every user')
    .option('--json', 'cetak JSON / print JSON')
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .action(async (options: { json?: boolean; data?: string }) => {
      const out = await withDatabase(options, 'user list', (deps) =>
        runUserList(deps, options.json === true),
      );
      process.stdout.write(out);
    });
  user
    .command('reset-password')
    .description(
      'beri kata sandi sementara baru; mengakhiri sesi dan membuka kunci / give a user a new temporary password; ends their sessions, clears the lockout',
    )
    .argument('<username>')
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .action(async (username: string, options: { data?: string }) => {
      const out = await withDatabase(options, 'user reset-password', (deps) =>
        runUserResetPassword(deps, username),
      );
      process.stdout.write(out);
    });
}
