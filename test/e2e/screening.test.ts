import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/server/modules/users/users.service.ts';
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

if (!hasChromium) {
  console.warn(
    'Browser tests skipped: /usr/bin/chromium is not installed (apt-get install chromium).',
  );
}

const CHECK_WEIGHTS = [7, 3, 1];

function checkDigit(text: string): string {
  let sum = 0;
  [...text].forEach((char, index) => {
    const value = /\d/.test(char)
      ? Number(char)
      : char === '<'
        ? 0
        : char.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
    sum += value * (CHECK_WEIGHTS[index % 3] ?? 1);
  });
  return String(sum % 10);
}

/** A passport MRZ (TD3) with correct check digits, as a scanner would send it. */
function passportMrz(p: {
  surname: string;
  given: string;
  number: string;
  birth: string;
  sex: 'M' | 'F';
  expiry: string;
}): string {
  const line1 = `P<IDN${p.surname}<<${p.given}`.padEnd(44, '<');
  const doc = p.number.padEnd(9, '<');
  const personal = '<'.repeat(14);
  const docPart = doc + checkDigit(doc);
  const birthPart = p.birth + checkDigit(p.birth);
  const expiryPart = p.expiry + checkDigit(p.expiry);
  const personalPart = personal + checkDigit(personal);
  const composite = checkDigit(docPart + birthPart + expiryPart + personalPart);
  const line2 = `${docPart}IDN${birthPart}${p.sex}${expiryPart}${personalPart}${composite}`;
  return `${line1}\n${line2}`;
}

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `screening and the watchlist in Chromium [${database}]`,
    { timeout: 180_000 },
    () => {
      let world: E2eWorld;
      let url: string;
      const secondAnalyst = {
        username: 'analis3.sumsel',
        password: `Uji-${randomBytes(9).toString('base64url')}`,
      };

      beforeAll(async () => {
        world = await startWorld(database);
        url = world.server.url;
        // The demo has one analyst per Kanwil; four-eyes needs a second person of the same office.
        const office = await world.server.deps.database.db
          .selectFrom('offices')
          .select('id')
          .where('code', '=', 'KANWIL-SUMSEL')
          .executeTakeFirstOrThrow();
        await createUser(
          world.server.deps,
          { system: true, name: 'e2e-fixture', requestId: 'e2e-fixture' },
          {
            username: secondAnalyst.username,
            fullName: 'Analis Kedua Sumatera Selatan',
            officeId: office.id,
            role: 'intel_analyst',
            password: secondAnalyst.password,
          },
        );
      }, 180_000);

      afterAll(async () => {
        await world?.close();
      });

      async function signOut(page: Page): Promise<void> {
        await page.getByRole('button', { name: 'Keluar' }).click();
        await page.getByRole('heading', { name: 'Masuk ke Waspada' }).waitFor();
        await page.context().close();
      }

      function field(page: Page, name: string) {
        return page.locator(`.field:has([name="${name}"])`).first();
      }

      it('recommends TUNDA for a first trip to Cambodia on a one-way ticket, sends a LANJUT override to the supervisor, who approves it', async () => {
        const officer = demoUser(world, 'counter_officer', 'Muara Enim');
        const page = await openPage(world);
        await signInThroughForm(page, url, officer);
        await openFromNav(page, 'Layar Pemeriksaan');

        // Keyboard first: Alt+M lands in the MRZ field, Alt+N in the name.
        await page.keyboard.press('Alt+KeyM');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('mrz');
        await page.keyboard.press('Alt+KeyN');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
          'name',
        );

        // A NIK whose province and regency do not exist is flagged beside the field.
        await page.getByLabel('NIK').fill('9999995503010001');
        await field(page, 'nik').getByText('tidak ada dalam daftar wilayah').waitFor();
        await page.getByLabel('NIK').fill('');
        await page.getByLabel('Nama lengkap').fill('Siti Rahayu');
        await page.getByLabel('Tanggal lahir').fill('1999-04-12');
        await page.getByLabel('Jenis kelamin').selectOption('P');
        // The destination is picked from a search: a city finds its country, and a typed text
        // alone is never sent as a code.
        await page.getByLabel('Negara tujuan').fill('Phnom Penh');
        await page.getByRole('button', { name: /^Kamboja \/ Cambodia/ }).click();
        expect(await page.getByLabel('Negara tujuan').inputValue()).toBe('Kamboja');
        await page.getByLabel('Tujuan perjalanan').selectOption('wisata');
        await page.getByLabel('Baru pertama kali ke luar negeri').check();
        await page.getByLabel('Tiket dipesan/dibayar orang lain').check();
        expect(await page.getByLabel('Memiliki tiket pulang').isChecked()).toBe(false);
        // Enter in any input submits the form.
        // Every field reached with Tab is in view and clear of the sticky "Periksa" bar.
        await page.getByLabel('MRZ paspor').focus();
        const hidden: string[] = [];
        for (let step = 0; step < 45; step++) {
          await page.keyboard.press('Tab');
          const covered = await page.evaluate(() => {
            const el = document.activeElement;
            const bar = document.querySelector('.screening-form__submit');
            if (!el || !bar || !el.closest('.screening-form') || bar.contains(el)) return null;
            const r = el.getBoundingClientRect();
            const top = bar.getBoundingClientRect().top;
            return r.top >= 0 && r.bottom <= top + 1 ? null : (el.getAttribute('name') ?? el.id);
          });
          if (covered !== null) hidden.push(covered);
        }
        expect(hidden).toEqual([]);
        await page.getByLabel('Nama lengkap').press('Enter');

        const result = page.getByTestId('screening-result');
        await result.waitFor();
        expect(await result.locator('.outcome--large').getAttribute('data-outcome')).toBe('TUNDA');
        const reasons = result.locator('.reason');
        expect(await reasons.count()).toBeGreaterThanOrEqual(2);
        expect(await result.locator('.reason-list').textContent()).toContain('tiket pulang');
        expect(await result.locator('.reason__basis').first().textContent()).toMatch(/Dasar: \S+/);
        expect(await result.locator('.result__versions').textContent()).toMatch(/paket aturan \S+/);
        expect(await result.getByTestId('result-destination').textContent()).toContain(
          'tujuan Kamboja (KH)',
        );
        expect(await result.textContent()).not.toContain('DOMAIN.md');
        expect(await result.textContent()).toContain(`Petugas: `);
        await snap(page, '21-screening-tunda');

        // Deciding LANJUT, less strict than TUNDA: the dialog says it goes to a supervisor.
        await page.keyboard.press('Alt+KeyK');
        const dialog = page.getByRole('dialog', { name: 'Keputusan petugas' });
        await dialog.waitFor();
        // The dialog opens on the decision, not on its close button.
        await page.waitForFunction(
          () => document.activeElement?.getAttribute('name') === 'decision',
        );
        expect(await dialog.locator('label', { hasText: 'Catatan' }).textContent()).toContain(
          'opsional',
        );
        const ticked = dialog.locator('.checkbox-group input[type="checkbox"]:checked');
        expect(await ticked.count()).toBeGreaterThanOrEqual(2);
        await dialog.getByLabel('LANJUT', { exact: true }).check();
        await dialog.getByTestId('supervisor-warning').waitFor();
        expect(await dialog.getByTestId('supervisor-warning').textContent()).toContain(
          'supervisor',
        );
        expect(await dialog.locator('label', { hasText: 'Catatan' }).textContent()).toBe(
          'Catatan (wajib, min. 10 karakter)',
        );
        await dialog
          .getByLabel('Catatan')
          .fill('Tiket pulang dan surat undangan keluarga ditunjukkan setelah wawancara.');
        await snap(page, '22-decision-dialog');
        await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
        await dialog.waitFor({ state: 'hidden' });
        expect(await result.getByTestId('decision-status').textContent()).toBe(
          'Menunggu persetujuan supervisor',
        );
        await signOut(page);

        const supervisor = demoUser(world, 'supervisor', 'Muara Enim');
        const pageB = await openPage(world);
        await signInThroughForm(pageB, url, supervisor);
        await openFromNav(pageB, 'Antrean Persetujuan');
        await pageB.getByRole('button', { name: 'Tinjau Siti Rahayu' }).click();
        const review = pageB.getByRole('dialog', { name: /^Tinjau keputusan/ });
        await review.getByTestId('screening-result').waitFor();
        expect(await pageB.getByTestId('queue-decided-by').first().textContent()).toContain(
          `(${officer.username})`,
        );
        expect(await review.getByTestId('decided-by').textContent()).toContain(
          `(${officer.username})`,
        );
        await snap(pageB, '23-approval-review');
        await review.getByRole('button', { name: 'Setujui', exact: true }).click();
        await review.waitFor({ state: 'hidden' });
        await pageB.getByText('Tidak ada keputusan yang menunggu persetujuan.').waitFor();
        await signOut(pageB);
      });

      it('lets an analyst propose an entry that a second analyst approves, and a later screening under an old spelling shows both values', async () => {
        const analyst = demoUser(world, 'intel_analyst', 'Sumatera Selatan');
        const page = await openPage(world);
        await signInThroughForm(page, url, analyst);
        await openFromNav(page, 'Daftar Pengawasan');
        await page.getByRole('button', { name: 'Usulkan entri' }).click();
        const dialog = page.getByRole('dialog', { name: 'Usulkan entri daftar pengawasan' });
        // An empty proposal names the missing name and the short reason in one answer.
        await dialog.getByRole('button', { name: 'Usulkan entri' }).click();
        const summary = dialog.getByRole('alert');
        await summary.getByText('Nama wajib diisi.').waitFor();
        expect(await summary.locator('li').allTextContents()).toEqual([
          'Nama wajib diisi.',
          'Alasan pencatatan minimal 10 karakter.',
        ]);
        await dialog.getByLabel('Nama', { exact: true }).fill('Djoko Prasetyo');
        await dialog.getByLabel('Tanggal lahir').fill('1985-03-02');
        await dialog.getByLabel('Jenis kelamin').selectOption('L');
        await dialog.getByRole('checkbox', { name: 'PMI non-prosedural' }).check();
        await dialog
          .getByLabel('Alasan pencatatan')
          .fill('Perekrut calon PMI nonprosedural ke Malaysia menurut laporan BP3MI.');
        await snap(page, '24-watchlist-propose');
        await dialog.getByRole('button', { name: 'Usulkan entri' }).click();
        const heading = page.getByRole('heading', { level: 1, name: /^WL-\d{4}-\d{6}/ });
        await heading.waitFor();
        const refCode = ((await heading.textContent()) ?? '').split(' ')[0] ?? '';
        expect(refCode).toMatch(/^WL-\d{4}-\d{6}$/);
        // Four-eyes: the proposer is offered no approval.
        expect(await page.getByRole('button', { name: 'Setujui entri' }).count()).toBe(0);
        await signOut(page);

        const pageB = await openPage(world);
        await signInThroughForm(pageB, url, { ...secondAnalyst });
        await openFromNav(pageB, 'Daftar Pengawasan');
        await pageB.getByLabel('Nama, NIK, telepon, atau nomor referensi').fill(refCode);
        await pageB.getByLabel('Nama, NIK, telepon, atau nomor referensi').press('Enter');
        await pageB.getByRole('link', { name: refCode }).click();
        await pageB.getByRole('button', { name: 'Setujui entri' }).click();
        const approve = pageB.getByRole('dialog', { name: 'Setujui entri' });
        await approve.getByRole('button', { name: 'Setujui entri' }).click();
        await approve.waitFor({ state: 'hidden' });
        await pageB.locator('.page__head .badge', { hasText: 'Aktif' }).waitFor();
        await snap(pageB, '25-watchlist-active');
        await signOut(pageB);

        const officer = demoUser(world, 'counter_officer', 'Muara Enim');
        const pageC = await openPage(world);
        await signInThroughForm(pageC, url, officer);
        await openFromNav(pageC, 'Layar Pemeriksaan');
        // The scanner types the MRZ: name, birth date, sex and passport number fill in.
        await pageC.keyboard.press('Alt+KeyM');
        await pageC.keyboard.insertText(
          passportMrz({
            surname: 'PRASETYO',
            given: 'JOKO',
            number: 'X1234567',
            birth: '850302',
            sex: 'M',
            expiry: '310101',
          }),
        );
        await pageC.getByText('Data dari MRZ diisikan').waitFor();
        expect(await pageC.getByLabel('Nama lengkap').inputValue()).toBe('JOKO PRASETYO');
        expect(await pageC.getByLabel('Tanggal lahir').inputValue()).toBe('1985-03-02');
        expect(await pageC.getByLabel('Nomor paspor').inputValue()).toBe('X1234567');
        await pageC.getByLabel('Negara tujuan').fill('MY');
        await pageC.getByLabel('Negara tujuan').press('Enter');
        await pageC.getByLabel('Memiliki tiket pulang').check();
        await pageC.getByRole('button', { name: 'Periksa' }).click();
        const hit = pageC.locator(`.hit[data-ref="${refCode}"]`);
        await hit.waitFor();
        const query = (await hit.locator('.hit__query').allTextContents()).join(' | ');
        const entry = (await hit.locator('.hit__entry').allTextContents()).join(' | ');
        expect(query.toUpperCase()).toContain('JOKO PRASETYO');
        expect(entry).toContain('Djoko Prasetyo');
        await snap(pageC, '26-screening-hit');

        // Bad input: a 15-digit NIK gets the server's Indonesian message next to the NIK field.
        await pageC.getByRole('button', { name: 'Formulir baru' }).click();
        await pageC.getByLabel('Nama lengkap').fill('Rina Marlina');
        await pageC.getByLabel('NIK').fill('160101520499000');
        await pageC.getByLabel('Tanggal lahir').fill('1999-04-12');
        await pageC.getByLabel('Jenis kelamin').selectOption('P');
        await pageC.getByLabel('Negara tujuan').fill('SG');
        await pageC.getByLabel('Negara tujuan').press('Enter');
        await pageC.getByRole('button', { name: 'Periksa' }).click();
        const nik = field(pageC, 'nik');
        await nik.locator('.field__error').waitFor();
        expect(await nik.locator('.field__error').textContent()).toContain('NIK harus 16 digit');
        expect(await pageC.getByLabel('NIK').getAttribute('aria-invalid')).toBe('true');
        expect(await pageC.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
          'nik',
        );
        await snap(pageC, '27-screening-bad-nik');
        await signOut(pageC);
      });

      it('shows the listing office the alert with its thread, reports every bad row of an import, and lets an administrator read the rules and their fairness', async () => {
        const analyst = demoUser(world, 'intel_analyst', 'Sumatera Selatan');
        const page = await openPage(world);
        await signInThroughForm(page, url, analyst);
        await openFromNav(page, 'Peringatan');
        await page.getByRole('link', { name: 'Kecocokan daftar pengawasan' }).first().click();
        await page
          .getByRole('heading', { name: 'Peringatan: Kecocokan daftar pengawasan' })
          .waitFor();
        await page.getByLabel('Pesan').fill('Mohon kirim salinan paspor pemohon untuk verifikasi.');
        await page.getByRole('button', { name: 'Kirim' }).click();
        await page.locator('.thread__message', { hasText: 'salinan paspor' }).waitFor();
        await snap(page, '28-alert-thread');

        await openFromNav(page, 'Daftar Pengawasan');
        await page.getByRole('button', { name: 'Impor berkas' }).click();
        const dialog = page.getByRole('dialog', { name: 'Impor daftar pengawasan' });
        const csv = [
          'id,kind,name,aliases,birth_date,sex,nik,passport_numbers,phones,nationality,birth_place,tppo_types,listing,note',
          'a1,person,Budi Santoso,,1980-01-01,L,,,,ID,,PMI_NONPROSEDURAL,suspect,Perekrut PMI nonprosedural menurut laporan',
          'a2,alien,Agen Tanpa Izin,,,,,,,ID,,,suspect,Agen perekrut tanpa izin menurut laporan',
          'a3,person,Rina Wati,,1985-13-40,P,,,,ID,,,suspect,Perekrut PMI nonprosedural menurut laporan',
        ].join('\n');
        await dialog.getByLabel('Berkas').setInputFiles({
          name: 'daftar.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(csv),
        });
        await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
        const rows = dialog.getByTestId('import-error').locator('.bad-rows li');
        await rows.first().waitFor();
        const lines = await rows.allTextContents();
        expect(lines.length).toBeGreaterThanOrEqual(2);
        expect(lines[0]).toMatch(/^baris 3: /);
        expect(lines.some((line) => line.startsWith('baris 4: '))).toBe(true);
        await snap(page, '29-watchlist-import-errors');
        await page.keyboard.press('Escape');
        // All or nothing: the good row was not imported either.
        await page.getByLabel('Nama, NIK, telepon, atau nomor referensi').fill('Budi Santoso');
        await page.getByLabel('Nama, NIK, telepon, atau nomor referensi').press('Enter');
        await page.getByText('Tidak ada entri yang cocok.').waitFor();
        await signOut(page);

        const admin = demoUser(world, 'administrator');
        const pageB = await openPage(world);
        await signInThroughForm(pageB, url, admin);
        await openFromNav(pageB, 'Aturan Indikator');
        await pageB.getByRole('heading', { name: /^Paket aktif / }).waitFor();
        expect(
          await pageB.locator('tr', { hasText: 'PROFILE_WOMAN_17_45' }).textContent(),
        ).toContain('dibatasi WAWANCARA');
        const editor = pageB.getByLabel('Paket aturan (JSON)');
        const pack = JSON.parse(await editor.inputValue()) as {
          version: string;
          rules: { weight: number }[];
        };
        pack.version = '2099.1';
        if (pack.rules[0]) pack.rules[0].weight = 99;
        await editor.fill(JSON.stringify(pack, null, 2));
        await pageB.getByLabel('Catatan perubahan').fill('Uji bobot di luar batas.');
        await pageB.getByRole('button', { name: 'Usulkan' }).click();
        const errors = pageB.getByTestId('pack-errors');
        await errors.waitFor();
        expect(await errors.textContent()).toContain('pack.rules.0.weight');
        const fairness = pageB.locator('table', { hasText: 'Menurut jenis kelamin' });
        await fairness.waitFor();
        expect(await fairness.textContent()).toContain('Perempuan');
        await snap(pageB, '30-rules');
        await signOut(pageB);
      });

      it('gives a checkpoint officer the receipt PDF of a passport withheld by a final TUNDA', async () => {
        const officer = demoUser(world, 'counter_officer', 'Radin Inten');
        const page = await openPage(world);
        await signInThroughForm(page, url, officer);
        await openFromNav(page, 'Layar Pemeriksaan');
        expect(await page.getByLabel('Jenis pemeriksaan').inputValue()).toBe('departure_check');
        await page.getByLabel('Nama lengkap').fill('Dewi Lestari');
        await page.getByLabel('Tanggal lahir').fill('2001-07-09');
        await page.getByLabel('Jenis kelamin').selectOption('P');
        await page.getByLabel('Nomor paspor').fill('C7654321');
        // The destination is picked from a search: a city finds its country, and a typed text
        // alone is never sent as a code.
        await page.getByLabel('Negara tujuan').fill('Phnom Penh');
        await page.getByRole('button', { name: /^Kamboja \/ Cambodia/ }).click();
        expect(await page.getByLabel('Negara tujuan').inputValue()).toBe('Kamboja');
        await page.getByLabel('Baru pertama kali ke luar negeri').check();
        await page.getByLabel('Tiket dipesan/dibayar orang lain').check();
        await page.getByRole('button', { name: 'Periksa' }).click();
        const result = page.getByTestId('screening-result');
        await result.waitFor();
        expect(await result.locator('.outcome--large').getAttribute('data-outcome')).toBe('TUNDA');
        await page.getByRole('button', { name: /^Putuskan/ }).click();
        const dialog = page.getByRole('dialog', { name: 'Keputusan petugas' });
        await dialog.getByLabel('TUNDA', { exact: true }).check();
        await dialog.getByLabel('Kategori alasan').selectOption('dugaan_pmi_np');
        await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
        await dialog.waitFor({ state: 'hidden' });
        const receipt = result.getByRole('link', { name: /^Unduh tanda terima \(STP\)/ });
        await receipt.waitFor();
        expect(await receipt.textContent()).toMatch(/STP\//);
        const href = (await receipt.getAttribute('href')) ?? '';
        const pdf = await page.request.get(new URL(href, url).toString());
        expect(pdf.status()).toBe(200);
        expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
        await snap(page, '31-receipt');
        await signOut(page);
      });
    },
  );
