import type { Command } from 'commander';
import { z } from 'zod';
import type { RegionCandidate, RegionLevel } from '../regions/index.ts';
import { CliError } from './cli-error.ts';
import { regionNoteId } from './region-notes.ts';

const LEVELS = ['provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] as const;

const findOptionsSchema = z.object({
  json: z.boolean().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  within: z.string().trim().min(1).optional(),
  level: z.array(z.enum(LEVELS)).optional(),
});

/** Formats candidates as an aligned table: score, code, level, name, parents root first, notes. */
export function formatCandidateTable(candidates: readonly RegionCandidate[]): string {
  if (candidates.length === 0) return 'tidak ada kandidat / no candidates\n';
  const rows = candidates.map((c) => [
    c.score.toFixed(3),
    c.code,
    c.level,
    c.name,
    c.parents.map((p) => p.name).join(' › '),
    c.notes.map(regionNoteId).join(' | '),
  ]);
  const header = ['skor', 'kode', 'tingkat', 'nama', 'induk', 'catatan'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** `waspada regions find "<text>"`: official region candidates for a free-text place. */
export function registerRegionsCommand(program: Command): void {
  const regions = program
    .command('regions')
    .description(
      'kode wilayah resmi Kemendagri / official Kemendagri region codes (idn-area-data 4.0.1)',
    );
  regions
    .command('find')
    .description(
      'kandidat wilayah untuk nama tempat / candidates for a place such as "Desa Bumidaya, Kec. Palas, Kab. Lampung Selatan"',
    )
    .argument(
      '<text>',
      'nama tempat, rangkaian nama, atau kode wilayah / place name, chain of names, or region code',
    )
    .option(
      '--json',
      'cetak larik JSON kandidat, terbaik dahulu / print a JSON array of candidates, best first',
    )
    .option('--limit <n>', 'jumlah kandidat maksimum / maximum number of candidates (1-100)', '10')
    .option(
      '--within <code>',
      'hanya wilayah di dalam kode ini / only regions inside this region code',
    )
    .option('--level <level...>', `hanya tingkat ini / only these levels (${LEVELS.join(', ')})`)
    .action(async (text: string, rawOptions: unknown) => {
      const parsed = findOptionsSchema.safeParse(rawOptions);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CliError(
          `invalid --${String(issue?.path[0] ?? 'option')}: ${issue?.message ?? ''}`,
          2,
        );
      }
      const options = parsed.data;
      const { loadRegions } = await import('../regions/index.ts');
      const index = await loadRegions();
      if (options.within !== undefined && !index.isValidCode(options.within)) {
        throw new CliError(`unknown region code for --within: ${options.within}`, 2);
      }
      const levels: RegionLevel[] | undefined = options.level;
      const candidates = index.find(text, {
        limit: options.limit,
        ...(options.within !== undefined ? { within: options.within } : {}),
        ...(levels !== undefined ? { levels } : {}),
      });
      process.stdout.write(
        options.json
          ? `${JSON.stringify(candidates, null, 2)}\n`
          : formatCandidateTable(candidates),
      );
    });
}
