import PDFDocument from 'pdfkit';
import { TPPO_TYPES, type TppoTypeCode } from '../../../domain/tppo.ts';
import type { ProfileView } from './desa.schema.ts';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const LEVELS: Record<string, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
  desa: 'Desa',
  kelurahan: 'Kelurahan',
};

const CRITERIA: Record<string, string> = {
  kantong_pmi: 'daerah kantong pekerja migran',
  usia_produktif: 'banyak penduduk usia kerja',
  jauh_dari_kanim: 'jauh dari Kantor Imigrasi',
  jalur_perbatasan: 'jalur perbatasan atau transit',
};

const ACTIVITY_KINDS: Record<string, string> = {
  penyuluhan: 'Penyuluhan/sosialisasi',
  kunjungan: 'Kunjungan',
  layanan: 'Layanan pertama',
};

const REPORT_CATEGORIES: Record<string, string> = {
  perekrut: 'Perekrut menawarkan kerja ke luar negeri',
  berangkat_tanpa_dokumen: 'Warga akan berangkat tanpa dokumen',
  korban_kembali: 'Korban yang kembali',
  lainnya: 'Lainnya',
};

/** A calendar date in Indonesian (`8 Mei 2024`), or month and year when only those are known. */
export function formatDateId(
  date: string | null,
  precision: 'day' | 'month' | 'year' = 'day',
): string {
  if (!date) return '-';
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

function tppoLabel(code: string): string {
  return TPPO_TYPES[code as TppoTypeCode]?.labelId ?? code;
}

/** Renders the village profile as a PDF (A4, Bahasa Indonesia, built-in Helvetica). */
export function renderProfilePdf(
  profile: ProfileView,
  generatedAt: Date,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: { Title: `Profil Desa Binaan Imigrasi ${profile.desa.region.name}`, Creator: 'Waspada' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  const { desa } = profile;
  const heading = (text: string): void => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).moveDown(0.2);
    doc.font('Helvetica').fontSize(10);
  };
  const line = (label: string, value: string): void => {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(value);
  };

  doc.font('Helvetica-Bold').fontSize(16).text('Profil Desa Binaan Imigrasi', { align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`Periode ${formatDateId(profile.period.from)} s.d. ${formatDateId(profile.period.to)}`, {
      align: 'center',
    });

  heading('Identitas desa');
  line('Nama resmi', `${LEVELS[desa.region.level] ?? desa.region.level} ${desa.region.name}`);
  line('Kode wilayah (Kemendagri)', desa.region.code);
  for (const parent of desa.parents) {
    line(LEVELS[parent.level] ?? parent.level, `${parent.name} (${parent.code})`);
  }
  line('Nama sebagaimana tertulis', desa.nameAsWritten);
  line('Kantor pembina', desa.office.name);
  line('Nomor SK', desa.skNumber ?? 'belum dicatat');
  line('Tanggal SK', formatDateId(desa.skDate));
  line('Tanggal pembentukan', formatDateId(desa.formedOn, desa.formedPrecision));
  line('Status', desa.status);
  line(
    'Kriteria pemilihan',
    desa.criteria.length > 0 ? desa.criteria.map((c) => CRITERIA[c] ?? c).join('; ') : '-',
  );
  line(
    'PIMPASA',
    desa.pimpasa.length > 0 ? desa.pimpasa.map((p) => p.fullName).join(', ') : 'belum ditetapkan',
  );
  if (desa.sourceReference) line('Sumber', desa.sourceReference);

  heading('Kegiatan dan peserta');
  const { activities } = profile;
  line('Jumlah kegiatan', String(activities.count));
  for (const [kind, n] of Object.entries(activities.byKind)) {
    line(`  ${ACTIVITY_KINDS[kind] ?? kind}`, String(n));
  }
  line('Jumlah peserta', String(activities.participantTotal));
  const p = activities.participants;
  line(
    'Laki-laki (<18 / 18-25 / 26-45 / >45)',
    `${p.L.u18} / ${p.L.a18_25} / ${p.L.a26_45} / ${p.L.o45}`,
  );
  line(
    'Perempuan (<18 / 18-25 / 26-45 / >45)',
    `${p.P.u18} / ${p.P.a18_25} / ${p.P.a26_45} / ${p.P.o45}`,
  );
  for (const a of activities.list) {
    doc.moveDown(0.2);
    doc.text(
      `${formatDateId(a.date)} - ${ACTIVITY_KINDS[a.kind] ?? a.kind}: ${a.topic} (${a.participantTotal} peserta)`,
    );
    if (a.tppoTypes.length > 0) doc.text(`   Jenis TPPO: ${a.tppoTypes.map(tppoLabel).join(', ')}`);
    if (a.partners.length > 0) doc.text(`   Mitra hadir: ${a.partners.join(', ')}`);
  }

  heading('Laporan peringatan dini');
  if (profile.reports.length === 0) doc.text('Tidak ada laporan dalam periode ini.');
  for (const r of profile.reports) {
    const became = [
      ...r.outcome.watchlist.map((e) => `usulan daftar pengawasan ${e.refCode} (${e.status})`),
      ...(r.outcome.alert
        ? [`peringatan ke ${r.outcome.alert.offices.map((o) => o.name).join(', ')}`]
        : []),
    ];
    doc.text(
      `${r.refCode} - ${formatDateId(r.seenOn)} - ${REPORT_CATEGORIES[r.category] ?? r.category}` +
        (r.region ? ` di ${r.region.name}` : ''),
    );
    doc.text(`   Tindak lanjut: ${became.length > 0 ? became.join('; ') : 'belum ada'}`);
  }

  heading('Angka hotspot (pemeriksaan pemohon)');
  const h = profile.hotspot;
  doc.text(
    `Desa/kelurahan ini: ${h.village.screened} diperiksa, ${h.village.tunda} ditunda, ` +
      `${h.village.tolak} ditolak, ${h.village.matched} cocok dengan daftar/riwayat.`,
  );
  doc.text(
    `Kecamatan: ${h.district.screened} diperiksa, ${h.district.tunda} ditunda, ` +
      `${h.district.tolak} ditolak, ${h.district.matched} cocok dengan daftar/riwayat.`,
  );
  doc.moveDown(1.5).fontSize(8).fillColor('#555555');
  doc.text(
    `Dibuat oleh Waspada pada ${generatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC. ` +
      'Angka hotspot hanya mencakup pemeriksaan dalam cakupan akses pembuat dokumen.',
  );
  doc.end();
  return done;
}
