import type { RoleId } from '../../domain/permissions.ts';
import type { CreateOfficeInput } from '../modules/org/org.schema.ts';

/** One demo office; `parent` names another demo office by its code. */
export type DemoOffice = Omit<CreateOfficeInput, 'parentId'> & { parent?: string };

/*
 * The two Kanwil of the seed event (shared/seeds/: their coordination meeting of 21 May 2024)
 * with the Kanim and checkpoints named in the brief. Names follow the 2024 reorganisation
 * (Kantor Wilayah Direktorat Jenderal Imigrasi); the seeds, written before it, say "Kanwil
 * Kemenkumham". Names are data: an administrator edits them through /api/offices.
 *
 * Coverage assignments are illustrative: the seeds do not say which regency belongs to which
 * Kanim. Every regency and city of both provinces is given to one Kanim, using the official
 * Kemendagri codes (idn-area-data 4.0.1); the brief's own examples (Muara Enim, Lahat and Kota
 * Pagar Alam for Muara Enim; Kabupaten Lampung Selatan for Kalianda) are kept.
 */
export const DEMO_OFFICES: readonly DemoOffice[] = [
  {
    kind: 'kanwil',
    code: 'KANWIL-SUMSEL',
    name: 'Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan',
    shortName: 'Kanwil Sumatera Selatan',
    timeZone: 'Asia/Jakarta',
    seatRegionCode: '16.71', // Kota Palembang
  },
  {
    kind: 'kanim',
    code: 'KANIM-PALEMBANG',
    parent: 'KANWIL-SUMSEL',
    name: 'Kantor Imigrasi Kelas I TPI Palembang',
    shortName: 'Kanim Palembang',
    officeClass: 'Kelas I TPI',
    seatRegionCode: '16.71',
    // Kota Palembang, Banyuasin, Ogan Ilir, OKI, Musi Banyuasin, Musi Rawas, Musi Rawas Utara,
    // Kota Lubuk Linggau, OKU, OKU Timur, OKU Selatan (illustrative).
    coverage: [
      '16.71',
      '16.07',
      '16.10',
      '16.02',
      '16.06',
      '16.05',
      '16.13',
      '16.73',
      '16.01',
      '16.08',
      '16.09',
    ],
  },
  {
    kind: 'tpi',
    code: 'TPI-SMB-II',
    parent: 'KANIM-PALEMBANG',
    name: 'TPI Bandar Udara Internasional Sultan Mahmud Badaruddin II',
    shortName: 'TPI Bandara SMB II',
    checkpointType: 'airport',
    seatRegionCode: '16.71',
  },
  {
    kind: 'tpi',
    code: 'TPI-BOOM-BARU',
    parent: 'KANIM-PALEMBANG',
    name: 'TPI Pelabuhan Boom Baru',
    shortName: 'TPI Pelabuhan Boom Baru',
    checkpointType: 'seaport',
    seatRegionCode: '16.71',
  },
  {
    kind: 'kanim',
    code: 'KANIM-MUARA-ENIM',
    parent: 'KANWIL-SUMSEL',
    name: 'Kantor Imigrasi Kelas II Non TPI Muara Enim',
    shortName: 'Kanim Muara Enim',
    officeClass: 'Kelas II Non TPI',
    seatRegionCode: '16.03', // Kabupaten Muara Enim
    // Muara Enim, Lahat, Kota Pagar Alam (the brief's examples), Empat Lawang, PALI, Kota
    // Prabumulih (illustrative).
    coverage: ['16.03', '16.04', '16.72', '16.11', '16.12', '16.74'],
  },
  {
    kind: 'partner',
    code: 'BP3MI-SUMSEL',
    parent: 'KANWIL-SUMSEL',
    name: 'Balai Pelayanan Pelindungan Pekerja Migran Indonesia Sumatera Selatan',
    shortName: 'BP3MI Sumatera Selatan',
    partnerType: 'bp3mi',
    seatRegionCode: '16.71',
  },
  {
    kind: 'kanwil',
    code: 'KANWIL-LAMPUNG',
    name: 'Kantor Wilayah Direktorat Jenderal Imigrasi Lampung',
    shortName: 'Kanwil Lampung',
    timeZone: 'Asia/Jakarta',
    seatRegionCode: '18.71', // Kota Bandar Lampung
  },
  {
    kind: 'kanim',
    code: 'KANIM-BANDAR-LAMPUNG',
    parent: 'KANWIL-LAMPUNG',
    name: 'Kantor Imigrasi Kelas I TPI Bandar Lampung',
    shortName: 'Kanim Bandar Lampung',
    officeClass: 'Kelas I TPI',
    seatRegionCode: '18.71',
    // Every regency and city of Lampung except Lampung Selatan (illustrative).
    coverage: [
      '18.71',
      '18.72',
      '18.02',
      '18.03',
      '18.04',
      '18.05',
      '18.06',
      '18.07',
      '18.08',
      '18.09',
      '18.10',
      '18.11',
      '18.12',
      '18.13',
    ],
  },
  {
    kind: 'tpi',
    code: 'TPI-RADIN-INTEN-II',
    parent: 'KANIM-BANDAR-LAMPUNG',
    name: 'TPI Bandar Udara Radin Inten II',
    shortName: 'TPI Bandara Radin Inten II',
    checkpointType: 'airport',
    seatRegionCode: '18.01', // the airport lies in Kabupaten Lampung Selatan
  },
  {
    kind: 'tpi',
    code: 'TPI-PANJANG',
    parent: 'KANIM-BANDAR-LAMPUNG',
    name: 'TPI Pelabuhan Panjang',
    shortName: 'TPI Pelabuhan Panjang',
    checkpointType: 'seaport',
    seatRegionCode: '18.71',
  },
  {
    kind: 'kanim',
    code: 'KANIM-KALIANDA',
    parent: 'KANWIL-LAMPUNG',
    name: 'Kantor Imigrasi Kelas III Non TPI Kalianda',
    shortName: 'Kanim Kalianda',
    officeClass: 'Kelas III Non TPI',
    // Kalianda is a kecamatan and the seat of Kabupaten Lampung Selatan (the seeds' "Kabupaten
    // Kalianda" does not exist).
    seatRegionCode: '18.01.06',
    coverage: ['18.01'],
  },
  {
    kind: 'partner',
    code: 'POLDA-LAMPUNG',
    parent: 'KANWIL-LAMPUNG',
    name: 'Kepolisian Daerah Lampung',
    shortName: 'Polda Lampung',
    partnerType: 'police',
    seatRegionCode: '18.71',
  },
];

