import type { KnowledgeSection, KnowledgeSourceKind } from '../../db/schema-coord.ts';

/** A source as the knowledge base cites it. */
export interface SeedSource {
  kind: KnowledgeSourceKind;
  label: string;
  reference?: string;
}

const UU_21: SeedSource = {
  kind: 'regulation',
  label: 'UU 21/2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang',
};
const UU_6: SeedSource = {
  kind: 'regulation',
  label: 'UU 6/2011 tentang Keimigrasian (terakhir diubah dengan UU 63/2024), Pasal 89',
};
const UU_18: SeedSource = {
  kind: 'regulation',
  label: 'UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia',
};
const SE_0277: SeedSource = {
  kind: 'regulation',
  label: 'SE Dirjen Imigrasi IMI-0277.GR.02.06/2017 (pencegahan PMI non-prosedural)',
};
const SE_1562: SeedSource = {
  kind: 'regulation',
  label: 'SE Dirjen Imigrasi IMI-1562.GR.01.01/2014 (kehati-hatian bagi pemohon rentan)',
};
const PERMEN_9: SeedSource = {
  kind: 'regulation',
  label:
    'Permenkumham 9/2024 (pemeriksaan keberangkatan di TPI; menggantikan Permenkumham 44/2015)',
};
const RAKOR: SeedSource = {
  kind: 'official_release',
  label:
    'Berita Kemenkumham Sumsel "Kemenkumham Sumsel Lakukan Pencegahan Perdagangan Orang di ' +
    'Wilayah Sumsel dan Lampung" (rapat koordinasi Selasa, 21 Mei 2024)',
};
const DESA_BINAAN: SeedSource = {
  kind: 'official_release',
  label: 'Program Desa Binaan Imigrasi, Direktorat Intelijen Keimigrasian (rilis resmi imigrasi)',
};
const PRACTICE: SeedSource = {
  kind: 'official_release',
  label:
    'Indikator pemeriksaan petugas imigrasi menurut situs resmi imigrasi dan berita yang ' +
    'mengutip pejabat (dirangkum dalam catatan domain Waspada)',
};
const KEMLU_SCAM: SeedSource = {
  kind: 'news',
  label:
    'Data kasus penipuan daring yang ditangani Kementerian Luar Negeri, dikutip media (dirangkum ' +
    'dalam catatan domain Waspada)',
};

/** One statement shipped with the product. */
export interface SeedStatement {
  key: string;
  tppoType: string;
  section: KnowledgeSection;
  textId: string;
  textEn: string;
  source: SeedSource;
}

/** The forms of exploitation (and the PMI non-procedural risk category) that have pages. */
export const KNOWLEDGE_PAGE_TYPES = [
  'PMI_NONPROSEDURAL',
  'EKSPLOITASI_SEKSUAL',
  'KERJA_PAKSA',
  'ABK_PERIKANAN',
  'ONLINE_SCAM',
  'KAWIN_KONTRAK',
  'PENJUALAN_ORGAN',
  'EKSPLOITASI_ANAK',
  'PENJUALAN_BAYI',
  'PERBUDAKAN_LAINNYA',
  'LAINNYA',
] as const;

