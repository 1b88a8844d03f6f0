import ExcelJS from 'exceljs';
import type { HotspotReport, PlaceCounts } from './hotspots.schema.ts';

const HEADER = [
  'tingkat',
  'kode',
  'nama',
  'kecamatan',
  'kabupaten_kota',
  'provinsi',
  'diperiksa',
  'tunda',
  'tolak',
  'cocok',
  'ditandai',
  'desa_binaan',
  'tanpa_desa_binaan',
  'berita_tppo',
];

function rowOf(place: PlaceCounts): (string | number)[] {
  const parent = (level: string): string =>
    place.parents.find((p) => p.level === level || (level === 'kabupaten' && p.level === 'kota'))
      ?.name ?? '';
  return [
    place.region.level,
    place.region.code,
    place.region.name,
    place.region.level === 'kecamatan' ? '' : parent('kecamatan'),
    parent('kabupaten'),
    parent('provinsi'),
    place.screened,
    place.tunda,
    place.tolak,
    place.matched,
    place.flagged,
    place.desaBinaan,
    place.flagged > 0 && place.desaBinaan === 0 ? 'ya' : 'tidak',
    place.newsEvents,
  ];
}

function rowsOf(report: HotspotReport): (string | number)[][] {
  return [...report.districts, ...report.villages].map(rowOf);
}

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it away.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The hotspot figures as CSV (districts, then villages; UTF-8 with a header line). */
export function hotspotsToCsv(report: HotspotReport): string {
  return [HEADER, ...rowsOf(report)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The hotspot figures as an XLSX workbook: one sheet of places, one of gaps. */
export async function hotspotsToXlsx(report: HotspotReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waspada';
  const places = workbook.addWorksheet('Hotspot');
  places.addRow([
    `Periode ${report.period.from} s.d. ${report.period.to} (${report.period.timeZone})`,
  ]);
  places.addRow(HEADER);
  for (const row of rowsOf(report)) places.addRow(row);
  places.getRow(2).font = { bold: true };
  const gaps = workbook.addWorksheet('Tanpa Desa Binaan');
  gaps.addRow(HEADER);
  gaps.getRow(1).font = { bold: true };
  for (const place of [...report.villageGaps, ...report.districtGaps]) gaps.addRow(rowOf(place));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
