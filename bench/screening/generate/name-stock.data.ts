/**
 * Core stock of real Indonesian name tokens, typed in by hand, each list roughly in order of how
 * common the name is (earlier = more common). name-stock.ts extends them combinatorially and gives
 * them Zipf-like weights; nothing here is drawn uniformly.
 */

/** Spellings of the Muhammad family as they appear on Indonesian documents, with rough shares. */
// prettier-ignore
export const MUHAMMAD_SPELLINGS: readonly (readonly [string, number])[] = [
  ['Muhammad', 40], ['Muhamad', 14], ['Mohammad', 10], ['Mohamad', 8], ['Mochamad', 6], ['Mochammad', 4],
  ['Muhammat', 1], ['Mohammed', 1], ['Moehammad', 1], ['M.', 6], ['Moh.', 3], ['Muh.', 3], ['Moch.', 2], ['Mohd.', 1],
];

/** Arabic-derived male given names common among Indonesian Muslims. */
// prettier-ignore
export const ARABIC_MALE = [
  'Ahmad', 'Ali', 'Rizki', 'Hasan', 'Yusuf', 'Ilham', 'Arif', 'Umar', 'Ibrahim', 'Ismail', 'Imam', 'Fajar', 'Rahmat',
  'Hidayat', 'Syaiful', 'Saiful', 'Zainal', 'Taufik', 'Fauzi', 'Faisal', 'Firman', 'Husein', 'Usman', 'Hamzah',
  'Lukman', 'Ridwan', 'Rizky', 'Ikhsan', 'Zulkifli', 'Iskandar', 'Abdullah', 'Amir', 'Amin', 'Anwar', 'Arifin', 'Aziz',
  'Fahmi', 'Fikri', 'Hakim', 'Halim', 'Hamid', 'Harun', 'Idris', 'Ilyas', 'Irfan', 'Jamal', 'Kamal', 'Khairul',
  'Mahmud', 'Malik', 'Mansur', 'Mukhlis', 'Muslim', 'Mustofa', 'Nasir', 'Rahman', 'Rasyid', 'Rusli', 'Salim', 'Samsul',
  'Syamsul', 'Sofyan', 'Sulaiman', 'Yahya', 'Yasin', 'Zaki', 'Zakaria', 'Akbar', 'Alfian', 'Anas', 'Basri', 'Bakri',
  'Dahlan', 'Fauzan', 'Hanafi', 'Haris', 'Helmi', 'Ikhwan', 'Imron', 'Kholil', 'Khoirul', 'Mahfud', 'Muhtar', 'Mukhtar',
  'Munir', 'Nurdin', 'Rofiq', 'Syahrul', 'Subhan', 'Thoriq', 'Tarmizi', 'Wahid', 'Yazid', 'Zubair', 'Habib', 'Hadi',
  'Hafiz', 'Jafar', 'Kadir', 'Burhan', 'Badrul', 'Bahrul', 'Hasbi', 'Misbah', 'Shodiq', 'Sodik', 'Ubaidillah',
  'Nasrullah', 'Hidayatullah', 'Abdurrahman', "Ma'ruf", "Mu'min", "Fu'ad", "Sa'id", "Syafi'i", "Jum'at", 'Qomar',
  'Rosyid', 'Masykur',
];

/** Second parts after Abdul (Abdul Rahman, Abdul Aziz ...). */
// prettier-ignore
export const ABDUL_PARTS = [
  'Rahman', 'Aziz', 'Rahim', 'Hakim', 'Halim', 'Karim', 'Latif', 'Majid', 'Malik', 'Muis', 'Gani', 'Wahab', 'Kadir',
  'Jalil', 'Hamid', 'Rauf', 'Rasyid', 'Somad', 'Salam', 'Manan', 'Muthalib', 'Rozak', 'Razak', 'Basir', 'Kholik',
  'Qodir', 'Syukur', 'Mukti', 'Haris', 'Wahid',
];

