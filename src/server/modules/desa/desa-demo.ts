import type { SystemActor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findOfficeByCode } from '../org/org.repository.ts';
import { insertDesa, replacePimpasa } from './desa.repository.ts';

const SOURCE =
  'Rapat koordinasi pencegahan TPPO Divisi Keimigrasian Kanwil Kemenkumham Sumatera Selatan ' +
  'dan Kanwil Kemenkumham Lampung, Selasa 21 Mei 2024 (berita Kemenkumham Sumsel)';

/*
 * What the seeds say, and nothing more: the village as written, the fostering Kanim and the
 * date (Bumi Daya only to the month). SK numbers, contacts and criteria are not in the seeds and
 * stay empty. Kanim Bandar Lampung's three villages of 2023 are not named there, so none is
 * recorded. The PIMPASA assignment uses the demo accounts and says so in the record.
 */
const VILLAGES = [
  {
    regionCode: '16.72.01.1018',
    nameAsWritten: 'Desa Dempo Makmur',
    office: 'KANIM-MUARA-ENIM',
    formedOn: '2024-05-08',
    precision: 'day' as const,
    pimpasa: 'pimpasa.muaraenim',
    notes:
      'Menurut sumber: dibentuk Kantor Imigrasi Kelas II Non TPI Muara Enim pada 8 Mei 2024 ' +
      '("Desa Dempo Makmur, Kecamatan Pagar Alam Utara, Kota Pagar Alam"; dalam data resmi ' +
      'berstatus kelurahan). Data demo: penugasan PIMPASA adalah akun demo, bukan dari sumber.',
  },
  {
    regionCode: '18.01.10.2013',
    nameAsWritten: 'Desa Bumidaya',
    office: 'KANIM-KALIANDA',
    formedOn: '2024-03-01',
    precision: 'month' as const,
    pimpasa: 'pimpasa.kalianda',
    notes:
      'Menurut sumber: dibentuk Kantor Imigrasi Kelas III Non TPI Kalianda pada Maret 2024 ' +
      '(tanggal tidak disebut; "Desa Bumidaya, Kecamatan Palas, Kabupaten Kalianda"; ejaan ' +
      'resmi Bumi Daya, Kabupaten Lampung Selatan). Data demo: penugasan PIMPASA adalah akun ' +
      'demo, bukan dari sumber.',
  },
];

/**
 * Registers the Desa Binaan the seed reports name (Dempo Makmur, Bumi Daya) for the demo
 * offices, audited under `system:seed-demo`; skips a village whose office is missing.
 */
export async function seedDesaDemo(deps: AppDeps): Promise<number> {
  const system: SystemActor = { system: true, name: 'seed-demo', requestId: 'seed-demo' };
  let created = 0;
  await deps.database.db.transaction().execute(async (trx) => {
    for (const v of VILLAGES) {
      const office = await findOfficeByCode(trx, v.office);
      if (!office) continue;
      const now = deps.clock();
      const id = await insertDesa(trx, {
        region_code: v.regionCode,
        name_as_written: v.nameAsWritten,
        office_id: office.id,
        sk_number: null,
        sk_date: null,
        formed_on: v.formedOn,
        formed_precision: v.precision,
        status: 'aktif',
        criteria: [],
        notes: v.notes,
        source_reference: SOURCE,
        created_at: now,
        updated_at: now,
      });
      const pimpasa = await trx
        .selectFrom('users')
        .select('id')
        .where('username', '=', v.pimpasa)
        .executeTakeFirst();
      if (pimpasa) await replacePimpasa(trx, id, [pimpasa.id], now);
      await appendAudit(
        trx,
        system,
        {
          action: 'desa.register',
          targetType: 'desa_binaan',
          targetId: id,
          officeId: office.id,
          details: { demo: true, regionCode: v.regionCode, nameAsWritten: v.nameAsWritten },
        },
        deps.clock,
      );
      created += 1;
    }
  });
  return created;
}
