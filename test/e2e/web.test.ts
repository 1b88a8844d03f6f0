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
  totpCode,
  type E2eWorld,
} from './e2e-support.ts';

if (!hasChromium) {
  console.warn(
    'Browser tests skipped: /usr/bin/chromium is not installed (apt-get install chromium).',
  );
}

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `the web app in Chromium [${database}]`,
    { timeout: 120_000 },
    () => {
      let world: E2eWorld;
      let url: string;
      let createdAuditor: { username: string; password: string } | null = null;
      let agreementId = '';

      beforeAll(async () => {
        world = await startWorld(database);
        url = world.server.url;
      }, 180_000);

      afterAll(async () => {
        await world?.close();
      });

      async function signOut(page: Page): Promise<void> {
        await page.getByRole('button', { name: 'Keluar' }).click();
        await page.getByRole('heading', { name: 'Masuk ke Waspada' }).waitFor();
        await page.context().close();
      }

      it('signs an administrator in with TOTP and lets them create a user whose temporary password shows once', async () => {
        const admin = demoUser(world, 'administrator');
        expect(admin.totpSecret).toBeTruthy();
        const page = await openPage(world);
        await page.goto(url);
        await snap(page, '01-sign-in');
        await signInThroughForm(page, url, admin);
        const heading = await page.getByRole('heading', { level: 1 }).textContent();
        expect(heading).toContain('Selamat datang');
        await snap(page, '02-home-admin');

        await openFromNav(page, 'Pengguna');
        await page.getByRole('table').waitFor();
        await snap(page, '03-users');
        await page.getByRole('button', { name: 'Tambah pengguna' }).click();
        const dialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
        await dialog.getByLabel('Nama pengguna').fill('auditor.baru');
        await dialog.getByLabel('Nama lengkap').fill('Auditor Baru');
        await dialog.getByLabel('Kantor').selectOption({ label: 'Kanwil Lampung' });
        await dialog.getByLabel('Peran').selectOption({ label: 'Auditor' });
        await snap(page, '04-create-user-dialog');
        await dialog.getByRole('button', { name: 'Simpan' }).click();
        const temporary = dialog.getByTestId('temporary-password');
        await temporary.waitFor();
        const password = (await temporary.textContent())?.trim() ?? '';
        expect(password.length).toBeGreaterThanOrEqual(12);
        await snap(page, '05-temporary-password');
        createdAuditor = { username: 'auditor.baru', password };
        await dialog.getByRole('button', { name: 'Tutup' }).first().click();
        await page.getByRole('cell', { name: 'Auditor Baru' }).waitFor();

        // Bad input: the server's Indonesian message appears next to the username field.
        await page.getByRole('button', { name: 'Tambah pengguna' }).click();
        const again = page.getByRole('dialog', { name: 'Tambah pengguna' });
        // An empty submit names every missing field at once, in words, by the field's label.
        await again.getByRole('button', { name: 'Simpan' }).click();
        const fullNameField = again.locator('.field', { has: page.getByLabel('Nama lengkap') });
        await fullNameField.locator('.field__error').waitFor();
        expect(await fullNameField.locator('.field__error').textContent()).toBe('Wajib diisi.');
        const summary = again.getByRole('alert');
        await summary.getByText('Nama lengkap: Wajib diisi.').waitFor();
        const lines = await summary.locator('li').allTextContents();
        expect(lines).toContain('Nama lengkap: Wajib diisi.');
        expect(lines.some((l) => l.startsWith('Nama pengguna 3-40 karakter'))).toBe(true);
        expect(lines.join(' ')).not.toMatch(/diharapkan|Terlalu|expected/);
        expect(await summary.getByText('Periksa isian yang ditandai.').count()).toBe(1);
        await again.getByLabel('Nama pengguna').fill('Nama Salah!');
        await again.getByLabel('Nama lengkap').fill('Pengguna Keliru');
        await again.getByRole('button', { name: 'Simpan' }).click();
        const usernameField = again.locator('.field', { has: page.getByLabel('Nama pengguna') });
        const message = await usernameField.locator('.field__error').textContent();
        expect(message).toContain('Nama pengguna 3-40 karakter');
        expect(await again.getByLabel('Nama pengguna').getAttribute('aria-invalid')).toBe('true');
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
        expect(focused).toBe('username');
        await snap(page, '06-create-user-invalid');
        await page.keyboard.press('Escape');
        await again.waitFor({ state: 'hidden' });
        await signOut(page);
      });

      it('makes a new auditor enrol TOTP at first sign-in by typing the secret shown', async () => {
        expect(createdAuditor).not.toBeNull();
        const account = createdAuditor ?? { username: '', password: '' };
        const page = await openPage(world);
        await page.goto(url);
        await page.getByLabel('Nama pengguna').fill(account.username);
        await page.getByLabel('Kata sandi').fill(account.password);
        await page.getByRole('button', { name: 'Masuk' }).click();
        await page.getByRole('heading', { name: 'Aktifkan verifikasi dua langkah' }).waitFor();
        const secretText = (await page.locator('.totp-secret').textContent()) ?? '';
        const secret = secretText.replace(/\s+/g, '');
        expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
        expect(
          await page.getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' }).count(),
        ).toBe(1);
        await snap(page, '07-totp-enrolment');
        await page.getByLabel('Kode 6 digit').fill(await totpCode(secret));
        await page.getByRole('button', { name: 'Konfirmasi' }).click();
        // A temporary password sends the user to the account page to change it.
        await page
          .getByRole('heading', { name: 'Akun', level: 1 })
          .waitFor({ timeout: 30_000 })
          .catch(async (error: unknown) => {
            // Say what the page showed instead, so a failure here can be understood.
            const shown = await page.locator('main, [role=dialog], [role=alert]').allInnerTexts();
            throw new Error(`account page not shown; page: ${shown.join(' | ').slice(0, 800)}`, {
              cause: error,
            });
          });
        expect(await page.getByText('Verifikasi dua langkah aktif.').count()).toBe(1);
        const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
        expect(await nav.getByRole('link', { name: 'Log Audit' }).count()).toBe(1);
        expect(await nav.getByRole('link', { name: 'Pengguna' }).count()).toBe(1);
        await snap(page, '08-account');
        await signOut(page);
      });

      it('lets the heads of both Kanwil propose and approve an agreement until it is active', async () => {
        const headA = demoUser(world, 'head', 'Sumatera Selatan');
        const headB = demoUser(world, 'head', 'Lampung');
        const page = await openPage(world);
        await signInThroughForm(page, url, headA);
        await openFromNav(page, 'Perjanjian Berbagi Data');
        await page.getByRole('table').waitFor();
        await snap(page, '09-agreements');
        await page.getByRole('button', { name: 'Usulkan perjanjian' }).click();
        const dialog = page.getByRole('dialog', { name: 'Usulkan perjanjian berbagi data' });
        await dialog.getByLabel('Judul').fill('Uji berbagi daftar pengawasan');
        await dialog.getByRole('checkbox', { name: 'Kanwil Sumatera Selatan' }).check();
        await dialog.getByRole('checkbox', { name: 'Kanwil Lampung' }).check();
        await dialog.getByRole('checkbox', { name: 'Daftar pengawasan' }).check();
        await dialog.getByRole('checkbox', { name: 'Peringatan' }).check();
        await dialog.getByLabel('Uraian').fill('Konfigurasi uji coba.');
        await snap(page, '10-propose');
        await dialog.getByRole('button', { name: 'Usulkan perjanjian' }).click();
        await page
          .getByRole('heading', { name: 'Uji berbagi daftar pengawasan', level: 1 })
          .waitFor();
        agreementId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
        expect(agreementId).toMatch(/^[0-9a-f-]{36}$/);
        await page.getByRole('button', { name: 'Setujui untuk pihak saya' }).click();
        await page
          .getByText('1 dari 2 pihak menyetujui')
          .or(page.getByText('Disetujui oleh'))
          .first()
          .waitFor();
        expect(await page.locator('.page__head .badge').textContent()).toBe('Draf');
        await signOut(page);

        const pageB = await openPage(world);
        await signInThroughForm(pageB, url, headB);
        await openFromNav(pageB, 'Perjanjian Berbagi Data');
        await pageB.getByRole('link', { name: 'Uji berbagi daftar pengawasan' }).click();
        await pageB.getByRole('button', { name: 'Setujui untuk pihak saya' }).click();
        await pageB.locator('.page__head .badge', { hasText: 'Aktif' }).waitFor();
        expect(await pageB.getByText('Menunggu persetujuan').count()).toBe(0);
        await snap(pageB, '11-agreement-active');
        await signOut(pageB);
      });

      it('lets the auditor find the audit entry the approval left', async () => {
        expect(agreementId).not.toBe('');
        const auditor = demoUser(world, 'auditor');
        const page = await openPage(world);
        await signInThroughForm(page, url, auditor);
        // Keyboard: the first Tab reaches the skip link, and Enter on it lands in the main content.
        await page.reload();
        await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
          'Lewati ke konten utama',
        );
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
        await openFromNav(page, 'Log Audit');
        await page.getByLabel('Awalan tindakan').fill('sharing.approve');
        await page.getByLabel('ID sasaran').fill(agreementId);
        await page.getByLabel('ID sasaran').press('Enter');
        const rows = page.locator('tr.audit-row');
        await rows.first().waitFor();
        expect(await rows.count()).toBe(2);
        expect(await rows.first().textContent()).toContain('sharing.approve');
        await rows.first().getByRole('button').click();
        const detail = page.locator('tr.audit-detail').first();
        expect(await detail.locator('.hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
        await snap(page, '12-audit');
        await page.getByRole('button', { name: 'Verifikasi rantai hash' }).click();
        await page.getByRole('status').getByText('Rantai utuh').waitFor();

        for (const [label, name] of [
          ['Kantor', '13-offices'],
          ['Peran', '14-roles'],
          ['Notifikasi', '15-notifications'],
          ['Beranda', '16-home-auditor'],
        ] as const) {
          await openFromNav(page, label);
          await page.waitForLoadState('networkidle');
          await snap(page, name);
        }
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { name: /^Welcome,/ }).waitFor();
        await snap(page, '17-home-english');
        // The switch saved the preference: a reload comes back in English.
        await page.waitForLoadState('networkidle');
        await page.reload();
        await page.getByRole('heading', { name: /^Welcome,/ }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      });

      it("keeps the language chosen on the sign-in page and saves it as the user's", async () => {
        const officer = demoUser(world, 'counter_officer', 'Muara Enim');
        const page = await openPage(world);
        await page.goto(url);
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByLabel('Username').fill(officer.username);
        await page.getByLabel('Password').fill(officer.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        if (officer.totpSecret) {
          await page.getByLabel('6-digit code').fill(await totpCode(officer.totpSecret));
          await page.getByRole('button', { name: 'Verify' }).click();
        }
        await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
        await page.waitForLoadState('networkidle');
        await page.context().close();

        // Saved for the user: a browser that never chose a language opens in English after sign-in.
        const other = await openPage(world);
        await other.goto(url);
        await other.getByLabel('Nama pengguna').fill(officer.username);
        await other.getByLabel('Kata sandi').fill(officer.password);
        await other.getByRole('button', { name: 'Masuk' }).click();
        if (officer.totpSecret) {
          await other.getByLabel('Kode 6 digit').fill(await totpCode(officer.totpSecret));
          await other.getByRole('button', { name: 'Verifikasi' }).click();
        }
        await other.getByRole('navigation', { name: 'Main navigation' }).waitFor();
        expect(await other.evaluate(() => document.documentElement.lang)).toBe('en');
        await other.context().close();
      });
    },
  );