/** Arabic-derived female given names; Siti and Nur lead by far. */
// prettier-ignore
export const ARABIC_FEMALE = [
  'Nurul', 'Fatimah', 'Aisyah', 'Aminah', 'Khadijah', 'Maryam', 'Zainab', 'Halimah', 'Fitri', 'Annisa', 'Nurhayati',
  'Nurjanah', 'Latifah', 'Hasanah', 'Rohmah', 'Rahmah', 'Khotimah', 'Salamah', 'Sholihah', 'Aulia', 'Azizah', 'Nadia',
  'Nabila', 'Naila', 'Nurlela', 'Maimunah', 'Mutmainah', 'Munawaroh', 'Nafisah', "Ni'mah", 'Qomariyah', 'Rohani',
  'Rukiah', "Sa'diyah", 'Sakinah', 'Salma', 'Syarifah', 'Umi', 'Zahra', 'Zulaikha', 'Zubaidah', 'Habibah', 'Hamidah',
  'Jamilah', 'Laila', 'Lailatul', 'Mahmudah', 'Masitoh', 'Muslimah', 'Nurhasanah', 'Faridah', 'Fauziah', 'Hidayah',
  'Inayah', 'Istiqomah', 'Khoiriyah', 'Rofiqoh', 'Robiah', 'Rodiah', 'Sofiah', 'Wardah', 'Yasmin', 'Mardiyah', 'Saidah',
  'Solehah', 'Khusnul', 'Ummi', 'Anisa', 'Hafsah', 'Kamilah', 'Nurlaila', 'Nuraini', 'Fitriani', 'Rahmawati', 'Hafizah',
];

/** Javanese male given names, common first. */
// prettier-ignore
export const JAVANESE_MALE = [
  'Budi', 'Agus', 'Joko', 'Slamet', 'Bambang', 'Eko', 'Heru', 'Teguh', 'Bayu', 'Dedi', 'Didik', 'Hari', 'Iwan', 'Wahyu',
  'Yudi', 'Adi', 'Anton', 'Bagus', 'Dimas', 'Gunawan', 'Hendra', 'Kusnadi', 'Prasetyo', 'Purnomo', 'Santoso',
  'Setiawan', 'Sugeng', 'Sukarno', 'Suharto', 'Sutrisno', 'Sumarno', 'Supriyadi', 'Sugiarto', 'Susanto', 'Suryadi',
  'Widodo', 'Wibowo', 'Yulianto', 'Haryanto', 'Hartono', 'Kuncoro', 'Nugroho', 'Prabowo', 'Pramono', 'Raharjo',
  'Riyadi', 'Sudarsono', 'Sudirman', 'Sugianto', 'Sugiyono', 'Suparman', 'Suprapto', 'Suwarno', 'Tukiman', 'Paijo',
  'Paimin', 'Sarmin', 'Parjo', 'Sarno', 'Darmo', 'Wagiman', 'Sukirman', 'Ngadimin', 'Ponimin', 'Sutarno', 'Gatot',
  'Guntur', 'Kukuh', 'Lilik', 'Nanang', 'Rudi', 'Sigit', 'Catur', 'Panji', 'Seno', 'Wisnu', 'Yoga', 'Aji', 'Danang',
  'Galih', 'Hanung', 'Ilham', 'Joni', 'Krisna', 'Mulyono', 'Priyo', 'Rohmat', 'Setyo', 'Sunaryo', 'Susilo', 'Tarno',
  'Totok', 'Untung', 'Warsito',
];

/** Javanese female given names, common first. */
// prettier-ignore
export const JAVANESE_FEMALE = [
  'Dewi', 'Endang', 'Wahyuni', 'Rini', 'Sumarni', 'Suminah', 'Sulastri', 'Sumiati', 'Suparmi', 'Sutinah', 'Sukarni',
  'Tumini', 'Painem', 'Sarinah', 'Kartini', 'Lestari', 'Puji', 'Purwanti', 'Rahayu', 'Ratna', 'Retno', 'Setyowati',
  'Rejeki', 'Suharti', 'Sunarti', 'Supriyati', 'Susilowati', 'Tutik', 'Wartini', 'Winarti', 'Yuliani', 'Yuni', 'Yanti',
  'Yati', 'Wulan', 'Ayu', 'Asih', 'Endah', 'Indah', 'Kurniasih', 'Lastri', 'Mulyani', 'Ningsih', 'Partini', 'Parmi',
  'Pujiati', 'Siswati', 'Sukesi', 'Sumini', 'Wiwik', 'Wahyuningsih', 'Darmi', 'Giyem', 'Juminten', 'Ngatini', 'Poniyem',
  'Sainem', 'Tukinem', 'Warsini', 'Anik', 'Astuti', 'Eka', 'Erna', 'Handayani', 'Kasih', 'Listyorini', 'Murniati',
  'Novi', 'Ratih', 'Sekar', 'Utami', 'Wulandari', 'Yuliana', 'Sumarsih', 'Rukmini',
];

