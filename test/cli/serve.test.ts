import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Each test starts a real server process; a fresh directory is migrated and seeded first.
const SLOW = { timeout: 180_000 };
import { runCli, startServeProcess, type ServeProcess } from '../support/cli.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waspada-serve-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('waspada serve on an embedded data directory', () => {
  let server: ServeProcess | undefined;
  const data = tempDir();

  it(
    'migrates a fresh directory, prints the demo sign-ins and one listening line',
    SLOW,
    async () => {
      server = await startServeProcess(['--data', data, '--port', '0'], {}, 170_000);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.output()).toMatch(/Demo sign-ins/);
      expect(server.output()).toMatch(/^admin\s+\S+\s+administrator\s+.*\s[A-Z2-7]{16,}$/m);
      expect(server.output().match(/listening on/g)).toHaveLength(1);
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', database: { kind: 'embedded' } });
    },
  );

  it('refuses a second server on the same directory, naming the holder', SLOW, async () => {
    const second = await runCli(['serve', '--data', data, '--port', '0']);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/in use by process \d+/);
    expect(second.stderr).toContain('waspada serve');
  });

  it('refuses a command that needs the directory while the server holds it', SLOW, async () => {
    const migrate = await runCli(['migrate', '--data', data]);
    expect(migrate.code).toBe(3);
    expect(migrate.stderr).toMatch(/in use by process/);
    const verify = await runCli(['audit', 'verify', '--data', data]);
    expect(verify.code).toBe(3);
  });

  it('starts again after a crash that left its lock behind', SLOW, async () => {
    expect(server).toBeDefined();
    await server?.stop('SIGKILL');
    expect(fs.existsSync(path.join(data, 'waspada.lock'))).toBe(true);
    const again = await startServeProcess(['--data', data, '--port', '0'], {}, 170_000);
    const res = await fetch(`${again.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await again.stop()).toBe(0);
    expect(fs.existsSync(path.join(data, 'waspada.lock'))).toBe(false);
  });

  it(
    'verifies the audit chain of the stopped directory and migrates nothing new',
    SLOW,
    async () => {
      const verify = await runCli(['audit', 'verify', '--data', data, '--json']);
      expect(verify.code).toBe(0);
      expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
      const migrate = await runCli(['migrate', '--data', data]);
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toMatch(/up to date/);
    },
  );

  it('rejects a malformed port with a clear message', SLOW, async () => {
    const res = await runCli(['serve', '--data', tempDir(), '--port', 'eighty']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--port must be a whole number/);
  });
});