/** Statements that hold for every form of TPPO, repeated on each page with the same source. */
const COMMON: Omit<SeedStatement, 'key' | 'tppoType'>[] = [
  {
    section: 'legal_basis',
    textId:
      'Perdagangan orang terdiri atas proses (merekrut, mengangkut, menampung, mengirim, ' +
      'memindahkan, menerima), cara (ancaman, kekerasan, penculikan, penipuan, penyalahgunaan ' +
      'kekuasaan atau kerentanan, jeratan utang, pembayaran kepada pihak yang memegang kendali) ' +
      'dan tujuan eksploitasi.',
    textEn:
      'Trafficking consists of a process (recruiting, transporting, harbouring, sending, ' +
      'transferring, receiving), a means (threat, force, abduction, fraud, abuse of power or ' +
      'vulnerability, debt bondage, payments to a controller) and the purpose of exploitation.',
    source: UU_21,
  },
  {
    section: 'legal_basis',
    textId:
      'Pasal 4: membawa warga negara Indonesia ke luar negeri untuk dieksploitasi. Ancaman ' +
      'pidana dasar 3-15 tahun dan denda Rp120-600 juta; Pasal 7 memperberat (luka berat, ' +
      'kematian: sampai seumur hidup); Pasal 8 menambah sepertiga bagi pejabat yang ' +
      'menyalahgunakan kekuasaan, disertai pemberhentian.',
    textEn:
      'Article 4: taking an Indonesian citizen abroad to be exploited. Base penalty 3-15 years ' +
      'and Rp120-600 million; Article 7 aggravates it (serious injury, death: up to life); ' +
      'Article 8 adds a third for an official who abuses power, with dismissal.',
    source: UU_21,
  },
  {
    section: 'legal_basis',
    textId:
      'Imigrasi melakukan tindakan preventif dan represif terhadap TPPO dan penyelundupan manusia.',
    textEn: 'Immigration takes preventive and repressive measures against TPPO and smuggling.',
    source: UU_6,
  },
  {
    section: 'impact',
    textId: 'TPPO merupakan kejahatan luar biasa yang mencoreng kehidupan manusia.',
    textEn: 'TPPO is an extraordinary crime that defiles human life.',
    source: RAKOR,
  },
  {
    section: 'prevention_counter',
    textId:
      'Pemeriksaan keimigrasian harus lebih ketat; bila perlu lakukan penundaan keberangkatan ' +
      'bahkan penolakan dokumen keimigrasian jika terdapat pemohon yang mencurigakan.',
    textEn:
      'Immigration examination must be stricter; where needed, postpone departure or even ' +
      'refuse travel documents when an applicant is suspicious.',
    source: RAKOR,
  },
  {
    section: 'prevention_checkpoint',
    textId:
      'Pemeriksaan keberangkatan di TPI: dokumen, wawancara, pemindaian, dan daftar cegah. ' +
      'Paspor orang yang ditunda keberangkatannya ditarik dengan tanda terima (STP) dan dikirim ke ' +
      'Kanim penerbit; orangnya diasesmen untuk menelusuri perekrut dan diserahkan kepada ' +
      'BP2MI/KP2MI (BP3MI di daerah) untuk konseling migrasi aman.',
    textEn:
      'Departure checks at a TPI: documents, interview, scan and the exit-ban list. A traveller ' +
      'held back has the passport withdrawn against a receipt (STP) and sent to the issuing ' +
      'Kanim; the person is assessed to trace recruiters and handed to BP2MI/KP2MI (regional ' +
      'BP3MI) for safe-migration counselling.',
    source: PERMEN_9,
  },
  {
    section: 'prevention_village',
    textId:
      'Desa Binaan Imigrasi: PIMPASA yang ditugaskan memberi penyuluhan, berkoordinasi, ' +
      'memberi layanan lini pertama, dan mengumpulkan laporan peringatan dini dari warga.',
    textEn:
      'Desa Binaan Imigrasi: the assigned PIMPASA gives counselling, coordinates, provides ' +
      'first-line services and collects early-warning reports from residents.',
    source: DESA_BINAAN,
  },
  {
    section: 'prevention_kanwil',
    textId:
      'Diperlukan kerja sama lintas instansi dan lintas provinsi dalam mengusut kasus TPPO, ' +
      'termasuk yang melibatkan oknum aparat; pembinaan dan penyebaran informasi kepada satuan ' +
      'kerja di bawahnya dilakukan secara intensif.',
    textEn:
      'Cross-agency and cross-province cooperation is needed to investigate TPPO cases, ' +
      'including those involving complicit officials; guidance and information are sent down ' +
      'to subordinate work units intensively.',
    source: RAKOR,
  },
];

