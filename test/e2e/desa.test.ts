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

const SEED_TEXT = 'Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda';

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `Desa Binaan in Chromium [${database}]`,
    { timeout: 180_000 },
    () => {
      let world: E2eWorld;
      let url: string;
      let reportPath = '';
      let profilePath = '';

      beforeAll(async () => {
        world = await startWorld(database);
        url = world.server.url;
        // The demo data already fosters Bumi Daya (from the seeds); this flow registers it afresh
        // from the seed's own words, so the demo row is taken out first.
        await world.server.deps.database.db
          .deleteFrom('desa_binaan')
          .where('region_code', '=', '18.01.10.2013')
          .execute();
      }, 240_000);

      afterAll(async () => {
        await world?.close();
      });

      async function signOut(page: Page): Promise<void> {
        await page.getByRole('button', { name: 'Keluar' }).click();
        await page.getByRole('heading', { name: 'Masuk ke Waspada' }).waitFor();
        await page.context().close();
      }

      it('lets a PIMPASA register Bumi Daya from the seed text, log an activity and file a report', async () => {
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'pimpasa', 'Kalianda'));
        await openFromNav(page, 'Desa Binaan');
        await page.getByRole('button', { name: 'Daftarkan Desa Binaan' }).click();
        const dialog = page.getByRole('dialog', { name: 'Daftarkan Desa Binaan' });
        await dialog.getByLabel('Tempat sebagaimana tertulis').fill(SEED_TEXT);
        await dialog.getByRole('button', { name: 'Cari di data resmi' }).click();
        const choice = dialog.getByRole('radio', { name: /Bumi Daya.*18\.01\.10\.2013/ });
        await choice.waitFor();
        expect(await choice.isChecked()).toBe(true);
        await dialog.getByRole('textbox', { name: /^Tanggal pembentukan/ }).fill('2024-03-01');
        await dialog.getByLabel('Ketelitian tanggal pembentukan').selectOption('month');
        await dialog.getByRole('checkbox', { name: 'Daerah kantong pekerja migran' }).check();
        await snap(page, 'desa-01-register');
        await dialog.getByRole('button', { name: 'Daftarkan Desa Binaan' }).click();

        await page.getByRole('heading', { level: 1, name: /Bumi Daya/ }).waitFor();
        profilePath = new URL(page.url()).pathname + new URL(page.url()).search;
        expect(await page.getByTestId('official-name').textContent()).toBe(
          'Desa Bumi Daya (18.01.10.2013)',
        );
        expect(await page.getByText(SEED_TEXT).count()).toBeGreaterThan(0);
        expect(await page.getByText('Maret 2024').count()).toBeGreaterThan(0);
        await snap(page, 'desa-02-profile');

        // An activity dated in the future is refused, with the message next to the date.
        await page.getByRole('button', { name: 'Catat kegiatan' }).click();
        const activity = page.getByRole('dialog', { name: 'Catat kegiatan' });
        await activity.getByLabel('Topik').fill('Migrasi aman dan lowongan kerja palsu');
        await activity.getByLabel('Tanggal pelaksanaan').fill('2099-01-01');
        await activity.getByLabel('Perempuan, usia 18-25').fill('12');
        await activity.getByLabel('Laki-laki, usia 26-45').fill('5');
        await activity.getByRole('button', { name: 'Simpan' }).click();
        const dateField = activity.locator('.field', {
          has: page.getByLabel('Tanggal pelaksanaan'),
        });
        await dateField.locator('.field__error').waitFor();
        expect(await activity.getByLabel('Tanggal pelaksanaan').getAttribute('aria-invalid')).toBe(
          'true',
        );
        await snap(page, 'desa-03-activity-error');
        await activity.getByLabel('Tanggal pelaksanaan').fill('2024-05-20');
        await activity.getByRole('button', { name: 'Simpan' }).click();
        await page.getByRole('dialog', { name: 'Catat kegiatan' }).waitFor({ state: 'hidden' });
        // The period defaults to the last twelve months, so widen it to show the 2024 session.
        await page.getByLabel('Dari tanggal').fill('2024-01-01');
        await page.getByRole('button', { name: 'Terapkan' }).click();
        await page
          .getByRole('rowheader', { name: 'Migrasi aman dan lowongan kerja palsu' })
          .waitFor();

        await page.getByRole('button', { name: 'Catat laporan peringatan dini' }).click();
        const report = page.getByRole('dialog', { name: 'Catat laporan peringatan dini' });
        await report.getByLabel('Yang terlihat').selectOption('perekrut');
        await report.getByLabel('Nama orang 1').fill('Perekrut Contoh');
        await report.getByLabel('Telepon orang 1').fill('0812-3456-7890');
        await report
          .getByLabel('Uraian')
          .fill('Warga melihat perekrut menawarkan kerja di Malaysia.');
        await report.getByRole('button', { name: 'Simpan' }).click();
        await page.getByRole('heading', { level: 1, name: /Laporan LPD-\d{4}-\d{6}/ }).waitFor();
        expect(await page.getByText('+6281234567890').count()).toBeGreaterThan(0);
        reportPath = new URL(page.url()).pathname + new URL(page.url()).search;
        await snap(page, 'desa-04-report');
        await signOut(page);
      });

      it('lets an analyst turn the report into a watchlist proposal with one action', async () => {
        expect(reportPath).toMatch(/^\/desa\?laporan=/);
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'intel_analyst', 'Lampung'));
        await page.goto(`${url}${reportPath}`);
        await page.getByRole('heading', { level: 1, name: /Laporan LPD-/ }).waitFor();
        await page.getByRole('button', { name: 'Jadikan usulan daftar pengawasan' }).click();
        const outcome = page.getByTestId('report-outcome');
        await outcome.getByText(/Usulan daftar pengawasan WL-\d{4}-\d{6} \(diusulkan\)/).waitFor();
        expect(
          await page.getByRole('button', { name: 'Jadikan usulan daftar pengawasan' }).count(),
        ).toBe(0);
        await snap(page, 'desa-05-proposal');
        await signOut(page);
      });

      it('lets the PIMPASA edit a contact and deactivate the village, naming the missing reason', async () => {
        expect(profilePath).not.toBe('');
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'pimpasa', 'Kalianda'));
        await page.goto(`${url}${profilePath}`);
        await page.getByRole('heading', { level: 1, name: /Bumi Daya/ }).waitFor();

        await page.getByRole('button', { name: 'Ubah data desa' }).click();
        let edit = page.getByRole('dialog', { name: 'Ubah kontak, PIMPASA dan status' });
        await edit.getByRole('button', { name: 'Tambah orang' }).click();
        await edit.getByLabel('Nama kontak 1').fill('Suparman');
        await edit.getByLabel('Jabatan kontak 1').fill('Kepala Desa');
        await edit.getByLabel(/^Telepon kontak 1/).fill('0813-7000-1122');
        await edit.getByRole('button', { name: 'Simpan' }).click();
        await edit.waitFor({ state: 'hidden' });
        await page.getByText('Suparman (Kepala Desa) +6281370001122').waitFor();

        // The contact is changed in place; deactivating without a reason names the reason field.
        await page.getByRole('button', { name: 'Ubah data desa' }).click();
        edit = page.getByRole('dialog', { name: 'Ubah kontak, PIMPASA dan status' });
        expect(await edit.getByLabel('Nama kontak 1').inputValue()).toBe('Suparman');
        await edit.getByLabel('Jabatan kontak 1').fill('Sekretaris Desa');
        await edit.getByLabel('Status').selectOption('nonaktif');
        await edit.getByRole('button', { name: 'Simpan' }).click();
        const reason = edit.getByRole('textbox', { name: /^Alasan perubahan status/ });
        const reasonField = edit.locator('.field', {
          has: page.getByRole('textbox', { name: /^Alasan perubahan status/ }),
        });
        await reasonField
          .locator('.field__error')
          .getByText(/Alasan wajib diisi/)
          .waitFor();
        expect(await reason.getAttribute('aria-invalid')).toBe('true');
        await snap(page, 'desa-06-deactivate-error');
        await reason.fill('Desa digabung ke desa induk; pembinaan dialihkan.');
        await edit.getByRole('button', { name: 'Simpan' }).click();
        await edit.waitFor({ state: 'hidden' });
        await page.getByText('Suparman (Sekretaris Desa) +6281370001122').waitFor();
        const status = page
          .locator('dt', { hasText: /^Status$/ })
          .locator('xpath=following-sibling::dd[1]');
        expect(await status.textContent()).toBe('Nonaktif');
        await snap(page, 'desa-07-deactivated');

        const audited = await world.server.deps.database.db
          .selectFrom('audit_log')
          .select(['action', 'reason'])
          .where('action', '=', 'desa.update')
          .where('target_id', '=', new URLSearchParams(profilePath.split('?')[1]).get('id'))
          .orderBy('seq')
          .execute();
        expect(audited.map((a) => a.reason)).toEqual([
          null,
          'Desa digabung ke desa induk; pembinaan dialihkan.',
        ]);
        await signOut(page);
      });
    },
  );
