import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it, expect } from 'vitest';
import { regionNoteId } from './region-notes.ts';
import { formatCandidateTable } from './regions.command.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/waspada.js', import.meta.url).pathname;

/** Runs `waspada regions find …` in a child process and returns its exit code and output. */
async function findRegions(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'regions', 'find', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('waspada regions find', () => {
  it('prints the candidates as JSON, best first, parents root first', async () => {
    const result = await findRegions(
      'Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda',
      '--json',
      '--limit',
      '3',
    );
    expect(result.code).toBe(0);
    const candidates = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(candidates).toHaveLength(3);
    expect(candidates[0]).toMatchObject({
      code: '18.01.10.2013',
      name: 'Bumi Daya',
      level: 'desa',
      parents: [
        { code: '18', name: 'Lampung', level: 'provinsi' },
        { code: '18.01', name: 'Kabupaten Lampung Selatan', level: 'kabupaten' },
        { code: '18.01.10', name: 'Palas', level: 'kecamatan' },
      ],
    });
    expect(Object.keys(candidates[0] ?? {}).sort()).toEqual([
      'code',
      'level',
      'name',
      'notes',
      'parents',
      'score',
    ]);
    expect(candidates[0]?.notes).toContainEqual(
      expect.stringContaining('"Kalianda" is a kecamatan'),
    );
  });

  it('prints an empty JSON array and exits 0 for an unknown place', async () => {
    const result = await findRegions('Qwxyzzt Zzqqxw', '--json');
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('refuses a limit that is not a positive number', async () => {
    const result = await findRegions('Palas', '--limit', 'lots');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^waspada: invalid --limit/);
  });
});

describe('formatCandidateTable', () => {
  it('aligns one row per candidate under an Indonesian header', () => {
    const table = formatCandidateTable([
      {
        code: '16.72.01.1018',
        name: 'Dempo Makmur',
        level: 'kelurahan',
        parents: [
          { code: '16', name: 'Sumatera Selatan', level: 'provinsi' },
          { code: '16.72', name: 'Kota Pagar Alam', level: 'kota' },
        ],
        score: 0.975,
        notes: ['"Dempo Makmur" is officially a kelurahan, not a desa'],
      },
    ]);
    const [header, row] = table.split('\n');
    expect(header).toMatch(/^skor\s+kode\s+tingkat\s+nama\s+induk\s+catatan$/);
    expect(row).toMatch(
      /^0\.975\s+16\.72\.01\.1018\s+kelurahan\s+Dempo Makmur\s+Sumatera Selatan › Kota Pagar Alam\s+"Dempo Makmur" resminya kelurahan, bukan desa$/,
    );
    expect(header?.indexOf('kode')).toBe(row?.indexOf('16.72'));
  });

  it('words every note of the resolver in Indonesian', () => {
    expect(regionNoteId('"Kec Palas" was not found; ignored')).toBe(
      '"Kec Palas" tidak ditemukan; diabaikan',
    );
    expect(regionNoteId('"Bumi Daya" is spelled "Bumidaya" officially')).toBe(
      '"Bumi Daya" ditulis resmi "Bumidaya"',
    );
    expect(regionNoteId('"Palas" is a kecamatan (18.01.08), not a kabupaten; parent ignored')).toBe(
      '"Palas" adalah kecamatan (18.01.08), bukan kabupaten; induk diabaikan',
    );
    expect(regionNoteId('something else')).toBe('something else');
  });

  it('says so when there is no candidate', () => {
    expect(formatCandidateTable([])).toBe('tidak ada kandidat / no candidates\n');
  });
});
