import { rulePackSchema, type RulePack } from './indicator-rules.ts';

// Every basis names the regulation, circular or guidance an officer can look up.
const SE_0277 = 'SE Dirjen Imigrasi IMI-0277.GR.02.06/2017 (pencegahan PMI non-prosedural)';
const SE_1562 = 'SE Dirjen Imigrasi IMI-1562.GR.01.01/2014 (kehati-hatian bagi pemohon rentan)';
const SE_5890 =
  'SE IMI.2.GR.01.01-4.5890/2021 (keberangkatan WNI yang akan bekerja di luar negeri)';
const UU_18 = 'UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia';
const UU_21 = 'UU 21/2007 tentang Pemberantasan TPPO, Pasal 4';
const PERMEN_8 = 'Permenkumham 8/2014 jo. 18/2022 (paspor: pemeriksaan dan wawancara)';
const PERMEN_9 = 'Permenkumham 9/2024 (pemeriksaan keberangkatan di TPI: wawancara)';
const INTERVIEW = `${PERMEN_8}; ${PERMEN_9}; ${SE_0277}`;
const PROFILE_2023 =
  'Arahan profil kerentanan 2023 (perempuan 17-45, daerah prioritas); UU 27/2022 PDP: pemrofilan';
const NIK_STRUCTURE =
  'Struktur NIK (Dukcapil): kode wilayah dalam digit 1-6, tanggal lahir (+40 untuk perempuan) dalam digit 7-12';
const REGION_CODES = 'Kode wilayah Kemendagri (Kepmendagri 300.2.2-2138/2025)';

/**
 * The seeded rule pack, from the indicators officers use, each citing its regulation, circular
 * or guidance. Weights add up: WAWANCARA from 3, TUNDA from 6. Administrators change it only
 * with a second approval. A released version is never edited: a change is a new version (and a
 * migration that moves a database still on the untouched seed to it), so every stored screening
 * replays with the pack it recorded. 2026.1.1 replaced 2026.1: real sources for every rule, and
 * the NIK region check.
 */
