import type { SystemActor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { ensureKnowledgeSeeded } from '../knowledge/knowledge.service.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';

const SOURCE =
  'Berita Kemenkumham Sumsel "Kemenkumham Sumsel Lakukan Pencegahan Perdagangan Orang di ' +
  'Wilayah Sumsel dan Lampung" (Divisi Keimigrasian Kanwil Kemenkumham Sumatera Selatan ' +
  'berkoordinasi ke Kanwil Kemenkumham Lampung, Selasa 21/5, di ruang kanwil setempat)';

/** What the seeds report of the meeting, in the reports' own terms. */
const MINUTES = [
  'Divisi Keimigrasian Kanwil Kemenkumham Sumatera Selatan melakukan koordinasi ke Kanwil ' +
    'Kemenkumham Lampung terkait penanganan TPPO di wilayah Sumatera Selatan dan Lampung.',
  'Diskusi mencakup pekerja migran ilegal, kawin kontrak dan bayi tabung, penjualan organ tubuh ' +
    'manusia, serta praktik pekerja sebagai scammer; juga modus operandi TPPO, dampaknya, dan ' +
    'langkah-langkah pencegahan.',
  'Kanwil Sumatera Selatan (disampaikan Kepala Subbidang Intelijen Keimigrasian): Kantor ' +
    'Imigrasi Kelas II Non TPI Muara Enim telah membentuk Desa Binaan Imigrasi di Desa Dempo ' +
    'Makmur, Kecamatan Pagar Alam Utara, Kota Pagar Alam pada 8 Mei 2024. Diperlukan kerja sama ' +
    'lintas instansi dan lintas provinsi dalam mengusut kasus TPPO, termasuk yang melibatkan ' +
    'oknum aparat. Pemeriksaan keimigrasian harus lebih ketat; bila perlu penundaan ' +
    'keberangkatan bahkan penolakan dokumen keimigrasian bagi pemohon yang mencurigakan.',
  'Kanwil Lampung: pembinaan dan penyebaran informasi kepada satuan kerja di bawahnya telah ' +
    'dilakukan secara intensif. Kantor Imigrasi Kelas III Non TPI Kalianda membentuk Desa Binaan ' +
    'Imigrasi di Desa Bumidaya, Kecamatan Palas (Maret 2024); Kantor Imigrasi Kelas I TPI Bandar ' +
    'Lampung membentuk tiga Desa Binaan Imigrasi pada 2023.',
].join('\n\n');

const DEMO_ITEM_NOTE =
  'Data demo: butir tindak lanjut ini dibuat untuk demonstrasi, tidak disebut dalam sumber.';

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Adds the coordination meeting of 21 May 2024 from the seeds (its topics, discussion and the
 * agreement it reports, linked to the demo sharing agreement) and the knowledge base. Two action
 * items are added as demonstration data and say so in their own records.
 */
export async function seedCoordinationDemo(deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const system: SystemActor = { system: true, name: 'seed-demo', requestId: 'seed-demo' };
  await ensureKnowledgeSeeded(db);
  await db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const offices = await trx
      .selectFrom('offices')
      .select(['id', 'code'])
      .where('code', 'in', ['KANWIL-SUMSEL', 'KANWIL-LAMPUNG'])
      .execute();
    const idOf = (code: string): string => {
      const row = offices.find((o) => o.code === code);
      if (!row) throw new Error(`demo data: office ${code} missing`);
      return row.id;
    };
    const sumsel = idOf('KANWIL-SUMSEL');
    const lampung = idOf('KANWIL-LAMPUNG');
    const sharing = await trx
      .selectFrom('sharing_agreements')
      .select('id')
      .where('proposing_office_id', '=', sumsel)
      .where('valid_from', '=', '2024-05-21')
      .orderBy('created_at')
      .executeTakeFirst();
    const meeting = await trx
      .insertInto('meetings')
      .values({
        title: 'Rapat koordinasi pencegahan TPPO Kanwil Sumatera Selatan dan Kanwil Lampung',
        held_on: '2024-05-21',
        place: 'Ruang Kanwil Lampung',
        host_office_id: lampung,
        tppo_types: [
          'PMI_NONPROSEDURAL',
          'KAWIN_KONTRAK',
          'PENJUALAN_BAYI',
          'PENJUALAN_ORGAN',
          'ONLINE_SCAM',
        ],
        topics: [
          'Pekerja migran ilegal',
          'Kawin kontrak',
          'Bayi tabung',
          'Penjualan organ tubuh manusia',
          'Praktik pekerja sebagai scammer',
          'Modus operandi TPPO',
          'Dampak TPPO',
          'Langkah-langkah pencegahan',
        ],
        minutes: MINUTES,
        source_reference: SOURCE,
        demo_note: null,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('meeting_participants')
      .values([
        { meeting_id: meeting.id, office_id: sumsel },
        { meeting_id: meeting.id, office_id: lampung },
      ])
      .execute();
    const agreement = await trx
      .insertInto('meeting_agreements')
      .values({
        meeting_id: meeting.id,
        text:
          'Sinergitas dan komitmen bersama antara Kantor Wilayah Kemenkumham Sumatera Selatan dan ' +
          'Kantor Wilayah Kemenkumham Lampung dalam upaya pencegahan TPPO.',
        party_office_ids: [sumsel, lampung],
        status: 'agreed',
        sharing_agreement_id: sharing?.id ?? null,
        source_reference: SOURCE,
        demo_note: sharing
          ? 'Tautan ke perjanjian berbagi data adalah konfigurasi demo; sumber tidak menyebut ' +
            'rincian berbagi data.'
          : null,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const today = dateInZone(now, 'Asia/Jakarta');
    const items = [
      {
        description:
          'Menyampaikan daftar desa kantong PMI di wilayah Kanim di bawah Kanwil Lampung sebagai ' +
          'bahan pemilihan Desa Binaan berikutnya',
        owner: lampung,
        due: shiftDate(today, -7),
      },
      {
        description:
          'Menyusun bahan penyuluhan modus kawin kontrak dan penipuan daring untuk PIMPASA',
        owner: sumsel,
        due: shiftDate(today, 30),
      },
    ];
    for (const item of items) {
      await trx
        .insertInto('action_items')
        .values({
          meeting_id: meeting.id,
          agreement_id: agreement.id,
          description: item.description,
          owner_office_id: item.owner,
          owner_user_id: null,
          owner_person: null,
          due_on: item.due,
          evidence_text: null,
          evidence_attachment_id: null,
          status_note: null,
          closed_at: null,
          closed_by: null,
          demo_note: DEMO_ITEM_NOTE,
          created_by: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await appendAudit(
      trx,
      system,
      {
        action: 'meeting.create',
        targetType: 'meeting',
        targetId: meeting.id,
        officeId: lampung,
        details: { demo: true, agreementId: agreement.id, sharingAgreementId: sharing?.id ?? null },
      },
      deps.clock,
    );
  });
}
