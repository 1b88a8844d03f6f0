import type { Actor } from '../context/actor.ts';
import type { AppDeps } from '../deps.ts';
import { actorFromUser, hasKnownRole } from '../modules/auth/session-state.ts';
import { createScreening } from '../modules/screening/screening.service.ts';
import { createScreeningBody } from '../modules/screening/screening.schema.ts';
import { findUserByUsername } from '../modules/users/users.repository.ts';
import { approveEntry, proposeEntry } from '../modules/watchlist/watchlist.service.ts';
import { proposeBody } from '../modules/watchlist/watchlist.schema.ts';

/** The marker every demo entry carries, so nobody mistakes it for real data. */
export const DEMO_MARK = 'Data demo';

const DEMO_NOTE = `${DEMO_MARK}: orang, lembaga dan nomor fiktif untuk mencoba aplikasi; bukan data nyata.`;

/*
 * Invented people, one unlicensed agency and one phone number, listed by Kanwil Sumatera Selatan
 * (names carry "Contoh", Indonesian for "example"). Each is proposed by analis.sumsel and
 * approved by analis2.sumsel, so the demo shows the four-eyes trail.
 */
const DEMO_ENTRIES = [
  {
    kind: 'person',
    names: ['Muhammad Joko Contoh', 'Joko Contoh'],
    birthDate: '1979-03-14',
    sex: 'L',
    phones: ['0812-7000-0101'],
    listing: 'suspect',
    tppoTypes: ['PMI_NONPROSEDURAL'],
    reason: `${DEMO_MARK}: perekrut fiktif yang menjanjikan kerja di luar negeri tanpa prosedur resmi.`,
  },
  {
    kind: 'organization',
    names: ['PT Contoh Penyalur Fiktif'],
    phones: ['021-5550-0199'],
    listing: 'suspect',
    tppoTypes: ['PMI_NONPROSEDURAL'],
    reason: `${DEMO_MARK}: agen penempatan fiktif tanpa izin (SIP3MI) untuk latihan.`,
  },
  {
    kind: 'phone',
    names: [],
    phones: ['0813-7000-0202'],
    listing: 'suspect',
    tppoTypes: ['ONLINE_SCAM'],
    reason: `${DEMO_MARK}: nomor fiktif pemasang lowongan kerja palsu.`,
  },
  {
    kind: 'person',
    names: ['Sri Contoh Lestari'],
    birthDate: '1998-08-20',
    sex: 'P',
    listing: 'protective',
    tppoTypes: ['ONLINE_SCAM'],
    reason: `${DEMO_MARK}: calon korban fiktif yang pernah dipulangkan; periksa dengan ramah.`,
  },
] as const;

async function actorOf(deps: AppDeps, username: string): Promise<Actor> {
  const user = await findUserByUsername(deps.database.db, username);
  if (!user || !hasKnownRole(user)) throw new Error(`demo data: no user ${username}`);
  return actorFromUser(user, `seed-demo-${username}`);
}

/** One applicant at a demo office, with the form's defaults filled in. */
function demoScreening(input: {
  name: string;
  birthDate: string;
  sex: 'L' | 'P';
  regionCode: string;
  trip: { destinationCountry: string; purpose: string; returnTicket: boolean };
  firstTimeTraveller: boolean;
}) {
  return createScreeningBody.parse({
    kind: 'passport_application',
    applicant: {
      name: input.name,
      birthDate: input.birthDate,
      sex: input.sex,
      regionCode: input.regionCode,
    },
    document: {},
    trip: input.trip,
    sponsor: { names: [], phones: [] },
    documentsShown: {},
    interview: { firstTimeTraveller: input.firstTimeTraveller },
  });
}

/**
 * A small, clearly marked demo watchlist and a few past screenings, written through the
 * services so every step has its audit row: an ordinary interview at Muara Enim, a TUNDA
 * (one-way first trip to Phnom Penh) and, at Bandar Lampung, an applicant who matches the
 * Sumatera Selatan demo entry, which raises an alert for Kanwil Sumatera Selatan.
 */
export async function seedWatchlistDemo(deps: AppDeps): Promise<void> {
  const proposer = await actorOf(deps, 'analis.sumsel');
  const approver = await actorOf(deps, 'analis2.sumsel');
  for (const entry of DEMO_ENTRIES) {
    const input = proposeBody.parse({
      ...entry,
      sourceType: 'office',
      sourceReference: DEMO_MARK,
      note: DEMO_NOTE,
      sensitivity: 'biasa',
      sharingScope: 'agreement',
    });
    const proposed = await proposeEntry(deps, proposer, input);
    await approveEntry(deps, approver, proposed.id, DEMO_MARK);
  }

  const muaraEnim = await actorOf(deps, 'petugas.muaraenim');
  const bandarLampung = await actorOf(deps, 'petugas.bandarlampung');
  await createScreening(
    deps,
    muaraEnim,
    demoScreening({
      name: 'Rina Contoh Wulandari',
      birthDate: '1995-02-11',
      sex: 'P',
      regionCode: '16.03',
      trip: { destinationCountry: 'JP', purpose: 'wisata', returnTicket: true },
      firstTimeTraveller: false,
    }),
  );
  await createScreening(
    deps,
    muaraEnim,
    demoScreening({
      name: 'Dedi Contoh Saputra',
      birthDate: '2002-06-30',
      sex: 'L',
      regionCode: '16.04',
      trip: { destinationCountry: 'KH', purpose: 'wisata', returnTicket: false },
      firstTimeTraveller: true,
    }),
  );
  await createScreening(
    deps,
    bandarLampung,
    demoScreening({
      name: 'Muhammad Joko Contoh',
      birthDate: '1979-03-14',
      sex: 'L',
      regionCode: '18.71',
      trip: { destinationCountry: 'MY', purpose: 'wisata', returnTicket: true },
      firstTimeTraveller: false,
    }),
  );
}
