import { rulePackSchema, type RulePack } from './indicator-rules.ts';

const SE_0277 = 'SE Dirjen Imigrasi IMI-0277.GR.02.06/2017 (pencegahan PMI non-prosedural)';
const SE_1562 = 'SE Dirjen Imigrasi IMI-1562.GR.01.01/2014 (kehati-hatian bagi pemohon rentan)';
const UU_18 = 'UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia';
const PERMEN_8 = 'Permenkumham 8/2014 jo. 18/2022 (paspor: pemeriksaan dan wawancara)';
const PRACTICE =
  'Indikator pemeriksaan petugas imigrasi (praktik yang dilaporkan, lihat DOMAIN.md)';
const PROFILE_2023 =
  'Arahan profil kerentanan 2023 (perempuan 17-45, daerah prioritas); UU 27/2022 PDP: pemrofilan';

/**
 * The first rule pack, seeded from the indicators in DOMAIN.md, each citing its source. Weights
 * add up: WAWANCARA from 3, TUNDA from 6. Administrators change it only with a second approval.
 */
export const DEFAULT_RULE_PACK: RulePack = rulePackSchema.parse({
  version: '2026.1',
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
      basis: `${SE_0277}: modus wisata dan kunjungan keluarga; tujuan kompleks penipuan daring (DOMAIN.md)`,
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
      basis: PRACTICE,
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
      basis: `${SE_0277}; tujuan utama PMI (DOMAIN.md)`,
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
      basis: PRACTICE,
      weight: 3,
      when: { fact: 'trip.planUnclear', op: 'eq', value: true },
    },
    {
      id: 'BOOKED_BY_OTHER',
      title: {
        id: 'Tiket dipesan atau dibayar orang lain',
        en: 'Someone else booked or paid the trip',
      },
      basis: PRACTICE,
      weight: 2,
      when: { fact: 'trip.bookedByOther', op: 'eq', value: true },
    },
    {
      id: 'GROUP_WITH_AGENT',
      title: {
        id: 'Berangkat berkelompok diurus satu agen',
        en: 'Group departure handled by one agent',
      },
      basis: PRACTICE,
      weight: 2,
      when: { fact: 'trip.groupWithAgent', op: 'eq', value: true },
    },
    {
      id: 'MULTI_STOP',
      title: { id: 'Rute transit berlapis', en: 'Multi-stop routing' },
      basis: PRACTICE,
      weight: 1,
      when: { fact: 'trip.multiStop', op: 'eq', value: true },
    },
    {
      id: 'COMPANION_CONCERN',
      title: {
        id: 'Cemas di dekat pendamping, atau anak yang tidak sesuai rombongan keluarga',
        en: 'Anxious around a companion, or children who do not fit the family group',
      },
      basis: PRACTICE,
      weight: 3,
      when: { fact: 'trip.companionConcern', op: 'eq', value: true },
    },
    {
      id: 'FAR_FROM_HOME',
      title: {
        id: 'Mengajukan paspor di luar wilayah domisili',
        en: 'Applying outside the home region’s office',
      },
      basis: `${PERMEN_8}; ${PRACTICE}`,
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
      basis: `${PRACTICE}: keberangkatan kelompok oleh satu agen`,
      weight: 4,
      when: { fact: 'sponsor.recentApplications', op: 'gte', value: 3 },
    },
    {
      id: 'NIK_CONTRADICTS',
      title: {
        id: 'NIK bertentangan dengan tanggal lahir atau jenis kelamin yang dinyatakan',
        en: 'NIK contradicts the stated birth date or sex',
      },
      basis: 'Struktur NIK (Dukcapil): tanggal lahir (+40 untuk perempuan) dalam digit 7-12',
      weight: 3,
      when: {
        any: [
          { fact: 'nik.birthDateConflict', op: 'eq', value: true },
          { fact: 'nik.sexConflict', op: 'eq', value: true },
        ],
      },
    },
    {
      id: 'FALSE_NO_PASSPORT_CLAIM',
      title: {
        id: 'Menyatakan belum pernah memiliki paspor, padahal tercatat pernah',
        en: 'Claims never to have had a passport, but one is on record',
      },
      basis: `${PERMEN_8}; penolakan bila keterangan terbukti tidak benar (DOMAIN.md)`,
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
      basis: PRACTICE,
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