/** Statements that belong to one page. */
const SPECIFIC: Omit<SeedStatement, 'key'>[] = [
  {
    tppoType: 'PMI_NONPROSEDURAL',
    section: 'definition',
    textId:
      'PMI wajib berusia sedikitnya 18 tahun dan memiliki surat keterangan status perkawinan, ' +
      'izin keluarga/pasangan yang diketahui kepala desa, sertifikat kompetensi dan kesehatan, ' +
      'paspor, visa kerja, perjanjian penempatan, dan perjanjian kerja. PMI tanpa persyaratan ' +
      'tersebut disebut non-prosedural (PMI NP).',
    textEn:
      'A migrant worker must be at least 18 and hold a marital-status letter, family/spouse ' +
      'permission acknowledged by the village head, competency and health certificates, a ' +
      'passport, a work visa, a placement agreement and an employment contract. One without ' +
      'them is non-procedural (PMI NP).',
    source: UU_18,
  },
  {
    tppoType: 'PMI_NONPROSEDURAL',
    section: 'prevention_counter',
    textId:
      'Paspor untuk bekerja memerlukan rekomendasi dinas ketenagakerjaan yang diverifikasi di ' +
      'SIMKIM; kedok yang harus diwaspadai: umrah, haji khusus, magang, bursa kerja khusus, ' +
      'kunjungan keluarga, dan wisata.',
    textEn:
      'A passport to work needs a labour-office recommendation verified in SIMKIM; disguises to ' +
      'watch for: umrah, special hajj, internships, special job fairs, family visits and tourism.',
    source: SE_0277,
  },
  {
    tppoType: 'KERJA_PAKSA',
    section: 'definition',
    textId:
      'Kerja paksa, termasuk pekerja rumah tangga di luar negeri. Negara tujuan utama: ' +
      'Malaysia, Timur Tengah/Arab Saudi, Hong Kong, dan Korea.',
    textEn:
      'Forced labour, including domestic work abroad. Top destinations: Malaysia, the Middle ' +
      'East/Saudi Arabia, Hong Kong and Korea.',
    source: PRACTICE,
  },
  {
    tppoType: 'ONLINE_SCAM',
    section: 'definition',
    textId:
      'Orang dipaksa bekerja sebagai pelaku penipuan daring (scammer) di kompleks penipuan, ' +
      'antara lain di Kamboja, Myanmar (Myawaddy), Laos, Thailand, Vietnam, dan Filipina.',
    textEn:
      'People forced to work as scammers in scam compounds, among others in Cambodia, Myanmar ' +
      '(Myawaddy), Laos, Thailand, Vietnam and the Philippines.',
    source: PRACTICE,
  },
  {
    tppoType: 'ONLINE_SCAM',
    section: 'impact',
    textId:
      'Kasus penipuan daring yang ditangani Kementerian Luar Negeri: 15 kasus pada 2020, lebih ' +
      'dari 10.000 hingga Oktober 2025.',
    textEn:
      'Online-scam cases handled by the foreign ministry: 15 in 2020, more than 10,000 by ' +
      'October 2025.',
    source: KEMLU_SCAM,
  },
  {
    tppoType: 'ONLINE_SCAM',
    section: 'prevention_kanwil',
    textId:
      'Praktik pekerja sebagai scammer dibahas sebagai salah satu jenis TPPO dalam rapat ' +
      'koordinasi Kanwil Sumatera Selatan dan Kanwil Lampung.',
    textEn:
      'People working as scammers were discussed as a form of TPPO at the coordination meeting ' +
      'of Kanwil Sumatera Selatan and Kanwil Lampung.',
    source: RAKOR,
  },
  {
    tppoType: 'KAWIN_KONTRAK',
    section: 'definition',
    textId: 'Kawin kontrak dan pengantin pesanan, terutama ke Tiongkok dan Taiwan.',
    textEn: 'Contract marriage and mail-order brides, mainly to China and Taiwan.',
    source: PRACTICE,
  },
  {
    tppoType: 'KAWIN_KONTRAK',
    section: 'prevention_kanwil',
    textId:
      'Kawin kontrak dibahas sebagai salah satu jenis TPPO dalam rapat koordinasi Kanwil ' +
      'Sumatera Selatan dan Kanwil Lampung.',
    textEn:
      'Contract marriage was discussed as a form of TPPO at the coordination meeting of Kanwil ' +
      'Sumatera Selatan and Kanwil Lampung.',
    source: RAKOR,
  },
  {
    tppoType: 'PENJUALAN_ORGAN',
    section: 'prevention_kanwil',
    textId:
      'Penjualan organ tubuh manusia dibahas sebagai salah satu jenis TPPO dalam rapat ' +
      'koordinasi Kanwil Sumatera Selatan dan Kanwil Lampung.',
    textEn:
      'The sale of human organs was discussed as a form of TPPO at the coordination meeting of ' +
      'Kanwil Sumatera Selatan and Kanwil Lampung.',
    source: RAKOR,
  },
  {
    tppoType: 'PENJUALAN_BAYI',
    section: 'prevention_kanwil',
    textId:
      'Bayi tabung dibahas sebagai salah satu jenis TPPO dalam rapat koordinasi Kanwil Sumatera ' +
      'Selatan dan Kanwil Lampung.',
    textEn:
      'IVF babies were discussed as a form of TPPO at the coordination meeting of Kanwil ' +
      'Sumatera Selatan and Kanwil Lampung.',
    source: RAKOR,
  },
  {
    tppoType: 'EKSPLOITASI_ANAK',
    section: 'prevention_counter',
    textId:
      'Kehati-hatian bagi pemohon rentan: pemohon anak memerlukan surat pernyataan kedua orang tua.',
    textEn: 'Prudence for vulnerable applicants: a minor needs both parents’ statement.',
    source: SE_1562,
  },
];

/** Every statement shipped with the product, with stable keys. */
export const SEED_STATEMENTS: SeedStatement[] = [
  ...KNOWLEDGE_PAGE_TYPES.flatMap((tppoType) =>
    COMMON.map((s, i) => ({ ...s, tppoType, key: `common-${i}-${tppoType}` })),
  ),
  ...SPECIFIC.map((s, i) => ({ ...s, key: `specific-${i}-${s.tppoType}` })),
];

/** One modus operandi entry shipped with the product (published). */
export interface SeedModus {
  key: string;
  tppoType: string;
  name: string;
  recruitment: string;
  routes: string;
  signs: string;
  ruleIds: string[];
  source: SeedSource;
}

