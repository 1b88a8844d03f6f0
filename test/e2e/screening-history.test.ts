import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

/** Today in Western Indonesia (the Muara Enim office's zone), as a date field takes it. */
function todayWib(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

async function screen(
  page: Page,
  person: { name: string; birthDate: string; sex: 'L' | 'P'; country: string; oneWay: boolean },
): Promise<void> {
  await page.getByRole('button', { name: 'Formulir baru' }).click();
  await page.getByLabel('Nama lengkap').fill(person.name);
  await page.getByLabel('Tanggal lahir').fill(person.birthDate);
  await page.getByLabel('Jenis kelamin').selectOption(person.sex);
  await page.getByLabel('Negara tujuan').fill(person.country);
  await page.getByLabel('Negara tujuan').press('Enter');
  await page.getByLabel('Tujuan perjalanan').selectOption('wisata');
  if (person.oneWay) await page.getByLabel('Baru pertama kali ke luar negeri').check();
  else await page.getByLabel('Memiliki tiket pulang').check();
  await page.getByLabel('Nama lengkap').press('Enter');
  await page.getByTestId('screening-result').locator('.outcome--large').waitFor();
}

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `the screening history in Chromium [${database}]`,
    { timeout: 180_000 },
    () => {
      let world: E2eWorld;

      beforeAll(async () => {
        world = await startWorld(database);
      }, 180_000);

      afterAll(async () => {
        await world?.close();
      });

      it('finds a TUNDA decided at the counter by its filters, opens it and replays it to the same result', async () => {
        const officer = demoUser(world, 'counter_officer', 'Muara Enim');
        const page = await openPage(world);
        await signInThroughForm(page, world.server.url, officer);

        // Two screenings: a one-way first trip to Cambodia (TUNDA, decided), a return trip to Japan.
        await openFromNav(page, 'Layar Pemeriksaan');
        await screen(page, {
          name: 'Wulan Anggraini',
          birthDate: '2000-08-17',
          sex: 'P',
          country: 'KH',
          oneWay: true,
        });
        const result = page.getByTestId('screening-result');
        expect(await result.locator('.outcome--large').getAttribute('data-outcome')).toBe('TUNDA');
        await result.getByRole('button', { name: /^Putuskan/ }).click();
        const dialog = page.getByRole('dialog', { name: 'Keputusan petugas' });
        await dialog.getByLabel('Kategori alasan').selectOption('dugaan_tppo');
        await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
        await dialog.waitFor({ state: 'hidden' });
        expect(await result.getByTestId('decision-status').textContent()).toBe('Final');
        await screen(page, {
          name: 'Agus Salim',
          birthDate: '1980-01-05',
          sex: 'L',
          country: 'JP',
          oneWay: false,
        });

        await openFromNav(page, 'Riwayat pemeriksaan');
        const table = page.getByTestId('history-table');
        await table.getByRole('link', { name: 'Agus Salim' }).waitFor();
        expect(await table.getByRole('link', { name: 'Wulan Anggraini' }).count()).toBe(1);

        // An end before the start: the API's message stands beside the field it names.
        const today = todayWib();
        await page.getByLabel('Dari tanggal').fill(today);
        await page.getByLabel('Sampai tanggal').fill('2020-01-01');
        await page.getByRole('button', { name: 'Terapkan' }).click();
        const to = page.locator('.field:has([name="to"])');
        await to.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.').waitFor();
        expect(await page.getByLabel('Sampai tanggal').getAttribute('aria-invalid')).toBe('true');

        // Today in the office's calendar, TUNDA, part of the name.
        await page.getByLabel('Sampai tanggal').fill(today);
        await page.getByLabel('Rekomendasi').selectOption('TUNDA');
        await page.getByLabel('Nama, NIK, atau nomor paspor').fill('anggrai');
        await page.getByRole('button', { name: 'Terapkan' }).click();
        await page.waitForURL(/recommendation=TUNDA/);
        await table.getByRole('link', { name: 'Agus Salim' }).waitFor({ state: 'detached' });
        const rows = table.locator('tbody tr');
        expect(await rows.count()).toBe(1);
        const row = rows.first();
        expect(await row.getByTestId('history-decision-status').textContent()).toBe('Final');
        expect(await row.textContent()).toContain('TUNDA berjalan');
        expect(await row.textContent()).toMatch(/WIB/);
        expect(new URL(page.url()).searchParams.get('q')).toBe('anggrai');
        await snap(page, '41-history-filtered');

        // Keyboard: the name is a link that Enter opens.
        await row.getByRole('link', { name: 'Wulan Anggraini' }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: /^Pemeriksaan / }).waitFor();
        expect(
          await page.getByTestId('screening-result').locator('.reason').count(),
        ).toBeGreaterThan(0);
        expect(await page.getByTestId('history-approval').textContent()).toBe('Tidak diperlukan.');

        await page.getByRole('button', { name: 'Putar ulang' }).click();
        const replay = page.getByTestId('replay-result');
        await replay.waitFor();
        expect(await replay.getAttribute('data-same')).toBe('true');
        expect(await replay.textContent()).toMatch(/^Cocok: hasil tersimpan terulang sama/);
        await snap(page, '42-history-detail-replay');

        // Back to the list keeps the filters in the address.
        await page.goBack();
        await page.getByRole('heading', { level: 1, name: 'Riwayat pemeriksaan' }).waitFor();
        expect(await page.getByLabel('Rekomendasi').inputValue()).toBe('TUNDA');
        await page.context().close();
      });
    },
  );