/** One demo account: a role at an office (by code). Names are plainly fictional. */
export interface DemoUser {
  username: string;
  role: RoleId;
  office: string;
  fullName: string;
}

/**
 * One account per role at a sensible office, plus a second analyst at each Kanwil and a second
 * administrator, so every four-eyes flow (a watchlist proposal or import approved by another
 * analyst of the same office, a rule pack approved by another administrator) can be completed
 * with the demo accounts alone.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'petugas.muaraenim',
    role: 'counter_officer',
    office: 'KANIM-MUARA-ENIM',
    fullName: 'Petugas Loket Demo Muara Enim',
  },
  {
    username: 'supervisor.muaraenim',
    role: 'supervisor',
    office: 'KANIM-MUARA-ENIM',
    fullName: 'Kepala Seksi Demo Muara Enim',
  },
  {
    username: 'pimpasa.muaraenim',
    role: 'pimpasa',
    office: 'KANIM-MUARA-ENIM',
    fullName: 'PIMPASA Demo Muara Enim',
  },
  {
    username: 'petugas.bandarlampung',
    role: 'counter_officer',
    office: 'KANIM-BANDAR-LAMPUNG',
    fullName: 'Petugas Loket Demo Bandar Lampung',
  },
  {
    username: 'supervisor.bandarlampung',
    role: 'supervisor',
    office: 'KANIM-BANDAR-LAMPUNG',
    fullName: 'Kepala Seksi Demo Bandar Lampung',
  },
  {
    username: 'petugas.radininten',
    role: 'counter_officer',
    office: 'TPI-RADIN-INTEN-II',
    fullName: 'Petugas Pemeriksa Demo Radin Inten II',
  },
  {
    username: 'pimpasa.kalianda',
    role: 'pimpasa',
    office: 'KANIM-KALIANDA',
    fullName: 'PIMPASA Demo Kalianda',
  },
  {
    username: 'analis.sumsel',
    role: 'intel_analyst',
    office: 'KANWIL-SUMSEL',
    fullName: 'Analis Intelijen Demo Sumatera Selatan',
  },
  {
    username: 'analis.lampung',
    role: 'intel_analyst',
    office: 'KANWIL-LAMPUNG',
    fullName: 'Analis Intelijen Demo Lampung',
  },
  {
    username: 'analis2.sumsel',
    role: 'intel_analyst',
    office: 'KANWIL-SUMSEL',
    fullName: 'Analis Intelijen Demo Kedua Sumatera Selatan',
  },
  {
    username: 'analis2.lampung',
    role: 'intel_analyst',
    office: 'KANWIL-LAMPUNG',
    fullName: 'Analis Intelijen Demo Kedua Lampung',
  },
  {
    username: 'kakanwil.sumsel',
    role: 'head',
    office: 'KANWIL-SUMSEL',
    fullName: 'Kepala Kanwil Demo Sumatera Selatan',
  },
  {
    username: 'kakanwil.lampung',
    role: 'head',
    office: 'KANWIL-LAMPUNG',
    fullName: 'Kepala Kanwil Demo Lampung',
  },
  {
    username: 'penghubung.polda',
    role: 'partner_liaison',
    office: 'POLDA-LAMPUNG',
    fullName: 'Penghubung Demo Polda Lampung',
  },
  {
    username: 'auditor',
    role: 'auditor',
    office: 'KANWIL-SUMSEL',
    fullName: 'Auditor Demo',
  },
  {
    username: 'admin',
    role: 'administrator',
    office: 'KANWIL-SUMSEL',
    fullName: 'Administrator Demo',
  },
  {
    username: 'admin2',
    role: 'administrator',
    office: 'KANWIL-LAMPUNG',
    fullName: 'Administrator Demo Kedua',
  },
];