/** Birth-order and numeral names used as first tokens on Java (Eko = first, Dwi = second, Tri = third ...). */
export const JAVANESE_ORDER = ['Eko', 'Dwi', 'Tri', 'Catur', 'Panca'];
/** The female forms of the birth-order names (Eka for a first daughter). */
export const JAVANESE_ORDER_FEMALE = ['Eka', 'Dwi', 'Tri', 'Catur', 'Panca'];

/** Consonant-final Javanese stems combined with endings into thousands of plausible tokens (Sumar+no, Har+yanti). */
// prettier-ignore
export const JAVANESE_STEMS = [
  'Sumar', 'Sutar', 'Sukar', 'Sudar', 'Suwar', 'Supar', 'Sular', 'Suhar', 'Sunar', 'Sugiar', 'Sutris', 'Suyat', 'Sukir',
  'Sujar', 'Sumir', 'Suwan', 'Sugen', 'Sutan', 'Sugit', 'Supat', 'Susan', 'Sumin', 'Sukas', 'Sumad', 'Surat', 'Suwit',
  'Har', 'Hen', 'Kus', 'Mar', 'Par', 'Sar', 'Tar', 'War', 'Dar', 'Jum', 'Kar', 'Sam', 'Tum', 'Pon', 'Wag', 'Gun', 'Kas',
  'Ngad', 'Ngat', 'Pain', 'Sain', 'Kat', 'Mis', 'Rus', 'Sis', 'Tris', 'Was', 'Wid', 'Wij', 'Yul', 'Yus', 'Bud', 'Pur',
  'Purw', 'Purn', 'Rah', 'Rat', 'Sant', 'Set', 'Sug', 'Sup', 'Sur', 'Tug', 'Triy', 'Wahy', 'Wiry', 'Hady', 'Hary',
  'Hart', 'Sumb', 'Sunt', 'Sut', 'Suw', 'Darm', 'Dary', 'Kusn', 'Kusw', 'Marj', 'Mary', 'Muly', 'Priy', 'Rahm', 'Sart',
  'Setiy', 'Slam', 'Sukam', 'Ruk', 'Sup', 'Tas', 'Tuk', 'Warn', 'Wart', 'Kasm', 'Jais', 'Karn', 'Sarj', 'Samb', 'Legin',
];

/** Male endings for Javanese stems (-to, -no, -di and their family). */
// prettier-ignore
export const JAVANESE_MALE_ENDINGS = [
  'no', 'to', 'di', 'yanto', 'yono', 'wanto', 'man', 'min', 'jo', 'yadi', 'wan', 'yoto', 'ijo', 'anto',
];

/** Female endings for Javanese stems (-wati, -ningsih, -yanti and their family). */
// prettier-ignore
export const JAVANESE_FEMALE_ENDINGS = [
  'ni', 'ti', 'yati', 'wati', 'ningsih', 'sih', 'yani', 'yanti', 'ningrum', 'inah', 'iyem', 'mi', 'astuti', 'ini',
];

/** Sundanese male given names. */
// prettier-ignore
export const SUNDANESE_MALE = [
  'Asep', 'Ujang', 'Dede', 'Cecep', 'Dadang', 'Deden', 'Dadan', 'Aep', 'Encep', 'Jajang', 'Ade', 'Yayan', 'Iyan', 'Ayi',
  'Wawan', 'Eman', 'Enjang', 'Nana', 'Ucup', 'Oman', 'Engkos', 'Entis', 'Enang', 'Otong', 'Emon', 'Apip', 'Udin',
  'Tatang', 'Agus', 'Iwan', 'Yana', 'Yusuf', 'Rahmat', 'Dudi', 'Herdi', 'Jaja', 'Koko', 'Maman', 'Ohim', 'Rudi', 'Usep',
];

