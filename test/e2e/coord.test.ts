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

const MEETING_TITLE = 'Rapat evaluasi pencegahan TPPO jalur Bakauheni';
const ITEM = 'Menyusun daftar agen perekrut yang berulang';
const EVIDENCE = 'Daftar agen dikirim ke Kanwil Sumatera Selatan lewat surat dinas.';
const BULLETIN = 'Waspada tawaran kerja daring ke Kamboja';
const URGENT = 'Segera: perubahan pemeriksaan keberangkatan';

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `coordination in Chromium [${database}]`,
    { timeout: 180_000 },
    () => {
      let world: E2eWorld;
      let url: string;
      let bulletinPath = '';

      beforeAll(async () => {
        world = await startWorld(database);
        url = world.server.url;
      }, 240_000);

      afterAll(async () => {
        await world?.close();
      });

      async function signOut(page: Page): Promise<void> {
        await page.getByRole('button', { name: 'Keluar' }).first().click();
        await page.getByRole('heading', { name: 'Masuk ke Waspada' }).waitFor();
        await page.context().close();
      }

      it('records a meeting with an action item and closes the item only with evidence', async () => {
        const page = await openPage(world);
        await signInThroughForm(page, url, demoUser(world, 'intel_analyst', 'Lampung'));
        await openFromNav(page, 'Rapat Koordinasi');
        // The demo meeting of 21 May 2024 is listed from the seeds.
        await page
          .getByRole('link', { name: /Kanwil Sumatera Selatan dan Kanwil Lampung/ })
          .waitFor();

        await page.getByRole('button', { name: 'Catat rapat' }).click();
        const create = page.getByRole('dialog', { name: 'Catat rapat' });
        await create.getByLabel('Judul rapat').fill(MEETING_TITLE);
        await create.getByLabel('Tanggal rapat').fill('2026-11-20');
        await create.getByLabel('Tempat').fill('Ruang rapat Kanwil Lampung');
        await create.getByRole('checkbox', { name: 'Kanwil Sumatera Selatan' }).check();
        await create
          .getByRole('checkbox', { name: 'Dipaksa menjadi pelaku penipuan daring' })
          .check();
        await create.getByLabel(/^Topik/).fill('Modus operandi\nPencegahan');
        await create
          .getByLabel(/^Notulen/)
          .fill('Kedua Kanwil membahas keberangkatan lewat pelabuhan.');
        await snap(page, 'coord-01-create-meeting');
        await create.getByRole('button', { name: 'Simpan rapat' }).click();
        await page.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();

        // Minutes are often finished after the meeting; an attachment is kept with it.
        await page.getByRole('button', { name: 'Ubah notulen' }).click();
        await page
          .getByRole('textbox', { name: 'Notulen (pembahasan)' })
          .fill('Kedua Kanwil sepakat bertukar daftar agen perekrut.');
        await page.getByRole('button', { name: 'Simpan', exact: true }).click();
        await page.getByText('Kedua Kanwil sepakat bertukar daftar agen perekrut.').waitFor();
        await page.getByLabel('Berkas lampiran').setInputFiles({
          name: 'daftar-hadir.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('Daftar hadir rapat'),
        });
        await page.getByRole('button', { name: 'Unggah lampiran' }).click();
        await page.getByRole('link', { name: 'daftar-hadir.txt' }).waitFor();

        await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
        const add = page.getByRole('dialog', { name: 'Tambah tindak lanjut' });
        await add.getByLabel('Uraian tindak lanjut').fill(ITEM);
        // Without an owner office the form names the field and keeps the dialog open.
        await add.getByLabel(/^Tenggat/).fill('2026-12-15');
        await add.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
        expect(await add.getByLabel('Kantor penanggung jawab').getAttribute('aria-invalid')).toBe(
          'true',
        );
        await add
          .getByLabel('Kantor penanggung jawab')
          .selectOption({ label: 'Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan' });
        await add.getByLabel(/^Nama penanggung jawab/).fill('Kepala Bidang Intelijen Sumsel');
        await add.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
        await add.waitFor({ state: 'hidden' });
        const row = page.getByRole('row', { name: new RegExp(ITEM) });
        await row.getByText('Terbuka').waitFor();

        await row.getByRole('button', { name: `Ubah status: ${ITEM}` }).click();
        const change = page.getByRole('dialog', { name: 'Ubah status' });
        await change.getByLabel('Status').selectOption('done');
        await change.getByRole('button', { name: 'Simpan' }).click();
        const evidence = change.getByLabel(/^Bukti penyelesaian/);
        expect(await evidence.getAttribute('aria-invalid')).toBe('true');
        const evidenceField = change.locator('.field', {
          has: page.getByLabel(/^Bukti penyelesaian/),
        });
        expect(await evidenceField.locator('.field__error').textContent()).toContain(
          'bukti penyelesaian',
        );
        await snap(page, 'coord-02-evidence-required');
        await evidence.fill(EVIDENCE);
        await change.getByRole('button', { name: 'Simpan' }).click();
        await change.waitFor({ state: 'hidden' });
        await row.getByText('Selesai').waitFor();
        expect(await row.getByText(EVIDENCE).count()).toBe(1);
        await snap(page, 'coord-03-meeting-done');

        const href = await page
          .getByRole('link', { name: 'Unduh notulen (PDF)' })
          .getAttribute('href');
        const pdf = await page.request.get(`${url}${href ?? ''}`);
        expect(pdf.status()).toBe(200);
        expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
        await signOut(page);
      });

      it('sends a bulletin to a unit; the recipient confirms and the author sees it', async () => {
        const author = await openPage(world);
        await signInThroughForm(author, url, demoUser(world, 'head', 'Lampung'));
        await openFromNav(author, 'Buletin');
        await author.getByRole('button', { name: 'Tulis buletin' }).click();
        const compose = author.getByRole('dialog', { name: 'Tulis buletin' });
        await compose.getByLabel('Prioritas').selectOption('penting');
        await compose.getByLabel('Judul').fill(BULLETIN);
        await compose.getByRole('checkbox', { name: 'Kanim Bandar Lampung' }).check();
        await compose.getByRole('checkbox', { name: 'Supervisor (Kepala Seksi)' }).check();
        await compose
          .getByLabel('Isi buletin')
          .fill(
            'Perekrut menawarkan **kerja daring** bergaji tinggi.\n\n<script>alert(1)</script>',
          );
        await compose.getByRole('button', { name: 'Kirim buletin' }).click();
        await author.getByRole('heading', { level: 1, name: BULLETIN }).waitFor();
        // The server escapes raw HTML: the tag shows as text and nothing runs.
        await author.getByText('<script>alert(1)</script>').waitFor();
        expect(await author.locator('.bulletin-body script').count()).toBe(0);
        expect(await author.locator('.bulletin-body strong').textContent()).toBe('kerja daring');
        const acks = author.getByTestId('acknowledgements');
        const unit = acks.getByRole('row', { name: /Kantor Imigrasi Kelas I TPI Bandar Lampung/ });
        expect(await unit.textContent()).toContain('0 dari 1 sudah konfirmasi');
        bulletinPath = new URL(author.url()).pathname + new URL(author.url()).search;
        await snap(author, 'coord-04-bulletin-author');
        await signOut(author);

        const reader = await openPage(world);
        await signInThroughForm(reader, url, demoUser(world, 'supervisor', 'Bandar Lampung'));
        await openFromNav(reader, 'Buletin');
        const inboxRow = reader.getByRole('row', { name: new RegExp(BULLETIN) });
        await inboxRow.getByText('Belum dikonfirmasi').waitFor();
        await inboxRow.getByRole('link', { name: BULLETIN }).click();
        await reader.getByRole('heading', { level: 1, name: BULLETIN }).waitFor();
        await reader.getByRole('button', { name: 'Konfirmasi telah membaca' }).click();
        await reader.getByTestId('bulletin-confirmed').waitFor();
        await snap(reader, 'coord-05-bulletin-confirmed');
        await signOut(reader);

        const again = await openPage(world);
        await signInThroughForm(again, url, demoUser(world, 'head', 'Lampung'));
        await again.goto(`${url}${bulletinPath}`);
        const confirmedUnit = again
          .getByTestId('acknowledgements')
          .getByRole('row', { name: /Kantor Imigrasi Kelas I TPI Bandar Lampung/ });
        await confirmedUnit.getByText('1 dari 1 sudah konfirmasi').waitFor();
        expect(await confirmedUnit.textContent()).toContain('Kepala Seksi Demo Bandar Lampung');
        await signOut(again);
      });

      it('blocks the app after sign-in with an urgent bulletin until it is confirmed', async () => {
        const author = await openPage(world);
        await signInThroughForm(author, url, demoUser(world, 'head', 'Lampung'));
        await openFromNav(author, 'Buletin');
        await author.getByRole('button', { name: 'Tulis buletin' }).click();
        const compose = author.getByRole('dialog', { name: 'Tulis buletin' });
        await compose.getByLabel('Prioritas').selectOption('segera');
        await compose.getByLabel('Judul').fill(URGENT);
        await compose.getByRole('checkbox', { name: 'TPI Bandara Radin Inten II' }).check();
        await compose.getByLabel('Isi buletin').fill('Periksa ulang setiap penumpang rombongan.');
        await compose.getByRole('button', { name: 'Kirim buletin' }).click();
        await author.getByRole('heading', { level: 1, name: URGENT }).waitFor();
        await signOut(author);

        const officer = await openPage(world);
        await signInThroughForm(officer, url, demoUser(world, 'counter_officer', 'Radin Inten'));
        const gate = officer.getByTestId('urgent-bulletin');
        await gate.getByRole('heading', { name: URGENT }).waitFor();
        await gate.getByText('Periksa ulang setiap penumpang rombongan.').waitFor();
        await snap(officer, 'coord-06-urgent');
        // Escape does not dismiss it, and the keyboard stays inside the dialog.
        await officer.keyboard.press('Escape');
        expect(await gate.isVisible()).toBe(true);
        // Tab cycles between the dialog's controls and the browser's own, never the page behind.
        for (let i = 0; i < 4; i += 1) {
          await officer.keyboard.press('Tab');
          expect(
            await officer.evaluate(() => {
              const active = document.activeElement;
              if (!active || active === document.body) return 'browser';
              return active.closest('[data-testid="urgent-bulletin"]') ? 'dialog' : 'page';
            }),
          ).not.toBe('page');
        }
        await gate.getByRole('button', { name: 'Konfirmasi telah membaca' }).focus();
        await officer.keyboard.press('Enter');
        await gate.waitFor({ state: 'hidden' });
        await openFromNav(officer, 'Buletin');
        const row = officer.getByRole('row', { name: new RegExp(URGENT) });
        await row.getByText('Sudah dikonfirmasi').waitFor();
        // Signing in again no longer shows the dialog.
        await officer.reload();
        await officer.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
        await officer.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await gate.isVisible()).toBe(false);
        await signOut(officer);
      });

      it('publishes a proposed modus only after another user reviews it', async () => {
        const modus = 'Lowongan admin daring lewat grup pesan';
        const analyst = await openPage(world);
        await signInThroughForm(analyst, url, demoUser(world, 'intel_analyst', 'Lampung'));
        await openFromNav(analyst, 'Pengetahuan TPPO');
        await analyst.getByRole('link', { name: 'Dipaksa menjadi pelaku penipuan daring' }).click();
        await analyst
          .getByRole('heading', { level: 1, name: 'Dipaksa menjadi pelaku penipuan daring' })
          .waitFor();
        // Every statement on the page names its source.
        const statements = await analyst.getByTestId('statement').count();
        expect(statements).toBeGreaterThan(0);
        expect(await analyst.getByTestId('statement').locator('.coord-source').count()).toBe(
          statements,
        );

        await analyst.getByRole('button', { name: 'Usulkan modus' }).click();
        const propose = analyst.getByRole('dialog', { name: 'Usulkan modus' });
        await propose.getByLabel('Nama modus').fill(modus);
        await propose.getByRole('button', { name: 'Kirim usulan' }).click();
        // No source, no proposal: the message stands next to the source field.
        expect(
          await propose.getByLabel('Sumber', { exact: true }).getAttribute('aria-invalid'),
        ).toBe('true');
        await propose.getByRole('checkbox', { name: /^SCAM_ROUTE_ONE_WAY/ }).check();
        await propose.getByLabel('Jenis sumber').selectOption('bulletin');
        await propose.getByLabel('Sumber', { exact: true }).fill(`Buletin "${BULLETIN}"`);
        await propose.getByRole('button', { name: 'Kirim usulan' }).click();
        await propose.waitFor({ state: 'hidden' });
        const proposals = analyst.getByRole('region', { name: 'Usulan menunggu tinjauan' });
        await proposals.getByRole('heading', { name: modus }).waitFor();
        // The proposer may not publish their own proposal.
        await proposals.getByRole('button', { name: 'Terbitkan' }).click();
        await proposals
          .getByRole('alert')
          .getByText(/orang lain/)
          .waitFor();
        await snap(analyst, 'coord-07-modus-proposed');
        await signOut(analyst);

        const head = await openPage(world);
        await signInThroughForm(head, url, demoUser(world, 'head', 'Lampung'));
        await openFromNav(head, 'Pengetahuan TPPO');
        const queue = head.getByRole('region', { name: 'Antrean tinjauan' });
        await queue.getByRole('link', { name: 'Dipaksa menjadi pelaku penipuan daring' }).click();
        const waiting = head.getByRole('region', { name: 'Usulan menunggu tinjauan' });
        await waiting.getByRole('heading', { name: modus }).waitFor();
        await waiting.getByRole('button', { name: 'Terbitkan' }).click();
        const published = head.getByRole('region', { name: 'Modus operandi' });
        const entry = published.getByRole('listitem').filter({ hasText: modus }).first();
        await entry.getByText('SCAM_ROUTE_ONE_WAY').waitFor();
        await snap(head, 'coord-08-modus-published');

        await openFromNav(head, 'Notifikasi');
        const summary = head.getByTestId('notification-summary');
        await summary.getByRole('link', { name: 'Buletin belum dibaca' }).waitFor();
        await summary.getByRole('link', { name: 'Tindak lanjut lewat tenggat' }).waitFor();
        await snap(head, 'coord-09-notifications');
        await signOut(head);
      });

      it('sends a bulletin linked to a modus with a rule change that waits for its own approval', async () => {
        const title = 'Modus admin daring dan usulan aturan rute sekali jalan';
        const modus = 'Lowongan admin daring lewat grup pesan';
        const author = await openPage(world);
        await signInThroughForm(author, url, demoUser(world, 'head', 'Lampung'));
        await openFromNav(author, 'Buletin');
        await author.getByRole('button', { name: 'Tulis buletin' }).click();
        const compose = author.getByRole('dialog', { name: 'Tulis buletin' });
        await compose.getByLabel('Judul').fill(title);
        await compose.getByRole('checkbox', { name: 'Kanim Bandar Lampung' }).check();
        await compose
          .getByLabel('Isi buletin')
          .fill('Perhatikan pemohon dengan tiket sekali jalan.');
        await compose
          .getByRole('group', { name: 'Jenis TPPO' })
          .getByRole('checkbox', { name: 'Dipaksa menjadi pelaku penipuan daring' })
          .check();
        // The modus published in the previous flow is offered for the chosen type.
        const picker = compose.getByRole('group', { name: 'Modus operandi' });
        await picker.getByRole('checkbox', { name: new RegExp(modus) }).check();

        await compose
          .getByRole('checkbox', { name: 'Sertakan usulan perubahan aturan indikator' })
          .check();
        const json = compose.getByLabel(/^Paket aturan \(JSON\)/);
        await expect.poll(async () => (await json.inputValue()).length).toBeGreaterThan(10);
        // The active version is offered unchanged: the server names the version field.
        await compose.getByLabel(/^Catatan perubahan/).fill('Tambah bobot rute sekali jalan.');
        await compose.getByRole('button', { name: 'Kirim buletin' }).click();
        const errors = compose.getByTestId('bulletin-pack-errors');
        await errors.getByText(/pack\.version/).waitFor();
        await snap(author, 'coord-10-bulletin-rule-error');
        const pack = JSON.parse(await json.inputValue()) as { version: string };
        await json.fill(JSON.stringify({ ...pack, version: '2099.1' }, null, 2));
        await compose.getByRole('button', { name: 'Kirim buletin' }).click();
        await author.getByRole('heading', { level: 1, name: title }).waitFor();
        await author.getByRole('link', { name: modus }).waitFor();
        expect(await author.getByTestId('bulletin-rule-proposal').textContent()).toContain(
          '2099.1 (Diusulkan)',
        );
        await snap(author, 'coord-11-bulletin-modus-rule');
        const stored = await world.server.deps.database.db
          .selectFrom('rule_packs')
          .select(['version', 'status'])
          .where('version', '=', '2099.1')
          .execute();
        expect(stored).toEqual([{ version: '2099.1', status: 'proposed' }]);
        await signOut(author);
      });
    },
  );
