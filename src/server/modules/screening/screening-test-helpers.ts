import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { createTestApp, type TestClock } from '../../../../test/support/app.ts';
import type { TestDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { DB } from '../../db/schema.ts';
import { enqueueIndexChange } from '../matching/matching.repository.ts';
import type { ScreeningView } from './screening-view.schema.ts';

/** A valid screening body for tests, with parts replaced by `overrides`. */
export function screeningBody(
  overrides: {
    kind?: 'passport_application' | 'departure_check';
    applicant?: Record<string, unknown>;
    document?: Record<string, unknown>;
    trip?: Record<string, unknown>;
    sponsor?: Record<string, unknown>;
    documentsShown?: Record<string, unknown>;
    interview?: Record<string, unknown>;
  } = {},
): Record<string, unknown> {
  return {
    kind: overrides.kind ?? 'passport_application',
    applicant: {
      name: 'Siti Rahmawati',
      nik: '3502015205010001',
      birthDate: '2001-05-12',
      sex: 'P',
      regionCode: '35.02',
      ...overrides.applicant,
    },
    document: { ...overrides.document },
    trip: {
      destinationCountry: 'JP',
      purpose: 'wisata',
      returnTicket: true,
      ...overrides.trip,
    },
    sponsor: { names: [], phones: [], ...overrides.sponsor },
    documentsShown: { ...overrides.documentsShown },
    interview: { firstTimeTraveller: false, ...overrides.interview },
  };
}

/** The ICAO 9303 check digit (weights 7, 3, 1; '<' is 0, A is 10). */
export function mrzCheckDigit(text: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const value = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (weights[i % 3] as number);
  }
  return String(sum % 10);
}

/** A passport MRZ (TD3) with correct check digits. */
export function passportMrz(input: {
  surname: string;
  given: string;
  number: string;
  birth: string;
  sex: 'M' | 'F';
  expiry?: string;
}): string {
  const names = `${input.surname}<<${input.given.replaceAll(' ', '<')}`;
  const line1 = `P<IDN${names}`.padEnd(44, '<').slice(0, 44);
  const number = input.number.padEnd(9, '<');
  const expiry = input.expiry ?? '310101';
  const personal = '<'.repeat(14);
  const parts = [
    number + mrzCheckDigit(number),
    input.birth + mrzCheckDigit(input.birth),
    expiry + mrzCheckDigit(expiry),
    personal + mrzCheckDigit(personal),
  ];
  const composite = mrzCheckDigit(parts.join(''));
  const line2 = `${parts[0]}IDN${parts[1]}${input.sex}${parts[2]}${parts[3]}${composite}`;
  return `${line1}\n${line2}`;
}

/** Inserts an active watchlist entry directly and tells the index about it. */
export async function insertActiveEntry(
  db: Kysely<DB>,
  values: {
    officeId: string;
    names: string[];
    birthDate?: string;
    nik?: string;
    phones?: string[];
    listing?: 'suspect' | 'protective';
    sharingScope?: 'office' | 'kanwil' | 'agreement' | 'national';
    kind?: 'person' | 'organization' | 'phone';
  },
): Promise<string> {
  const row = await db
    .insertInto('watchlist_entries')
    .values({
      ref_code: `WL-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      kind: values.kind ?? 'person',
      names: values.names,
      birth_date: values.birthDate ?? null,
      sex: null,
      nik: values.nik ?? null,
      passport_numbers: [],
      phones: values.phones ?? [],
      nationality: 'ID',
      birth_place: null,
      home_region_code: null,
      registration_numbers: [],
      address: null,
      listing: values.listing ?? 'suspect',
      tppo_types: ['PMI_NONPROSEDURAL'],
      reason: 'Perekrut PMI non-prosedural (uji)',
      source_type: 'office',
      source_reference: null,
      sensitivity: 'terbatas',
      sharing_scope: values.sharingScope ?? 'agreement',
      office_id: values.officeId,
      status: 'active',
      valid_until: null,
      note: null,
      proposed_by: null,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      delist_reason: null,
      delist_requested_by: null,
      delist_requested_at: null,
      delisted_by: null,
      delisted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await enqueueIndexChange(db, 'watchlist', row.id);
  return row.id;
}

/** A test app on the test organisation with a counter officer at Kanim A1, A2, B1 and TPI A1. */
export interface CounterWorld {
  app: FastifyInstance;
  org: TestOrg;
  officerA1: SignedInUser;
  officerA2: SignedInUser;
  officerB1: SignedInUser;
  officerTpi: SignedInUser;
  /** Submits a screening as `user` (messages in English). */
  screen: (user: SignedInUser, body: Record<string, unknown>) => Promise<LightMyRequestResponse>;
  /** Submits a screening that must be stored, and returns it. */
  screenOk: (user: SignedInUser, body: Record<string, unknown>) => Promise<ScreeningView>;
  /** How many rows a table holds. */
  count: (table: 'screenings' | 'audit_log' | 'alerts') => Promise<number>;
}

/** Sets up a `CounterWorld` on a test database. */
export async function createCounterWorld(
  db: TestDatabase,
  clock: TestClock,
): Promise<CounterWorld> {
  const { app } = await createTestApp(db, clock);
  const org = await createTestOrg(db);
  const officerA1 = await signInAs(app, db, 'counter_officer', org.kanimA1);
  const officerA2 = await signInAs(app, db, 'counter_officer', org.kanimA2);
  const officerB1 = await signInAs(app, db, 'counter_officer', org.kanimB1);
  const officerTpi = await signInAs(app, db, 'counter_officer', org.tpiA1);
  const screen: CounterWorld['screen'] = (user, body) =>
    app.inject({
      method: 'POST',
      url: '/api/screenings',
      headers: { ...user.headers, 'accept-language': 'en' },
      payload: body,
    });
  const screenOk: CounterWorld['screenOk'] = async (user, body) => {
    const res = await screen(user, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ScreeningView>();
  };
  const count: CounterWorld['count'] = async (table) => {
    const row = await db.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { app, org, officerA1, officerA2, officerB1, officerTpi, screen, screenOk, count };
}
