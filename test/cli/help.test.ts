import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe('waspada --version and --help', () => {
  it('prints the product version', async () => {
    const res = await runCli(['--version']);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toBe(packageVersion);
  });

  it('describes every command and option in Indonesian and English', async () => {
    const pages = await Promise.all(
      [[], ['watchlist', 'import'], ['regions', 'find'], ['user', 'create'], ['serve']].map(
        async (args) => (await runCli([...args, '--help'])).stdout,
      ),
    );
    for (const page of pages) {
      // Each described command or option: a line that starts an entry and carries text.
      const entries = page
        .replace(/\n\s{10,}/g, ' ')
        .split('\n')
        .filter((line) => /^\s{2}\S/.test(line) && /\s{2,}\S/.test(line.trim()));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(entry, entry).toContain(' / ');
    }
    expect(pages.join('\n')).not.toMatch(/daftar pantauan/);
    expect(pages[0]).toMatch(/daftar pengawasan/);
  });
});
