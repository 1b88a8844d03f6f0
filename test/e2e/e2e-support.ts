import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSync } from 'otplib';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DemoSignIn } from '../../src/server/demo/seed-demo.ts';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropSchemas } from '../../src/server/db/migrate.ts';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_SRC = path.join(ROOT, 'src/web');
const WEB_INDEX = path.join(ROOT, 'dist/web/index.html');

/** Debian's Chromium, which the browser tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when the browser tests can run here. */
export const hasChromium = fs.existsSync(CHROMIUM);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Builds the web app when dist/web is missing or older than any file under src/web. */
export function ensureWebBuilt(): void {
  const built = fs.existsSync(WEB_INDEX) ? fs.statSync(WEB_INDEX).mtimeMs : 0;
  if (built > newestMtime(WEB_SRC)) return;
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** A browser, a demo server on a fresh data directory, and the demo sign-ins. */
export interface E2eWorld {
  browser: Browser;
  server: RunningServer;
  dataDir: string;
  signIns: DemoSignIn[];
  close(): Promise<void>;
}

/** The databases the browser flows run on: embedded always, PostgreSQL when TEST_DATABASE_URL is set. */
export const E2E_DATABASES: ('embedded' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['embedded', 'postgres']
  : ['embedded'];

async function onPostgres(run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** Starts a demo server (embedded or on a fresh PostgreSQL schema) on a free port and launches headless Chromium. */
export async function startWorld(
  database: 'embedded' | 'postgres' = 'embedded',
): Promise<E2eWorld> {
  ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-'));
  const schema = `e2e_${randomBytes(5).toString('hex')}`;
  let server: RunningServer;
  let demoSignIns: DemoSignIn[];
  if (database === 'postgres') {
    await onPostgres((client) => client.query(`CREATE SCHEMA ${schema}`));
    server = await startServer({
      database: { kind: 'postgres', url: process.env.TEST_DATABASE_URL ?? '', schema },
      port: 0,
      demo: false,
      jobs: false,
    });
    demoSignIns = await seedDemo(server.deps);
  } else {
    server = await startServer({ dataDir, port: 0, demo: true, jobs: false });
    demoSignIns = server.demoSignIns;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    server,
    dataDir,
    signIns: demoSignIns,
    close: async () => {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (database === 'postgres') {
        await onPostgres((client) => dropSchemas(client, [schema, `${schema}_boss`]));
      }
    },
  };
}

/** The demo account of a role (the first at the office whose name contains `office`). */
export function demoUser(world: E2eWorld, role: string, office?: string): DemoSignIn {
  const found = world.signIns.find(
    (s) => s.role === role && (office === undefined || s.office.includes(office)),
  );
  if (!found) throw new Error(`no demo user with role ${role}${office ? ` at ${office}` : ''}`);
  return found;
}

/** A fresh page in its own browser context (its own cookies and storage), 1280×860. */
export async function openPage(world: E2eWorld): Promise<Page> {
  const context = await world.browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'id-ID',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  // Fail a step well before the test's own timeout, so the report names the step.
  page.setDefaultTimeout(15_000);
  return page;
}

/** The current TOTP code of a secret. */
export async function totpCode(secret: string): Promise<string> {
  // A code typed in the last seconds of its 30-second step may reach a busy server in the next
  // step; the server accepts one step back, but a slow round trip could go further: wait instead.
  const intoStep = (Date.now() / 1000) % 30;
  if (intoStep > 26)
    await new Promise((resolve) => setTimeout(resolve, (30 - intoStep) * 1000 + 100));
  return generateSync({ secret });
}

/** Signs in through the form, answering the TOTP step when the account has a secret. */
export async function signInThroughForm(
  page: Page,
  url: string,
  account: { username: string; password: string; totpSecret?: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Nama pengguna').fill(account.username);
  await page.getByLabel('Kata sandi').fill(account.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  if (account.totpSecret) {
    await page.getByRole('heading', { name: 'Kode verifikasi' }).waitFor();
    await page.getByLabel('Kode 6 digit').fill(await totpCode(account.totpSecret));
    await page.getByRole('button', { name: 'Verifikasi' }).click();
  }
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}

/** Saves a full-page screenshot under the system temp directory (never committed). */
export async function snap(page: Page, name: string): Promise<string> {
  const dir = path.join(os.tmpdir(), 'waspada-screens');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Goes to a page through the left navigation, as a user would. */
export async function openFromNav(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: label })
    .click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