export const DEFAULT_RULE_PACK: RulePack = rulePackSchema.parse({
  version: '2026.1.1',
  thresholds: { wawancara: 3, tunda: 6 },
  rules: [
    {
      id: 'WORK_NO_RECOMMENDATION',
      title: {
        id: 'Tujuan bekerja tanpa rekomendasi dinas ketenagakerjaan',
        en: 'Travelling to work without a labour-office recommendation',
      },
      basis: `${SE_0277}; ${UU_18}`,
      weight: 6,
      when: {
        all: [
          { fact: 'trip.purpose', op: 'eq', value: 'bekerja' },
          { fact: 'documents.workRecommendation', op: 'eq', value: false },
        ],
      },
    },
    {
      id: 'WORK_NO_PMI_REGISTRATION',
      title: {
        id: 'Tujuan bekerja tanpa pendaftaran PMI',
        en: 'Travelling to work without migrant-worker registration',
      },
      basis: UU_18,
      weight: 3,
      when: {
        all: [
          { fact: 'trip.purpose', op: 'eq', value: 'bekerja' },
          { fact: 'documents.pmiRegistration', op: 'eq', value: false },
        ],
      },
    },
    {
      id: 'WORK_VISA_DISGUISED',
      title: {
        id: 'Visa kerja, tetapi tujuan yang dinyatakan bukan bekerja',
        en: 'Work visa, but the stated purpose is not work',
      },
      basis: `${SE_0277}: tujuan yang dinyatakan tidak sesuai maksud`,
      weight: 4,
      when: {
        all: [
          { fact: 'trip.visaType', op: 'eq', value: 'kerja' },
          { fact: 'trip.purpose', op: 'notIn', value: ['bekerja', 'magang'] },
        ],
      },
    },
    {
      id: 'SCAM_ROUTE_ONE_WAY',
      title: {
        id: 'Wisata/kunjungan ke negara rawan penipuan daring tanpa tiket pulang',
        en: 'Tourism or visit to an online-scam country without a return ticket',
      },
      basis: `${SE_0277}: modus wisata dan kunjungan keluarga; ${UU_21}`,
      weight: 4,
      when: {
        all: [
          { fact: 'trip.destinationRisk', op: 'eq', value: 'scam_compound' },
          { fact: 'trip.purpose', op: 'in', value: ['wisata', 'kunjungan_keluarga', 'bisnis'] },
          { fact: 'trip.returnTicket', op: 'eq', value: false },
        ],
      },
    },
    {
      id: 'NO_RETURN_TICKET',
      title: { id: 'Tidak memiliki tiket pulang', en: 'No return ticket' },
      basis: INTERVIEW,
      weight: 2,
      when: {
        all: [
          { fact: 'trip.returnTicket', op: 'eq', value: false },
          {
            fact: 'trip.purpose',
            op: 'in',
            value: ['wisata', 'kunjungan_keluarga', 'umrah', 'berobat'],
          },
        ],
      },
    },
    {
      id: 'PMI_DESTINATION_TOURIST_FIRST_TRIP',
      title: {
        id: 'Perjalanan pertama sebagai wisatawan ke negara tujuan utama PMI',
        en: 'First trip as a tourist to a main migrant-worker destination',
      },
      basis: `${SE_0277}: modus wisata dan kunjungan keluarga; ${SE_5890}`,
      weight: 2,
      when: {
        all: [
          { fact: 'trip.destinationRisk', op: 'in', value: ['pmi_main', 'kawin_kontrak'] },
          { fact: 'trip.purpose', op: 'in', value: ['wisata', 'kunjungan_keluarga'] },
          { fact: 'applicant.firstTimeTraveller', op: 'eq', value: true },
        ],
      },
    },
    {
      id: 'MINOR_NO_PARENTS_STATEMENT',
      title: {
        id: 'Anak di bawah 18 tahun tanpa surat pernyataan kedua orang tua',
        en: 'Minor without both parents’ statement',
      },
      basis: SE_1562,
      weight: 6,
      when: {
        all: [
          { fact: 'applicant.age', op: 'lte', value: 17 },
          { fact: 'documents.parentsStatement', op: 'eq', value: false },
        ],
      },
    },
    {
      id: 'UMRAH_NO_OPERATOR',
      title: {
        id: 'Umrah/haji tanpa surat dari penyelenggara resmi',
        en: 'Umrah or haji without a licensed operator’s statement',
      },
      basis: `${SE_0277}: modus umrah dan haji khusus`,
      weight: 3,
      when: {
        all: [
          { fact: 'trip.purpose', op: 'in', value: ['umrah', 'haji'] },
          { fact: 'documents.umrahOperatorStatement', op: 'eq', value: false },
        ],
      },
    },
    {
      id: 'PLAN_UNCLEAR',
      title: {
        id: 'Tidak dapat menjelaskan kapan, berapa lama, dan kota tujuan',
        en: 'Cannot say when, how long, or which city',
      },
      basis: INTERVIEW,
      weight: 3,
      when: { fact: 'trip.planUnclear', op: 'eq', value: true },
    },
    {
      id: 'BOOKED_BY_OTHER',
      title: {
        id: 'Tiket dipesan atau dibayar orang lain',
        en: 'Someone else booked or paid the trip',
      },
      basis: INTERVIEW,
      weight: 2,
      when: { fact: 'trip.bookedByOther', op: 'eq', value: true },
    },
    {
      id: 'GROUP_WITH_AGENT',
      title: {
        id: 'Berangkat berkelompok diurus satu agen',
        en: 'Group departure handled by one agent',
      },
      basis: INTERVIEW,
      weight: 2,
      when: { fact: 'trip.groupWithAgent', op: 'eq', value: true },
    },
    {
      id: 'MULTI_STOP',
      title: { id: 'Rute transit berlapis', en: 'Multi-stop routing' },
      basis: INTERVIEW,
      weight: 1,
      when: { fact: 'trip.multiStop', op: 'eq', value: true },
    },
    {
      id: 'COMPANION_CONCERN',
      title: {
        id: 'Cemas di dekat pendamping, atau anak yang tidak sesuai rombongan keluarga',
        en: 'Anxious around a companion, or children who do not fit the family group',
      },
      basis: INTERVIEW,
      weight: 3,
      when: { fact: 'trip.companionConcern', op: 'eq', value: true },
    },
    {
      id: 'FAR_FROM_HOME',
      title: {
        id: 'Mengajukan paspor di luar wilayah domisili',
        en: 'Applying outside the home region’s office',
      },
      basis: `${PERMEN_8}; ${SE_0277}`,
      weight: 1,
      when: {
        all: [
          { fact: 'screening.kind', op: 'eq', value: 'passport_application' },
          { fact: 'applicant.homeOutsideCoverage', op: 'eq', value: true },
        ],
      },
    },
    {
      id: 'SPONSOR_NETWORK',
      title: {
        id: 'Sponsor/agen yang sama pada banyak permohonan dalam waktu singkat',
        en: 'Same sponsor or agent across several recent applications',
      },
      basis: `${SE_0277}; ${UU_21}: perekrutan dan pengiriman oleh jaringan`,
      weight: 4,
      when: { fact: 'sponsor.recentApplications', op: 'gte', value: 3 },
    },
    {
      id: 'NIK_CONTRADICTS',
      title: {
        id: 'NIK bertentangan dengan tanggal lahir atau jenis kelamin yang dinyatakan',
        en: 'NIK contradicts the stated birth date or sex',
      },
      basis: NIK_STRUCTURE,
      weight: 3,
      when: {
        any: [
          { fact: 'nik.birthDateConflict', op: 'eq', value: true },
          { fact: 'nik.sexConflict', op: 'eq', value: true },
        ],
      },
    },
    {
      id: 'NIK_REGION_UNKNOWN',
      title: {
        id: 'Kode provinsi atau kabupaten/kota dalam NIK tidak ada',
        en: 'The NIK’s province or regency code does not exist',
      },
      basis: `${NIK_STRUCTURE}; ${REGION_CODES}`,
      weight: 3,
      when: { fact: 'nik.regionUnknown', op: 'eq', value: true },
    },
    {
      id: 'FALSE_NO_PASSPORT_CLAIM',
      title: {
        id: 'Menyatakan belum pernah memiliki paspor, padahal tercatat pernah',
        en: 'Claims never to have had a passport, but one is on record',
      },
      basis: `${PERMEN_8}: penolakan bila keterangan terbukti tidak benar`,
      weight: 6,
      floor: 'TOLAK',
      when: {
        all: [
          { fact: 'applicant.declaredNoPriorPassport', op: 'eq', value: true },
          { fact: 'applicant.priorPassportFound', op: 'eq', value: true },
        ],
      },
    },
    {
      id: 'FIRST_TIME_TRAVELLER',
      title: { id: 'Baru pertama kali bepergian ke luar negeri', en: 'First-time traveller' },
      basis: INTERVIEW,
      weight: 1,
      when: { fact: 'applicant.firstTimeTraveller', op: 'eq', value: true },
    },
    {
      id: 'PROFILE_WOMAN_17_45',
      title: {
        id: 'Profil: perempuan usia 17-45 tahun (hanya untuk wawancara lanjutan)',
        en: 'Profile: woman aged 17-45 (secondary interview only)',
      },
      basis: PROFILE_2023,
      weight: 1,
      when: {
        all: [
          { fact: 'applicant.sex', op: 'eq', value: 'P' },
          { fact: 'applicant.age', op: 'gte', value: 17 },
          { fact: 'applicant.age', op: 'lte', value: 45 },
        ],
      },
    },
    {
      id: 'PROFILE_PRIORITY_REGION',
      title: {
        id: 'Profil: berasal dari daerah prioritas 2023 (hanya untuk wawancara lanjutan)',
        en: 'Profile: from a 2023 priority region (secondary interview only)',
      },
      basis: `${PROFILE_2023}: NTT, NTB, Jawa Timur, Sulawesi Selatan`,
      weight: 1,
      when: { fact: 'applicant.homeProvince', op: 'in', value: ['53', '52', '35', '73'] },
    },
  ],
});
