import PDFDocument from 'pdfkit';

/** What a receipt for a withheld passport (STP) states. */
export interface ReceiptContent {
  receiptNumber: string;
  screeningRef: string;
  issuedAt: Date;
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  office: { name: string; address: string | null };
  traveller: {
    name: string;
    nik: string | null;
    passportNumber: string | null;
    birthDate: string | null;
  };
  destinationCountry: string | null;
  reasonCategory: string | null;
  officer: string;
  supervisor: string | null;
  forwardedTo: { name: string; address: string | null } | null;
  deadline: string | null;
}

const ZONE_ABBREVIATIONS: Record<ReceiptContent['timeZone'], string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Indonesian labels of the reason categories. */
export const REASON_CATEGORY_LABELS: Record<string, string> = {
  dugaan_pmi_np: 'Dugaan pekerja migran non-prosedural (PMI NP)',
  dugaan_tppo: 'Dugaan tindak pidana perdagangan orang (TPPO)',
  permohonan_ganda: 'Permohonan ganda',
  dokumen_tidak_lengkap: 'Dokumen tidak lengkap',
  keterangan_tidak_benar: 'Keterangan tidak benar',
  lainnya: 'Lainnya',
};

/** An instant as an Indonesian date and time in the office's zone, e.g. "25 November 2026 10.00 WIB". */
export function formatOfficeTime(at: Date, timeZone: ReceiptContent['timeZone']): string {
  const text = new Intl.DateTimeFormat('id-ID', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);
  return `${text.replace(' pukul', '')} ${ZONE_ABBREVIATIONS[timeZone]}`;
}

/** A calendar date (YYYY-MM-DD) in Indonesian, e.g. "25 Desember 2026". */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * Renders the receipt for a passport withheld at a checkpoint, in Bahasa Indonesia. The text is
 * left uncompressed: a receipt is one page, and an auditor can read its numbers with any tool.
 */
export function renderReceiptPdf(content: ReceiptContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: false,
    info: {
      Title: `Tanda Terima Penahanan Paspor ${content.receiptNumber}`,
      Subject: content.receiptNumber,
      Author: content.office.name,
      CreationDate: content.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(content.office.name.toUpperCase(), { align: 'center' });
  if (content.office.address) {
    doc.font('Helvetica').fontSize(9).text(content.office.address, { align: 'center' });
  }
  doc.moveDown(1);
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text('TANDA TERIMA PENAHANAN PASPOR', { align: 'center' });
  doc.font('Helvetica').fontSize(11).text(`Nomor: ${content.receiptNumber}`, { align: 'center' });
  doc.moveDown(1.2);

  const row = (label: string, value: string): void => {
    const y = doc.y;
    doc.font('Helvetica').fontSize(10.5).text(label, 56, y, { width: 170 });
    doc.text(`: ${value}`, 226, y, { width: 313 });
    doc.moveDown(0.3);
  };
  doc.font('Helvetica').fontSize(10.5).text('Telah diterima paspor milik:');
  doc.moveDown(0.4);
  row('Nama', content.traveller.name);
  row('NIK', content.traveller.nik ?? '-');
  row('Tanggal lahir', content.traveller.birthDate ? formatDay(content.traveller.birthDate) : '-');
  row('Nomor paspor', content.traveller.passportNumber ?? '-');
  row('Negara tujuan', content.destinationCountry ?? '-');
  row('Tanggal dan waktu', formatOfficeTime(content.issuedAt, content.timeZone));
  row(
    'Alasan penundaan',
    content.reasonCategory
      ? (REASON_CATEGORY_LABELS[content.reasonCategory] ?? content.reasonCategory)
      : '-',
  );
  row('Nomor pemeriksaan', content.screeningRef);
  doc.moveDown(0.8);

  doc.x = 56;
  doc
    .font('Helvetica')
    .fontSize(10.5)
    .text(
      'Keberangkatan pemegang paspor ditunda. Paspor diteruskan kepada kantor imigrasi di bawah ini ' +
        'untuk pemeriksaan lanjutan. Pemegang paspor dapat melengkapi dokumen dan menanyakan tindak ' +
        'lanjutnya di kantor tersebut.',
      { width: 483, align: 'justify' },
    );
  doc.moveDown(0.6);
  row('Diteruskan kepada', content.forwardedTo?.name ?? '-');
  if (content.forwardedTo?.address) row('Alamat', content.forwardedTo.address);
  row(
    'Batas waktu melengkapi',
    content.deadline
      ? `${formatDay(content.deadline)} (berkas yang tidak dilengkapi akan ditutup)`
      : '-',
  );
  doc.moveDown(1.5);

  const y = doc.y;
  doc.font('Helvetica').fontSize(10.5).text('Petugas pemeriksa,', 56, y, { width: 220 });
  doc.text('Mengetahui, Supervisor,', 319, y, { width: 220 });
  doc.moveDown(3);
  const y2 = doc.y;
  doc.font('Helvetica-Bold').text(content.officer, 56, y2, { width: 220 });
  doc.text(content.supervisor ?? '-', 319, y2, { width: 220 });
  doc.moveDown(2);
  doc.x = 56;
  doc
    .font('Helvetica-Oblique')
    .fontSize(8.5)
    .text(
      'Penundaan bukan penolakan. Simpan tanda terima ini dan tunjukkan saat mengambil paspor atau ' +
        'menanyakan tindak lanjut. Untuk konseling migrasi aman, hubungi BP3MI terdekat.',
      { width: 483 },
    );
  doc.end();
  return done;
}
