import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HEADER =
  'id,kind,name,aliases,birth_date,sex,nik,passport_numbers,phones,nationality,birth_place,tppo_types,listing,note';

function runMatch(
  csv: string,
  jsonl: string,
): { status: number | null; stderr: string; out: string; outExists: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-match-'));
  const watchlist = join(dir, 'watchlist.csv');
  const queries = join(dir, 'queries.jsonl');
  const out = join(dir, 'out.jsonl');
  writeFileSync(watchlist, csv);
  writeFileSync(queries, jsonl);
  const result = spawnSync(
    process.execPath,
    ['bin/waspada.js', 'match', '--watchlist', watchlist, '--queries', queries, '--out', out],
    { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );
  const outExists = existsSync(out);
  return {
    status: result.status,
    stderr: result.stderr,
    out: outExists ? readFileSync(out, 'utf8') : '',
    outExists,
  };
}

describe('waspada match', () => {
  it('screens queries against a watchlist and writes JSONL results', () => {
    const csv = `\uFEFF${HEADER}\nw1,person,"H. Djoko Soesilo, S.H.",,1990-03-14,L,,,,ID,,ONLINE_SCAM,suspect,\n`;
    const jsonl =
      '{"id":"q1","name":"Joko Susilo","birth_date":"1990-03-14"}\n{"id":"q2","name":"Siti Aminah"}\n';
    const result = runMatch(csv, jsonl);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      {
        id: 'q1',
        hits: [
          {
            entry_id: 'w1',
            score: expect.any(Number) as number,
            band: 'strong',
            reasons: [
              {
                feature: 'name',
                query: 'Joko Susilo',
                entry: 'H. Djoko Soesilo, S.H.',
                effect: expect.any(Number) as number,
              },
              {
                feature: 'birth_date',
                query: '1990-03-14',
                entry: '1990-03-14',
                effect: expect.any(Number) as number,
              },
            ],
          },
        ],
      },
      { id: 'q2', hits: [] },
    ]);
  });

  it('reports every malformed line, exits with 2 and writes nothing', () => {
    const csv = `${HEADER}\nw1,person,Ahmad,,1990-02-30x,,,,,,,,suspect,\nw2,alien,Budi,,,,,,,,,,suspect,\n`;
    const jsonl = '{"id":"q1","name":"Joko"}\n{"id":"q2"\n{"id":"q3","name":"Siti","sex":"W"}\n';
    const result = runMatch(csv, jsonl);
    expect(result.status).toBe(2);
    expect(result.outExists).toBe(false);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('line '));
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => /^line (\d+):/.exec(line)?.[1])).toEqual(['2', '3', '2', '3']);
  });
});
