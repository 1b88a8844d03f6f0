import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEEDS_DIR } from '../../src/server/modules/news/news-demo.ts';
import {
  demoUser,
  hasChromium,
  openFromNav,
  openPage,
  signInThroughForm,
  snap,
  startWorld,
  E2E_DATABASES,
  type E2eWorld,
} from './e2e-support.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OWN_ARTICLES = path.resolve(HERE, '../../src/server/modules/news/testdata');

/** The two seed reports when they are beside the repository, else two reports of our own. */
function uploadFiles(): string[] {
  if (fs.existsSync(SEEDS_DIR)) {
    return fs
      .readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(SEEDS_DIR, f));
  }
  return ['desa-binaan-kabar.txt', 'desa-binaan-warta.txt'].map((f) => path.join(OWN_ARTICLES, f));
}

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `news monitoring in Chromium [${database}]`,
    { timeout: 180_000 },
    () => {
      let world: E2eWorld;
      let url: string;
      let eventPath = '';

      beforeAll(async () => {
        world = await startWorld(database);
        url = world.server.url;
        // The demo already holds the seed event and fosters Dempo Makmur: this flow starts from
        // an empty inbox and an unregistered village, as an analyst would meet them.
        const db = world.server.deps.database.db;
        await db.deleteFrom('news_leads').execute();
        await db.deleteFrom('news_event_places').execute();
        await db.deleteFrom('news_event_articles').execute();
        await db.deleteFrom('news_events').execute();
        await db.deleteFrom('news_articles').execute();
        await db.deleteFrom('desa_binaan').where('region_code', '=', '16.72.01.1018').execute();
      }, 240_000);

      afterAll(async () => {
        await world?.close();
      });

      async function signOut(page: Page): Promise<void> {
        await page.getByRole('button', { name: 'Keluar' }).click();
        await page.getByRole('heading', { name: 'Masuk ke Waspada' }).waitFor();
        await page.context().close();
      }

      it('lets an analyst upload two reports, see them as one event with highlighted facts, and name a perpetrator', async () => {
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'intel_analyst'));
        await openFromNav(page, 'Berita');
        await page.getByRole('link', { name: 'Masukkan berita' }).click();
        await page.getByLabel('Berkas').setInputFiles(uploadFiles());
        await page.getByRole('button', { name: 'Unggah' }).click();
        const result = page.getByTestId('ingest-result');
        await result.waitFor();
        expect(await result.textContent()).toContain('2 disimpan');
        await snap(page, 'news-01-upload');
        const links = result.getByRole('link', { name: 'Buka peristiwa' });
        expect(await links.count()).toBe(2);
        const first = await links.nth(0).getAttribute('href');
        expect(await links.nth(1).getAttribute('href')).toBe(first);
        await links.nth(0).click();

        await page.getByRole('heading', { level: 2, name: 'Usulan dari peristiwa ini' }).waitFor();
        eventPath = new URL(page.url()).pathname + new URL(page.url()).search;
        expect(await page.getByTestId('news-article').count()).toBe(2);
        const place = page.locator('mark[data-kind="place"]', { hasText: 'Dempo Makmur' }).first();
        expect(await place.getAttribute('title')).toContain('16.72.01.1018');
        const office = page.locator('mark[data-kind="office"]', {
          hasText: 'Kantor Imigrasi Kelas II Non TPI Muara Enim',
        });
        expect(await office.count()).toBeGreaterThan(0);
        expect(await page.locator('mark[data-kind="date"]').count()).toBeGreaterThan(0);
        const lead = page.getByTestId('lead-desa_binaan');
        expect(await lead.textContent()).toContain('16.72.01.1018');
        expect(await lead.textContent()).toContain('Muara Enim');
        // An analyst may not register villages: the Desa Binaan lead offers no decision here.
        expect(await lead.getByRole('button', { name: 'Terima usulan' }).count()).toBe(0);
        await snap(page, 'news-02-event');

        await page.getByRole('button', { name: 'Usulkan pelaku' }).click();
        const dialog = page.getByRole('dialog', { name: 'Usulkan pelaku ke daftar pengawasan' });
        await dialog.getByRole('button', { name: 'Simpan usulan' }).click();
        await dialog.locator('.field__error').first().waitFor();
        await dialog.getByLabel('Jenis').selectOption('phone');
        await dialog.getByLabel('Nomor telepon (satu per baris)').fill('0812-3456-7890');
        await dialog
          .getByLabel('Catatan')
          .fill('Nomor perekrut yang disebut warga saat sosialisasi');
        await dialog.getByRole('button', { name: 'Simpan usulan' }).click();
        const proposed = page.getByTestId('lead-watchlist');
        await proposed.waitFor();
        await proposed.getByRole('button', { name: 'Terima usulan' }).click();
        await proposed.getByText(/Tertaut ke WL-/).waitFor();
        await snap(page, 'news-03-watchlist');
        await signOut(page);
      });

      it('lets the Kanwil head accept the Desa Binaan lead, registering Dempo Makmur linked to the event', async () => {
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'head'));
        await page.goto(`${url}${eventPath}`);
        const lead = page.getByTestId('lead-desa_binaan');
        await lead.getByRole('button', { name: 'Terima usulan' }).click();
        const link = lead.getByRole('link', { name: /Tertaut ke .*16\.72\.01\.1018/ });
        await link.waitFor();
        expect(await lead.textContent()).toContain('Diterima');
        await snap(page, 'news-04-accepted');
        await link.click();
        await page.getByRole('heading', { level: 1, name: /Dempo Makmur/ }).waitFor();
        const row = await world.server.deps.database.db
          .selectFrom('desa_binaan')
          .select(['source_reference', 'formed_on'])
          .where('region_code', '=', '16.72.01.1018')
          .executeTakeFirstOrThrow();
        expect(row.source_reference).toMatch(/^news-event:/);
        expect(row.formed_on).toBe('2024-05-08');
        await signOut(page);
      });

      it('pages the inbox past the first 50 events, keeping the type filter', async () => {
        const db = world.server.deps.database.db;
        // 55 events of a type neither the demo seeds nor the uploads above carry, one a day from
        // 1 January 2026, and 3 of another type.
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
        await db
          .insertInto('news_events')
          .values([
            ...Array.from({ length: 55 }, (_, i) => ({
              title: `Peristiwa uji halaman ${String(i + 1).padStart(2, '0')}`,
              first_published: day(i).slice(0, 10),
              types: ['PERBUDAKAN_LAINNYA'],
              article_count: 1,
              updated_at: day(i),
            })),
            ...Array.from({ length: 3 }, (_, i) => ({
              title: `Peristiwa uji jenis lain ${i + 1}`,
              first_published: day(i).slice(0, 10),
              types: ['ABK_PERIKANAN'],
              article_count: 1,
              updated_at: day(i),
            })),
          ])
          .execute();
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'intel_analyst'));
        await openFromNav(page, 'Berita');
        await page.getByLabel('Jenis TPPO').selectOption('PERBUDAKAN_LAINNYA');
        await page.getByRole('button', { name: 'Terapkan' }).click();
        const count = page.getByTestId('news-inbox-count');
        await count.getByText('Menampilkan 50 dari 55 peristiwa').waitFor();
        const rows = page.getByTestId('news-inbox').locator('tbody tr');
        expect(await rows.count()).toBe(50);
        // The newest first: the last of the first page is event 06.
        expect(await rows.nth(49).locator('th a').textContent()).toBe('Peristiwa uji halaman 06');

        await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
        await count.getByText('Menampilkan 55 dari 55 peristiwa').waitFor();
        expect(await rows.count()).toBe(55);
        const titles = await rows.locator('th a').allTextContents();
        expect(new Set(titles).size).toBe(55);
        expect(titles.every((title) => title.startsWith('Peristiwa uji halaman'))).toBe(true);
        expect(titles.at(-1)).toBe('Peristiwa uji halaman 01');
        // Focus moves to the first event of the new page; nothing is left to load.
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
          'Peristiwa uji halaman 05',
        );
        expect(await page.getByRole('button', { name: 'Muat lebih banyak' }).count()).toBe(0);
        expect(await page.getByLabel('Jenis TPPO').inputValue()).toBe('PERBUDAKAN_LAINNYA');
        await snap(page, 'news-05-inbox-paged');
        await signOut(page);
      });
    },
  );
