import PDFDocument from 'pdfkit';
import { TPPO_TYPES, type TppoTypeCode } from '../../../domain/tppo.ts';
import type { MeetingView } from './meetings.schema.ts';

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
const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** A calendar date (YYYY-MM-DD) written out in Indonesian, e.g. "Selasa, 21 Mei 2024". */
export function formatTanggal(date: string, withDay = false): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
  if (!withDay) return text;
  const day = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${day}, ${text}`;
}

const STATUS_ID: Record<string, string> = {
  open: 'Terbuka',
  in_progress: 'Dalam proses',
  done: 'Selesai',
  dropped: 'Dibatalkan',
  draft: 'Draf',
  agreed: 'Disepakati',
  in_effect: 'Berlaku',
  ended: 'Berakhir',
};

function typeLabel(code: string): string {
  return TPPO_TYPES[code as TppoTypeCode]?.labelId ?? code;
}

/**
 * Renders the minutes (notulen) of a meeting as a PDF in Bahasa Indonesia: details,
 * participants by office, agenda, discussion, agreements, action items and a signature block.
 * Streams are left uncompressed so the text can be searched and checked.
 */
export async function renderMinutesPdf(meeting: MeetingView, printedAt: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: false,
    info: { Title: `Notulen: ${meeting.title}`, Subject: 'Notulen rapat koordinasi' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string): void => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).moveDown(0.3);
    doc.font('Helvetica').fontSize(10);
  };
  const row = (label: string, value: string): void => {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(value);
  };

  doc.font('Helvetica-Bold').fontSize(15).text('NOTULEN RAPAT KOORDINASI', { align: 'center' });
  doc.moveDown(0.3).fontSize(13).text(meeting.title, { align: 'center' });
  doc.moveDown(1).font('Helvetica').fontSize(10);
  if (meeting.demoNote) {
    doc.font('Helvetica-Oblique').text(`Catatan data demo: ${meeting.demoNote}`).moveDown(0.5);
    doc.font('Helvetica');
  }

  heading('I. Keterangan Rapat');
  row('Hari/tanggal', formatTanggal(meeting.heldOn, true));
  row('Tempat', meeting.place);
  row('Tuan rumah', meeting.hostOffice.name);
  if (meeting.sourceReference) row('Sumber', meeting.sourceReference);

  heading('II. Peserta');
  meeting.participants.forEach((office, i) => doc.text(`${i + 1}. ${office.name}`));
  meeting.otherAgencies.forEach((agency, i) =>
    doc.text(`${meeting.participants.length + i + 1}. ${agency}`),
  );

  heading('III. Agenda');
  if (meeting.tppoTypes.length > 0) {
    row('Jenis TPPO', meeting.tppoTypes.map(typeLabel).join('; '));
  }
  meeting.topics.forEach((topic, i) => doc.text(`${i + 1}. ${topic}`));
  if (meeting.topics.length === 0 && meeting.tppoTypes.length === 0) doc.text('-');

  heading('IV. Pembahasan');
  doc.text(meeting.minutes.trim() === '' ? '-' : meeting.minutes, { align: 'justify' });

  heading('V. Kesepakatan');
  if (meeting.agreements.length === 0) doc.text('-');
  meeting.agreements.forEach((a, i) => {
    doc.text(`${i + 1}. ${a.text}`);
    const parties = a.parties.map((p) => p.shortName).join(', ');
    doc.text(
      `   Para pihak: ${parties || '-'}; status: ${STATUS_ID[a.status] ?? a.status}` +
        (a.sharingAgreementId ? '; terkait perjanjian berbagi data' : ''),
    );
    if (a.demoNote) doc.font('Helvetica-Oblique').text(`   ${a.demoNote}`).font('Helvetica');
  });

  heading('VI. Rencana Tindak Lanjut');
  if (meeting.actionItems.length === 0) doc.text('-');
  meeting.actionItems.forEach((item, i) => {
    const owner = item.ownerPerson
      ? `${item.ownerOffice.name} (${item.ownerPerson})`
      : item.ownerOffice.name;
    doc.text(`${i + 1}. ${item.description}`);
    doc.text(
      `   Penanggung jawab: ${owner}; tenggat: ${formatTanggal(item.dueOn)}; status: ${
        STATUS_ID[item.status] ?? item.status
      }`,
    );
    if (item.evidenceText) doc.text(`   Bukti penyelesaian: ${item.evidenceText}`);
    if (item.demoNote) doc.font('Helvetica-Oblique').text(`   ${item.demoNote}`).font('Helvetica');
  });

  doc.moveDown(2);
  const top = doc.y;
  const half = (doc.page.width - 112) / 2;
  doc.text('Notulis,', 56, top, { width: half, align: 'center' });
  doc.text('Pimpinan Rapat,', 56 + half, top, { width: half, align: 'center' });
  doc.text('(................................)', 56, top + 70, { width: half, align: 'center' });
  doc.text('(................................)', 56 + half, top + 70, {
    width: half,
    align: 'center',
  });
  doc.text(`Dicetak dari Waspada pada ${printedAt}`, 56, top + 110, { align: 'left' });
  doc.end();
  return done;
}
