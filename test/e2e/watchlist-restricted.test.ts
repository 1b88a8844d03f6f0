import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertActiveEntry } from '../../src/server/modules/screening/screening-test-helpers.ts';
import {
  demoUser,
  E2E_DATABASES,
  hasChromium,
  openPage,
  signInThroughForm,
  snap,
  startWorld,
  type E2eWorld,
} from './e2e-support.ts';

const SECRET_REASON = 'Sumber informan rahasia: perekrut ke Kamboja lewat Batam.';

for (const database of E2E_DATABASES)
  describe.skipIf(!hasChromium)(
    `a rahasia watchlist entry of another office in Chromium [${database}]`,
    { timeout: 180_000 },
    () => {
      let world: E2eWorld;
      let entryId: string;
      let refCode: string;

      beforeAll(async () => {
        world = await startWorld(database);
        const db = world.server.deps.database.db;
        const muaraEnim = await db
          .selectFrom('offices')
          .select('id')
          .where('code', '=', 'KANIM-MUARA-ENIM')
          .executeTakeFirstOrThrow();
        // Listed by Kanim Muara Enim, shared with its Kanwil: the Kanwil's analyst reaches it
        // but is not of the listing office.
        entryId = await insertActiveEntry(db, {
          officeId: muaraEnim.id,
          names: ['Rahasia Sulistyo Wardhana'],
          birthDate: '1981-09-17',
          sharingScope: 'kanwil',
        });
        const row = await db
          .updateTable('watchlist_entries')
          .set({
            sensitivity: 'rahasia',
            reason: SECRET_REASON,
            ref_code: `WL-2026-${String(900_000 + Math.floor(Math.random() * 99_999))}`,
          })
          .where('id', '=', entryId)
          .returning('ref_code')
          .executeTakeFirstOrThrow();
        refCode = row.ref_code;
      }, 180_000);

      afterAll(async () => {
        await world?.close();
      });

      it('shows the Kanwil analyst a restricted notice, not empty fields, and the details after break-glass', async () => {
        const analyst = demoUser(world, 'intel_analyst', 'Sumatera Selatan');
        const page = await openPage(world);
        await signInThroughForm(page, world.server.url, analyst);
        await page.goto(`${world.server.url}/daftar-pengawasan`);
        const search = page.getByLabel('Nama, NIK, telepon, atau nomor referensi');
        await search.fill(refCode);
        await search.press('Enter');
        const row = page.getByRole('row', { name: new RegExp(refCode) });
        await row.getByText('Rincian dibatasi').waitFor();
        expect(await row.textContent()).not.toContain('Sulistyo');
        await row.getByRole('link', { name: refCode }).click();

        await page
          .getByRole('heading', { level: 1, name: `${refCode} · Rincian dibatasi` })
          .waitFor();
        const notice = page.getByRole('note');
        await notice.waitFor();
        expect(await notice.textContent()).toMatch(/Hubungi .*Muara Enim/);
        const body = (await page.textContent('main')) ?? '';
        expect(body).not.toContain(SECRET_REASON);
        expect(body).not.toContain('Sulistyo');
        expect(body).not.toContain('1981-09-17');
        await snap(page, `watchlist-restricted-${database}`);

        await page
          .getByLabel('Alasan akses darurat')
          .fill('Penumpang tertahan, perlu rincian lengkap');
        await page.getByRole('button', { name: 'Buka dengan alasan' }).click();
        await page.getByText(SECRET_REASON).waitFor();
        await page
          .getByRole('heading', { level: 1, name: `${refCode} · Rahasia Sulistyo Wardhana` })
          .waitFor();
        expect(await page.getByRole('note').count()).toBe(0);
        await page.context().close();
      });
    },
  );