/** Sundanese female given names. */
// prettier-ignore
export const SUNDANESE_FEMALE = [
  'Euis', 'Neneng', 'Iis', 'Imas', 'Enok', 'Eneng', 'Nining', 'Lilis', 'Yeni', 'Yani', 'Cucu', 'Cicih', 'Eti', 'Ela',
  'Elis', 'Entin', 'Enung', 'Iyam', 'Yoyoh', 'Titin', 'Tati', 'Onih', 'Atikah', 'Nenden', 'Rina', 'Endang', 'Dedeh',
  'Ai', 'Mimin', 'Popon', 'Tintin', 'Nia', 'Rika', 'Wiwin', 'Yuyun',
];

/** Sundanese second names (often used like surnames). */
// prettier-ignore
export const SUNDANESE_SECOND_MALE = [
  'Suryana', 'Hidayat', 'Permana', 'Kurniawan', 'Setiawan', 'Rukmana', 'Sudrajat', 'Supriatna', 'Sutisna', 'Kusnadi',
  'Somantri', 'Wiguna', 'Wijaya', 'Saputra', 'Nugraha', 'Firmansyah', 'Ruhiyat', 'Gumilar', 'Ramdani', 'Hermawan',
  'Sopian', 'Mulyana', 'Sumarna', 'Suhendar', 'Sukmana', 'Rohman', 'Suherman', 'Ruslan', 'Darmawan', 'Hendrawan',
  'Hamdani', 'Kosasih', 'Komarudin', 'Saepudin', 'Saefudin', 'Maulana', 'Rustandi', 'Priatna', 'Sobandi', 'Juhana',
];

/** Sundanese female second names. */
// prettier-ignore
export const SUNDANESE_SECOND_FEMALE = [
  'Rohayati', 'Nurhasanah', 'Kurniasih', 'Rosmiati', 'Nurlaela', 'Sulastri', 'Cahyati', 'Maryani', 'Rohmawati',
  'Hayati', 'Nurjanah', 'Komalasari', 'Sumiati', 'Rukmini', 'Mulyati', 'Suryani', 'Herawati', 'Kartika', 'Sopiah',
  'Hasanah', 'Rismawati', 'Yulianti', 'Setiawati', 'Wulansari', 'Permatasari',
];

/** Malay, Minang, Palembang and Acehnese given names. */
// prettier-ignore
export const MALAY_MALE = [
  'Rahmat', 'Hendra', 'Zulkifli', 'Syafrizal', 'Rizal', 'Irwan', 'Afrizal', 'Yusrizal', 'Zulfikar', 'Effendi', 'Erwin',
  'Hendri', 'Herman', 'Indra', 'Rusdi', 'Syahrial', 'Zainal', 'Azwar', 'Darwis', 'Edwar', 'Firdaus', 'Heri', 'Masrizal',
  'Novri', 'Ridho', 'Rinaldi', 'Syafruddin', 'Yasril', 'Yuliandri', 'Zulhendri', 'Teuku', 'Fadhil', 'Zulfahmi',
];

/** Malay, Minang, Palembang and Acehnese female given names. */
// prettier-ignore
export const MALAY_FEMALE = [
  'Yulia', 'Rina', 'Fitri', 'Yusnita', 'Yenni', 'Desi', 'Elvi', 'Erni', 'Fitria', 'Hasnah', 'Lena', 'Mardiana', 'Murni',
  'Nurbaiti', 'Rosmawati', 'Rosna', 'Syafrida', 'Yusmaniar', 'Zuraida', 'Nurmala', 'Rosdiana', 'Yunita', 'Rahmi',
  'Nelly', 'Weni', 'Yosi', 'Cut', 'Dian', 'Mega', 'Vivi',
];

