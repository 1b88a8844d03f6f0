import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.ts';

const HEADER =
  'id,kind,name,aliases,birth_date,sex,nik,passport_numbers,phones,nationality,birth_place,tppo_types,listing,note';

/** The lines of an exported CSV without the demo data's own entries (noted "Data demo"). */
function withoutDemo(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .filter((line) => !line.includes('Data demo'));
}

describe('waspada watchlist', () => {
  let dir: string;
  let data: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'waspada-watchlist-'));
    data = join(dir, 'data');
    const seeded = await runCli(['seed-demo', '--data', data], { timeoutMs: 120_000 });
    expect(seeded.code, seeded.stderr).toBe(0);
  }, 180_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file with bad rows, printing each line, and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        HEADER,
        'w1,person,Rudi Hartono,,1980,L,,,,ID,,KERJA_PAKSA,suspect,Perekrut ke Malaysia',
        'w2,person,Sari,,,,,,0812,,,SCAM,suspect,Perekrut',
        'w3,alien,Tono,,,,,,,,,,suspect,Alasan yang cukup',
      ].join('\n'),
    );
    const result = await runCli(
      ['watchlist', 'import', file, '--as', 'supervisor.muaraenim', '--data', data],
      { timeoutMs: 60_000 },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^line 3: .*tppo_types: Unknown TPPO code: SCAM/m);
    expect(result.stderr).toMatch(/^line 4: kind must be/m);
    expect(result.stderr).toMatch(/2 bad rows; nothing was imported/);
    const exported = await runCli([
      'watchlist',
      'export',
      '--status',
      'proposed,active',
      '--data',
      data,
    ]);
    expect(withoutDemo(exported.stdout)).toEqual([HEADER]);
  }, 120_000);

  it('imports as a user with progress lines, approved at once by a named second person, and exports in the same format', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(
      file,
      [
        HEADER,
        'w1,person,Rudi Hartono,Rudy Hartono,1980-04-01,L,,,0812-5555-0001,ID,Lahat,KERJA_PAKSA,suspect,Perekrut ke Malaysia',
        'w2,phone,,,,,,,+62 813 5555 0002,,,ONLINE_SCAM,suspect,Nomor lowongan kerja palsu',
      ].join('\n'),
    );
    const result = await runCli(
      [
        'watchlist',
        'import',
        file,
        '--as',
        'analis.sumsel',
        '--approved-by',
        'analis2.sumsel',
        '--data',
        data,
      ],
      { timeoutMs: 60_000 },
    );
    expect(result.stderr).toMatch(/imported 2\/2 entries/);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^imported 2 entries as active \(WL-\d{4}-\d{6} \.\. WL-\d{4}-\d{6}\)/,
    );
    const out = join(dir, 'out.csv');
    const exported = await runCli(['watchlist', 'export', '--out', out, '--data', data]);
    expect(exported.code, exported.stderr).toBe(0);
    const lines = withoutDemo(readFileSync(out, 'utf8'));
    expect(lines[0]).toBe(HEADER);
    expect(lines.slice(1).map((l) => l.slice(l.indexOf(',') + 1))).toEqual([
      'person,Rudi Hartono,Rudy Hartono,1980-04-01,L,,,+6281255550001,ID,Lahat,KERJA_PAKSA,suspect,Perekrut ke Malaysia',
      'phone,,,,,,,+6281355550002,,,ONLINE_SCAM,suspect,Nomor lowongan kerja palsu',
    ]);
  }, 120_000);

  it('refuses an approval at import by the importer themselves, before importing', async () => {
    const result = await runCli([
      'watchlist',
      'import',
      join(dir, 'good.csv'),
      '--as',
      'analis.sumsel',
      '--approved-by',
      'analis.sumsel',
      '--data',
      data,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--approved-by: must be a second person/);
  }, 60_000);

  it('refuses an approver of another office, before importing', async () => {
    const result = await runCli([
      'watchlist',
      'import',
      join(dir, 'good.csv'),
      '--as',
      'analis.sumsel',
      '--approved-by',
      'analis2.lampung',
      '--data',
      data,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--approved-by: must be a user of the listing office/);
  }, 60_000);

  it('needs an office when no user is named', async () => {
    const result = await runCli(['watchlist', 'import', join(dir, 'good.csv'), '--data', data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--office: required without --as/);
  }, 60_000);
});
