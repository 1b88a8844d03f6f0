import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `office administration in Chromium [${database}]`,
    { timeout: 120_000 },
    () => {
      let world: E2eWorld;
      let url: string;

      beforeAll(async () => {
        world = await startWorld(database);
        url = world.server.url;
      }, 180_000);

      afterAll(async () => {
        await world?.close();
      });

      it('lets an administrator create a Kanim, naming a bad field, and add a regency to its coverage', async () => {
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'administrator'));
        await openFromNav(page, 'Kantor');
        await page.getByRole('table').waitFor();

        await page.getByRole('button', { name: 'Tambah kantor' }).click();
        const dialog = page.getByRole('dialog', { name: 'Tambah kantor' });
        await dialog.getByLabel('Jenis').selectOption({ label: 'Kanim' });
        await dialog.getByLabel('Induk').selectOption({ label: 'Kanwil Lampung' });
        await dialog.getByLabel('Nama', { exact: true }).fill('Kantor Imigrasi Kotabumi');
        await dialog.getByLabel('Nama singkat').fill('Kanim Kotabumi');
        await dialog.getByLabel('Kode').fill('kanim kotabumi');
        await dialog.getByLabel('Kelas').fill('Kelas III Non TPI');
        await dialog.getByLabel('Zona waktu').selectOption({ label: 'WIB' });
        await dialog.getByRole('button', { name: 'Simpan' }).click();

        // The server's message in Bahasa Indonesia sits under the code field, which gets focus.
        const code = dialog.getByLabel('Kode');
        await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
        const describedBy = (await code.getAttribute('aria-describedby')) ?? '';
        const message = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
        expect(message).toContain('huruf besar');
        await snap(page, 'offices-01-bad-code');
        const db = world.server.deps.database.db;
        const before = await db
          .selectFrom('offices')
          .select('id')
          .where('name', '=', 'Kantor Imigrasi Kotabumi')
          .execute();
        expect(before).toEqual([]);

        await code.fill('KANIM-KOTABUMI');
        await dialog.getByRole('button', { name: 'Simpan' }).click();
        await dialog.waitFor({ state: 'detached' });
        const row = page.getByRole('row', { name: /Kantor Imigrasi Kotabumi/ });
        await row.waitFor();
        expect(await row.textContent()).toContain('Kelas III Non TPI');

        await page.getByRole('button', { name: 'Ubah wilayah kerja: Kanim Kotabumi' }).click();
        const coverage = page.getByRole('dialog', { name: 'Wilayah kerja Kanim Kotabumi' });
        await coverage.getByText('Belum ada wilayah kerja.').waitFor();
        await coverage.getByLabel('Tambah wilayah').fill('Lampung Utara');
        await coverage.getByRole('button', { name: /Kabupaten Lampung Utara.*18\.03/ }).click();
        await coverage.getByRole('button', { name: 'Hapus Kabupaten Lampung Utara' }).waitFor();
        await snap(page, 'offices-02-coverage');
        await coverage.getByRole('button', { name: 'Simpan' }).click();
        await coverage.waitFor({ state: 'detached' });
        await row.getByText('Kabupaten Lampung Utara').waitFor();
        await snap(page, 'offices-03-covered');

        const stored = await db
          .selectFrom('office_coverage')
          .innerJoin('offices', 'offices.id', 'office_coverage.office_id')
          .select(['offices.code', 'offices.time_zone', 'office_coverage.region_code'])
          .where('offices.code', '=', 'KANIM-KOTABUMI')
          .execute();
        expect(stored).toEqual([
          { code: 'KANIM-KOTABUMI', time_zone: 'Asia/Jakarta', region_code: '18.03' },
        ]);
        await page.context().close();
      });

      it('shows the offices to a supervisor without the administration buttons', async () => {
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'supervisor'));
        await openFromNav(page, 'Kantor');
        await page.getByRole('table').waitFor();
        expect(await page.getByRole('button', { name: 'Tambah kantor' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: /Ubah wilayah kerja/ }).count()).toBe(0);
        await page.context().close();
      });
    },
  );