/** Malay/Minang stems and endings (Syaf+rizal, Yus+nita). */
// prettier-ignore
export const MALAY_STEMS = [
  'Syaf', 'Yus', 'Zul', 'Af', 'Ar', 'Hen', 'Jas', 'Mas', 'Nov', 'Riz', 'Ros', 'Sya', 'Yul', 'Zur', 'Des', 'Er', 'El',
  'Fer', 'Jon', 'Mar', 'Nas', 'Ram', 'Sur', 'Tas', 'Wel', 'Yen', 'Zai', 'Edi', 'Haf', 'Irw',
];
/** Male endings for Malay stems. */
// prettier-ignore
export const MALAY_MALE_ENDINGS = [
  'rizal', 'ri', 'rial', 'man', 'win', 'nadi', 'ril', 'fri', 'di', 'ruddin', 'nal', 'hendri', 'wandi', 'fian',
];
/** Female endings for Malay stems. */
// prettier-ignore
export const MALAY_FEMALE_ENDINGS = [
  'nita', 'niar', 'mawati', 'diana', 'nah', 'ni', 'na', 'wita', 'ida', 'ti', 'nidar', 'neli', 'miati',
];

/** Batak clan names (marga), used as family names. */
// prettier-ignore
export const BATAK_MARGA = [
  'Siregar', 'Nasution', 'Simanjuntak', 'Sihombing', 'Lubis', 'Harahap', 'Sinaga', 'Situmorang', 'Hutapea', 'Sitompul',
  'Pardede', 'Silalahi', 'Panjaitan', 'Manurung', 'Tambunan', 'Simatupang', 'Napitupulu', 'Hutagalung', 'Sianturi',
  'Sitorus', 'Simbolon', 'Sihotang', 'Pasaribu', 'Hutabarat', 'Pakpahan', 'Sibarani', 'Tampubolon', 'Siahaan',
  'Sembiring', 'Ginting', 'Tarigan', 'Perangin-angin', 'Purba', 'Saragih', 'Damanik', 'Sinurat', 'Simarmata', 'Sagala',
  'Gultom', 'Marpaung', 'Aritonang', 'Rajagukguk', 'Hasibuan', 'Daulay', 'Batubara', 'Ritonga', 'Pulungan', 'Rangkuti',
  'Dalimunthe', 'Matondang', 'Hutasoit', 'Sitanggang', 'Sidabutar', 'Samosir', 'Naibaho', 'Sirait', 'Butarbutar',
  'Lumbantobing', 'Lumbangaol', 'Nainggolan', 'Simanungkalit', 'Situngkir', 'Tobing', 'Munthe', 'Manik', 'Sinulingga',
  'Bangun', 'Barus', 'Sitepu', 'Sebayang', 'Pinem', 'Girsang', 'Sipayung', 'Simamora', 'Limbong', 'Malau', 'Sihite',
  'Manalu', 'Hutajulu', 'Pangaribuan', 'Panggabean', 'Hutauruk', 'Siburian', 'Sianipar', 'Siagian', 'Silitonga',
  'Siringoringo', 'Simorangkir', 'Sigalingging',
];

/** Batak given names (male). */
// prettier-ignore
export const BATAK_MALE = [
  'Roni', 'Hotman', 'Tigor', 'Parulian', 'Marulam', 'Poltak', 'Togar', 'Sahat', 'Jonny', 'Dosmar', 'Bonar', 'Binsar',
  'Horas', 'Martua', 'Pardomuan', 'Maruli', 'Budiman', 'Daniel', 'Josua', 'Samuel', 'Robert', 'Benny', 'Hendrik',
  'Rudolf', 'Jansen', 'Manahan', 'Mangasa', 'Jhonson', 'Sabar', 'Tumpal',
];

/** Batak given names (female). */
// prettier-ignore
export const BATAK_FEMALE = [
  'Rosmauli', 'Dameria', 'Tiurma', 'Lasma', 'Nurmaida', 'Hotmaida', 'Rotua', 'Tiarma', 'Rosdiana', 'Lenny', 'Herlina',
  'Friska', 'Melati', 'Debora', 'Ester', 'Maria', 'Sarma', 'Ruth', 'Lamria', 'Rosita', 'Hotnida', 'Masniari',
];

