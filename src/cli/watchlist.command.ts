import { readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { AppError } from '../domain/errors.ts';
import type { Initiator } from '../server/context/actor.ts';
import type { AppDeps } from '../server/deps.ts';
import { CliError } from './cli-error.ts';
import { withDatabase } from './open-database.ts';
import { cliInitiator } from './user.command.ts';

/** Options of `waspada watchlist import`. */
export interface WatchlistImportOptions {
  office?: string;
  as?: string;
  approvedBy?: string;
  sharingScope?: string;
  data?: string;
}

/** Options of `waspada watchlist export`. */
export interface WatchlistExportOptions {
  out?: string;
  office?: string;
  as?: string;
  status?: string;
  data?: string;
}

const SHARING_SCOPES = ['office', 'kanwil', 'agreement', 'national'] as const;
const STATUSES = ['proposed', 'active', 'rejected', 'expired', 'delist_requested', 'delisted'];

/** The user named by --as, acting as themselves; without it the CLI acts as the system. */
async function initiatorFor(deps: AppDeps, username: string | undefined): Promise<Initiator> {
  if (username === undefined) return cliInitiator();
  const { findUserByUsername } = await import('../server/modules/users/users.repository.ts');
  const { actorFromUser, hasKnownRole } = await import('../server/modules/auth/session-state.ts');
  const user = await findUserByUsername(deps.database.db, username);
  if (!user || user.disabled || !hasKnownRole(user)) {
    throw new CliError(`--as: no enabled user is called ${username}`, 2);
  }
  return actorFromUser(user, `cli-${randomUUID()}`);
}

async function officeIdFor(deps: AppDeps, code: string | undefined): Promise<string | undefined> {
  if (code === undefined) return undefined;
  const { findOfficeFactsByCode } =
    await import('../server/modules/watchlist/watchlist.repository.ts');
  const office = await findOfficeFactsByCode(deps.database.db, code);
  if (!office) throw new CliError(`--office: no office has the code ${code}`, 2);
  return office.id;
}

/** A progress display: a bar on a terminal, a line per tenth otherwise (logs, pipes). */
async function progressReporter(
  total: number,
): Promise<{ update: (done: number) => void; stop: () => void }> {
  if (process.stderr.isTTY) {
    const { SingleBar, Presets } = await import('cli-progress');
    const bar = new SingleBar(
      { format: 'importing [{bar}] {value}/{total} entries', stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  const step = Math.max(1, Math.ceil(total / 10));
  return {
    update: (done) => {
      if (done % step === 0 || done === total) {
        process.stderr.write(`imported ${done}/${total} entries\n`);
      }
    },
    stop: () => undefined,
  };
}

/** Imports a watchlist file; returns the summary line. Bad rows are printed one per line. */
export async function runWatchlistImport(
  deps: AppDeps,
  file: string,
  options: WatchlistImportOptions,
): Promise<string> {
  const { parseWatchlistFile } = await import('../server/modules/watchlist/watchlist-file.ts');
  const { importWatchlist } =
    await import('../server/modules/watchlist/watchlist-import.service.ts');
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw new CliError(`cannot read ${file} (${reason})`, 2);
  }
  const scope = options.sharingScope;
  if (scope !== undefined && !(SHARING_SCOPES as readonly string[]).includes(scope)) {
    throw new CliError(`--sharing-scope: must be one of ${SHARING_SCOPES.join(', ')}`, 2);
  }
  const initiator = await initiatorFor(deps, options.as);
  const approver =
    options.approvedBy === undefined ? undefined : await initiatorFor(deps, options.approvedBy);
  if (approver && 'system' in approver) throw new CliError('--approved-by: a user is needed', 2);
  if (approver && !('system' in initiator) && approver.userId === initiator.userId) {
    throw new CliError('--approved-by: must be a second person, not the --as user', 2);
  }
  const officeId =
    (await officeIdFor(deps, options.office)) ??
    ('system' in initiator ? undefined : initiator.officeId);
  if (officeId === undefined) throw new CliError('--office: required without --as', 2);
  if (approver && !('system' in approver)) {
    const { computeWatchlistReach } =
      await import('../server/modules/watchlist/watchlist-scope.ts');
    const reach = await computeWatchlistReach(deps, approver, deps.clock());
    if (!approver.permissions.has('watchlist.approve') || !reach.own.has(officeId)) {
      throw new CliError(
        '--approved-by: must be a user of the listing office allowed to approve (watchlist.approve)',
        2,
      );
    }
  }
  const parsed = await parseWatchlistFile(data, /\.xlsx$/i.test(file) ? 'xlsx' : undefined);
  const progress = await progressReporter(parsed.rows.length);
  try {
    const result = await importWatchlist(deps, initiator, parsed, {
      officeId,
      ...(approver ? { approvedBy: approver } : {}),
      sourceLabel: file.split(/[\\/]/).at(-1) ?? file,
      refreshIndex: false,
      ...(scope ? { sharingScope: scope as (typeof SHARING_SCOPES)[number] } : {}),
      onProgress: (done) => progress.update(done),
    });
    progress.stop();
    const range =
      result.refCodes.length > 0 ? ` (${result.refCodes[0]} .. ${result.refCodes.at(-1)})` : '';
    return `imported ${result.imported} entries as ${result.status}${range}\n`;
  } catch (error) {
    progress.stop();
    const lines = error instanceof AppError ? error.details.lines : undefined;
    if (Array.isArray(lines)) {
      const bad = lines as { line: number; message: string }[];
      process.stderr.write(bad.map((l) => `line ${l.line}: ${l.message}\n`).join(''));
      throw new CliError(`${bad.length} bad rows; nothing was imported`, 2);
    }
    throw error;
  }
}

/** Exports the watchlist as CSV; returns the text and the number of entries. */
export async function runWatchlistExport(
  deps: AppDeps,
  options: WatchlistExportOptions,
): Promise<{ csv: string; count: number }> {
  const { exportWatchlistCsv } =
    await import('../server/modules/watchlist/watchlist-export.service.ts');
  const status = options.status?.split(',').filter((s) => s !== '');
  const unknown = status?.find((s) => !STATUSES.includes(s));
  if (unknown !== undefined) throw new CliError(`--status: unknown status ${unknown}`, 2);
  const initiator = await initiatorFor(deps, options.as);
  const officeId = await officeIdFor(deps, options.office);
  return exportWatchlistCsv(deps, initiator, {
    ...(status ? { status: status as never } : {}),
    ...(officeId ? { officeId } : {}),
  });
}

/** `waspada watchlist import|export`: the shared watchlist in and out of CSV (and XLSX in). */
export function registerWatchlistCommand(program: Command): void {
  const watchlist = program
    .command('watchlist')
    .description('daftar pengawasan bersama / the shared watchlist');
  watchlist
    .command('import')
    .description(
      'impor CSV atau XLSX daftar pengawasan, semua atau tidak sama sekali; setiap baris salah dilaporkan / import a watchlist CSV or XLSX, all or nothing; every bad row is reported',
    )
    .argument(
      '<file>',
      'CSV (id,kind,name,aliases,...) atau XLSX dengan kepala kolom yang sama / CSV or XLSX with the same header',
    )
    .option(
      '--office <code>',
      'kantor pencatat (bawaan: kantor pengguna --as) / listing office (default: the --as user’s office)',
    )
    .option(
      '--as <username>',
      'impor sebagai pengguna ini (bawaan: sistem, entri diusulkan) / import as this user (default: the system, entries proposed)',
    )
    .option(
      '--approved-by <username>',
      'orang kedua yang langsung menyetujui batch (tercatat atas namanya) / a second person (watchlist.approve, listing office, not the --as user) who approves the batch at once; audited under their name',
    )
    .option(
      '--sharing-scope <scope>',
      'cakupan berbagi / office, kanwil, agreement (default) or national',
    )
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .action(async (file: string, options: WatchlistImportOptions) => {
      const summary = await withDatabase(options, 'watchlist import', (deps) =>
        runWatchlistImport(deps, file, options),
      );
      process.stdout.write(summary);
    });
  watchlist
    .command('export')
    .description(
      'ekspor daftar pengawasan sebagai CSV format impor (bawaan: entri aktif) / export the watchlist as CSV in the import format (default: active entries)',
    )
    .option(
      '--out <file>',
      'tulis ke berkas, bukan keluaran standar / write to a file instead of standard output',
    )
    .option(
      '--office <code>',
      'hanya entri kantor pencatat ini / only entries of this listing office',
    )
    .option(
      '--as <username>',
      'hanya yang boleh dilihat pengguna ini (bawaan: semua) / only what this user may see (default: everything)',
    )
    .option(
      '--status <list>',
      'status, dipisah koma (bawaan: active) / comma-separated statuses (default: active)',
    )
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .action(async (options: WatchlistExportOptions) => {
      const { csv, count } = await withDatabase(options, 'watchlist export', (deps) =>
        runWatchlistExport(deps, options),
      );
      if (options.out === undefined) process.stdout.write(csv);
      else {
        await writeFile(options.out, csv, 'utf8');
        process.stderr.write(`exported ${count} entries to ${options.out}\n`);
      }
    });
}
