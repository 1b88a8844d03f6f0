import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliError } from './cli-error.ts';

/** Reads a UTF-8 input file, turning a missing or unreadable file into an input error. */
async function readInput(file: string, label: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw new CliError(`${label} tidak dapat dibaca / cannot read ${file} (${reason})`, 2);
  }
}

/** Registers `waspada match`: batch screening of JSONL queries against a watchlist CSV, no database. */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description(
      'penyaringan batch terhadap daftar pengawasan / batch screening against a watchlist',
    )
    .requiredOption('--watchlist <file>', 'daftar pengawasan CSV / watchlist CSV')
    .requiredOption('--queries <file>', 'kueri JSONL / queries JSONL')
    .option('--out <file>', 'tulis hasil JSONL ke berkas / write JSONL results to a file')
    .action(async (options: { watchlist: string; queries: string; out?: string }) => {
      const [watchlist, queries, { runMatchBatch }] = await Promise.all([
        readInput(options.watchlist, 'Daftar pantauan'),
        readInput(options.queries, 'Kueri'),
        import('../engine/batch/match-batch.ts'),
      ]);
      const result = runMatchBatch(watchlist, queries);
      if (!result.ok) {
        const lines = [
          ...result.errors.watchlist.map(
            (e) => `line ${e.line}: ${options.watchlist}: ${e.message}`,
          ),
          ...result.errors.queries.map((e) => `line ${e.line}: ${options.queries}: ${e.message}`),
        ];
        process.stderr.write(`${lines.join('\n')}\n`);
        throw new CliError(
          `${lines.length} baris tidak valid, tidak ada keluaran / ${lines.length} malformed lines, nothing written`,
          2,
        );
      }
      if (options.out === undefined) process.stdout.write(result.output);
      else await writeFile(options.out, result.output, 'utf8');
    });
}