/** Balinese birth-order names. */
// prettier-ignore
export const BALINESE_ORDER = [
  'Wayan', 'Putu', 'Gede', 'Made', 'Kadek', 'Nyoman', 'Komang', 'Ketut', 'Nengah',
];
/** Balinese male given names. */
// prettier-ignore
export const BALINESE_MALE = [
  'Sudarsana', 'Suardana', 'Astawa', 'Artawan', 'Widiana', 'Suarjana', 'Mahendra', 'Wiratama', 'Adnyana', 'Suryawan',
  'Putra', 'Ariawan', 'Darmawan', 'Yasa', 'Sujana', 'Merta', 'Sukadana', 'Budiarta', 'Wirawan', 'Antara', 'Mustika',
  'Arsana', 'Kariasa', 'Subagia', 'Sudiarta', 'Parwata', 'Agung', 'Eka',
];
/** Balinese female given names. */
// prettier-ignore
export const BALINESE_FEMALE = [
  'Ayu', 'Sri', 'Suartini', 'Ariani', 'Sukmawati', 'Widiastuti', 'Puspitasari', 'Sudarmini', 'Wartini', 'Sukerti',
  'Suardani', 'Murniati', 'Astiti', 'Dewi', 'Kartika', 'Yuliantari', 'Wulandari', 'Sriasih', 'Mariani', 'Sutarini',
];

/** Chinese-Indonesian adopted surnames. */
// prettier-ignore
export const CHINESE_INDONESIAN_SURNAMES = [
  'Wijaya', 'Gunawan', 'Halim', 'Salim', 'Santoso', 'Tanoto', 'Hartono', 'Kusuma', 'Tanjaya', 'Tanuwidjaja', 'Lukito',
  'Setiawan', 'Wirawan', 'Budiman', 'Tjandra', 'Susanto', 'Lim', 'Tan', 'Sutanto', 'Hadinata', 'Kurniawan', 'Limanto',
  'Chandra', 'Widjaja', 'Sugianto', 'Hendrawan', 'Tanudjaja', 'Kosasih', 'Lauw', 'Gozali',
];
/** Given names common among Chinese Indonesians. */
// prettier-ignore
export const CHINESE_INDONESIAN_MALE = [
  'Hendra', 'Budi', 'Andi', 'Michael', 'Kevin', 'Steven', 'Yohanes', 'Felix', 'Wilson', 'Jimmy', 'Ricky', 'Hendrik',
  'Sandy', 'Johan', 'Rudy', 'Hengky', 'Suryadi', 'Anton', 'William', 'Edwin',
];
/** Female given names common among Chinese Indonesians. */
// prettier-ignore
export const CHINESE_INDONESIAN_FEMALE = [
  'Lisa', 'Linda', 'Susan', 'Jessica', 'Stephanie', 'Melinda', 'Yenny', 'Lanny', 'Lily', 'Meiliana', 'Meilani',
  'Fransisca', 'Cindy', 'Vivian', 'Vonny', 'Sherly', 'Christine', 'Lenny', 'Yuliana', 'Wati',
];
/** Hokkien clan names as spelled in Indonesia. */
// prettier-ignore
export const HOKKIEN_SURNAMES = [
  'Tan', 'Liem', 'Oei', 'Go', 'Kwee', 'Lie', 'Ong', 'The', 'Tjoa', 'Njoo', 'Tjan', 'Liong', 'Khoe', 'Siauw', 'Thio',
  'Kho', 'Ang', 'Gouw', 'Sie', 'Lauw', 'Tio', 'Yap',
];
/** Hokkien given-name syllables. */
// prettier-ignore
export const HOKKIEN_SYLLABLES = [
  'Sioe', 'Liong', 'Kim', 'Hock', 'Hong', 'Djien', 'Tjoen', 'Swie', 'Hoa', 'Bing', 'Tjiang', 'Giok', 'Lan', 'Nio',
  'Hwa', 'Kiem', 'Tjong', 'Boen', 'Gwan', 'Khing', 'Sien', 'Tiong', 'Eng', 'Djie', 'Tek', 'Han', 'Kian', 'Soen', 'Mei',
  'Ing',
];