/** The modus operandi DOMAIN.md reports, each with the rule ids of the default pack. */
export const SEED_MODUS: SeedModus[] = [
  {
    key: 'modus-wisata',
    tppoType: 'PMI_NONPROSEDURAL',
    name: 'Visa/paspor wisata atau kunjungan keluarga untuk bekerja',
    recruitment: '',
    routes: 'Malaysia, Timur Tengah/Arab Saudi, Hong Kong, Korea.',
    signs:
      'Tujuan yang dinyatakan (wisata, kunjungan keluarga) tidak sesuai niat bekerja; tidak dapat ' +
      'menjelaskan kapan, berapa lama, dan kota tujuan; tanpa tiket pulang; baru pertama kali ' +
      'bepergian.',
    ruleIds: ['PMI_DESTINATION_TOURIST_FIRST_TRIP', 'NO_RETURN_TICKET', 'PLAN_UNCLEAR'],
    source: SE_0277,
  },
  {
    key: 'modus-umrah',
    tppoType: 'PMI_NONPROSEDURAL',
    name: 'Kedok umrah atau haji khusus',
    recruitment: '',
    routes: 'Timur Tengah/Arab Saudi.',
    signs: 'Umrah/haji tanpa surat dari penyelenggara resmi.',
    ruleIds: ['UMRAH_NO_OPERATOR'],
    source: SE_0277,
  },
  {
    key: 'modus-magang',
    tppoType: 'PMI_NONPROSEDURAL',
    name: 'Magang palsu',
    recruitment: '',
    routes: '',
    signs: 'Tujuan bekerja atau visa kerja tanpa rekomendasi dinas ketenagakerjaan.',
    ruleIds: ['WORK_NO_RECOMMENDATION', 'WORK_VISA_DISGUISED'],
    source: SE_0277,
  },
  {
    key: 'modus-bursa-kerja',
    tppoType: 'PMI_NONPROSEDURAL',
    name: 'Bursa kerja khusus',
    recruitment: '',
    routes: '',
    signs: 'Tujuan bekerja tanpa rekomendasi dinas ketenagakerjaan atau pendaftaran PMI.',
    ruleIds: ['WORK_NO_RECOMMENDATION', 'WORK_NO_PMI_REGISTRATION'],
    source: SE_0277,
  },
  {
    key: 'modus-lowongan-medsos',
    tppoType: 'PMI_NONPROSEDURAL',
    name: 'Lowongan kerja palsu di media sosial',
    recruitment: 'Tawaran kerja di luar negeri melalui media sosial.',
    routes: '',
    signs:
      'Keberangkatan berkelompok yang diurus satu agen; tiket dipesan atau dibayar orang lain.',
    ruleIds: ['GROUP_WITH_AGENT', 'BOOKED_BY_OTHER', 'SPONSOR_NETWORK'],
    source: PRACTICE,
  },
  {
    key: 'modus-family-gathering',
    tppoType: 'PMI_NONPROSEDURAL',
    name: 'Perjalanan "family gathering"',
    recruitment: '',
    routes: '',
    signs: 'Keberangkatan berkelompok yang diurus satu agen.',
    ruleIds: ['GROUP_WITH_AGENT', 'BOOKED_BY_OTHER'],
    source: PRACTICE,
  },
  {
    key: 'modus-scam-wisata',
    tppoType: 'ONLINE_SCAM',
    name: 'Wisata ke negara kompleks penipuan daring tanpa tiket pulang',
    recruitment: '',
    routes: 'Kamboja, Myanmar (Myawaddy), Laos, Thailand, Vietnam, Filipina.',
    signs:
      'Wisata/kunjungan ke negara rawan penipuan daring tanpa tiket pulang; rute transit berlapis.',
    ruleIds: ['SCAM_ROUTE_ONE_WAY', 'MULTI_STOP'],
    source: PRACTICE,
  },
  {
    key: 'modus-donor-ginjal',
    tppoType: 'PENJUALAN_ORGAN',
    name: 'Grup donor ginjal',
    recruitment: 'Perekrutan calon donor melalui grup donor ginjal.',
    routes: '',
    signs: '',
    ruleIds: ['BOOKED_BY_OTHER'],
    source: PRACTICE,
  },
  {
    key: 'modus-mahar-agen',
    tppoType: 'KAWIN_KONTRAK',
    name: 'Mahar dibayar kepada agen',
    recruitment: 'Uang mahar/pengantin dibayarkan kepada agen.',
    routes: 'Tiongkok, Taiwan.',
    signs: 'Cemas di dekat pendamping.',
    ruleIds: ['COMPANION_CONCERN', 'BOOKED_BY_OTHER'],
    source: PRACTICE,
  },
];