/** Christian given names of eastern Indonesia and Christian communities elsewhere (male). */
// prettier-ignore
export const CHRISTIAN_MALE = [
  'Yohanes', 'Yosef', 'Agustinus', 'Fransiskus', 'Petrus', 'Paulus', 'Yakobus', 'Stefanus', 'Markus', 'Lukas', 'Matius',
  'Andreas', 'Antonius', 'Benediktus', 'Dominikus', 'Kornelis', 'Marthen', 'Melkianus', 'Nikolaus', 'Philipus', 'Simon',
  'Thomas', 'Yulius', 'Alfred', 'Albertus', 'Aloysius', 'Arnoldus', 'Bernardus', 'Gabriel', 'Hironimus', 'Ignasius',
  'Kristoforus', 'Laurensius', 'Mikael', 'Robertus', 'Sebastianus', 'Silvester', 'Vinsensius', 'Wilhelmus', 'Yeremias',
  'Yonas',
];
/** Christian given names (female). */
// prettier-ignore
export const CHRISTIAN_FEMALE = [
  'Maria', 'Elisabeth', 'Theresia', 'Veronika', 'Margaretha', 'Agnes', 'Anastasia', 'Bernadeta', 'Katarina', 'Kristina',
  'Magdalena', 'Martha', 'Monika', 'Paulina', 'Regina', 'Rosalia', 'Selfina', 'Yuliana', 'Yosefina', 'Fransiska',
  'Hendrika', 'Meliana', 'Oktaviana', 'Sisilia', 'Helena', 'Imelda', 'Klara', 'Lusia', 'Natalia', 'Seravina', 'Yohana',
];
/** Family names of NTT, Flores, Maluku, Minahasa and Papua. */
// prettier-ignore
export const EASTERN_FAMILY = [
  'Lado', 'Ndun', 'Manafe', 'Tefa', 'Bria', 'Seran', 'Nahak', 'Taek', 'Lake', 'Nenabu', 'Benu', 'Tallo', 'Nalle',
  'Pello', 'Messakh', 'Fanggidae', 'Ndoen', 'Riwu', 'Kana', 'Dethan', 'Haning', 'Kase', 'Bani', 'Amalo', 'da Costa',
  'Fernandez', 'Pareira', 'de Rosari', 'Lewar', 'Kelen', 'Koten', 'Ola', 'Wuwur', 'Beda', 'Hurint', 'Tukan', 'Making',
  'Nuba', 'Kewa', 'Sogen', 'Boli', 'Lamak', 'Latuconsina', 'Tuhumury', 'Pattiasina', 'Siahaya', 'Sahetapy', 'Pattinama',
  'Lewerissa', 'Matulessy', 'Wattimena', 'Pattipeilohy', 'Leiwakabessy', 'Tomasoa', 'Nanlohy', 'Latumahina',
  'Manuputty', 'Sopacua', 'Pelupessy', 'Huwae', 'Tanamal', 'Wenas', 'Lumentut', 'Rumengan', 'Sondakh', 'Tumbelaka',
  'Pangemanan', 'Mandagi', 'Rondonuwu', 'Supit', 'Lengkong', 'Kalangi', 'Tangkilisan', 'Walangitan', 'Karundeng',
  'Mamahit', 'Pontoh', 'Kaunang', 'Lumingkewas', 'Runtuwene', 'Sumolang', 'Tambuwun', 'Worang', 'Wowor', 'Warouw',
  'Wenda', 'Kogoya', 'Murib', 'Tabuni', 'Wonda', 'Yikwa', 'Wanimbo', 'Rumbiak', 'Rumbewas', 'Mandacan', 'Kambu', 'Yoku',
  'Awom', 'Ayomi', 'Krey', 'Mambor',
];

/** Bugis and Makassar given names (male); Andi also marks nobility. */
// prettier-ignore
export const BUGIS_MALE = [
  'Andi', 'Baso', 'Sakka', 'Haerul', 'Syamsuddin', 'Muhlis', 'Rusdi', 'Nurdin', 'Syahrir', 'Amiruddin', 'Hasanuddin',
  'Jumadi', 'Kaharuddin', 'Irwan', 'Ambo', 'Sultan', 'Basri', 'Baharuddin', 'Alimuddin', 'Sudirman', 'Hamzah', 'Jusman',
  'Arman', 'Ramli', 'Jamaluddin', 'Darwis', 'Herman', 'Daeng', 'Tenri', 'Mappa',
];
/** Bugis and Makassar given names (female). */
// prettier-ignore
export const BUGIS_FEMALE = [
  'Sitti', 'Andi', 'Besse', 'Nurhaeda', 'Hasnawati', 'Hasna', 'Nurhayati', 'Rosmini', 'Ramlah', 'Sahariah', 'Nurbaya',
  'Hadijah', 'Suriani', 'Marlina', 'Jumriah', 'Hasmiah', 'Sumiati', 'Nurhidayah', 'Hartati', 'Irawati', 'Nursiah',
  'Nurmiati', 'Hamsiah', 'Hasriani', 'Tenri', 'Cenning',
];
/** Arabic roots that take -uddin (Syamsuddin, Baharuddin). */
// prettier-ignore
export const UDDIN_ROOTS = [
  'Jamal', 'Kamal', 'Baha', 'Alim', 'Amir', 'Hasan', 'Kahar', 'Saif', 'Nasr', 'Syams', 'Burhan', 'Zain', 'Fakhr',
  'Badr', 'Nur', 'Syaf', 'Taj', 'Siraj', 'Izz', 'Nasir', 'Hamid', 'Salah', 'Sahab', 'Muhy', 'Kamar', 'Jalal', 'Syarif',
  'Fahr', 'Imad', 'Rukn',
];

/** Modern national-style given names found across all groups (young cohorts). */
// prettier-ignore
export const MODERN_MALE = [
  'Rizky', 'Aditya', 'Dimas', 'Fajar', 'Reza', 'Andika', 'Bima', 'Dicky', 'Fikri', 'Galang', 'Kevin', 'Putra', 'Rangga',
  'Satria', 'Yoga', 'Arya', 'Bagas', 'Dafa', 'Farhan', 'Gilang', 'Ilham', 'Raka', 'Rafi', 'Alif', 'Zidan', 'Ferdi',
  'Irfan', 'Angga', 'Randi', 'Denny',
];
/** Modern female given names. */
// prettier-ignore
export const MODERN_FEMALE = [
  'Putri', 'Ayu', 'Dinda', 'Intan', 'Nadia', 'Rizka', 'Anggun', 'Citra', 'Dewi', 'Eka', 'Fitri', 'Indah', 'Mega',
  'Nanda', 'Novita', 'Puspita', 'Ratna', 'Safitri', 'Tiara', 'Vina', 'Wulan', 'Yulia', 'Zahra', 'Amelia', 'Bunga',
  'Cahaya', 'Dian', 'Elsa', 'Lestari', 'Melati',
];
/** Modern surnames-as-second-names (Saputra, Pratama ...). */
// prettier-ignore
export const MODERN_SECOND_MALE = [
  'Saputra', 'Pratama', 'Setiawan', 'Kurniawan', 'Hidayat', 'Nugroho', 'Wijaya', 'Santoso', 'Firmansyah', 'Ramadhan',
  'Maulana', 'Prasetyo', 'Hakim', 'Permana', 'Syahputra', 'Hermawan', 'Gunawan', 'Aditama', 'Fauzi', 'Febrian',
  'Julianto', 'Kusuma', 'Pangestu', 'Purnama', 'Wicaksono',
];
/** Modern female second names (Lestari, Rahmawati ...). */
// prettier-ignore
export const MODERN_SECOND_FEMALE = [
  'Lestari', 'Rahmawati', 'Sari', 'Wulandari', 'Puspitasari', 'Handayani', 'Pratiwi', 'Safitri', 'Anggraini',
  'Kusumawati', 'Permatasari', 'Oktaviani', 'Maharani', 'Ramadhani', 'Febriani', 'Utami', 'Rahayu', 'Kartika',
  'Damayanti', 'Aprilia', 'Novitasari', 'Septiani', 'Agustina', 'Fitriani', 'Purnamasari',
];

/** Words of Indonesian company and training-centre names (recruiters appear on watchlists as organisations). */
// prettier-ignore
export const ORGANIZATION_WORDS = [
  'Karya', 'Mandiri', 'Sejahtera', 'Abadi', 'Jaya', 'Makmur', 'Sentosa', 'Putra', 'Perkasa', 'Bersama', 'Global',
  'Utama', 'Insan', 'Bina', 'Tenaga', 'Nusantara', 'Mulia', 'Cahaya', 'Sinar', 'Bintang', 'Berkah', 'Amanah', 'Duta',
  'Citra', 'Prima', 'Lestari', 'Gemilang', 'Harapan', 'Maju', 'Sukses', 'Anugerah', 'Mitra', 'Sarana', 'Persada',
  'Kencana', 'Samudera', 'Indah', 'Agung', 'Langgeng', 'Surya',
];
