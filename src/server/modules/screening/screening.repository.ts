import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ScreeningsTable } from '../../db/schema-screening.ts';

/** A stored screening. */
export type ScreeningRow = Selectable<ScreeningsTable>;

/** Inserts a screening; returns the stored row (defaults filled in) without a second read. */
export async function insertScreening(
  db: Kysely<DB>,
  values: Insertable<ScreeningsTable>,
): Promise<ScreeningRow> {
  return db.insertInto('screenings').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Display name and username of a person named on a screening (null: no such person). */
export interface PersonRef {
  id: string;
  displayName: string;
  username: string;
}

/** The people a screening names: officer, decider, approving supervisor, follow-up author. */
export interface ScreeningPeople {
  officer: PersonRef | null;
  decidedBy: PersonRef | null;
  approvalBy: PersonRef | null;
  followupBy: PersonRef | null;
}

/** A stored screening with the names of the people it names, joined in the same read. */
export type ScreeningWithPeople = ScreeningRow & { people: ScreeningPeople };

/** A person from joined user columns; null when there is no id or the user row is missing. */
export function person(
  id: string | null,
  name: string | null,
  username: string | null,
): PersonRef | null {
  return id && name !== null && username !== null ? { id, displayName: name, username } : null;
}

/** One screening by id, with its people's names (one query: the users are joined). */
export async function findScreeningById(
  db: Kysely<DB>,
  id: string,
): Promise<ScreeningWithPeople | undefined> {
  const row = await db
    .selectFrom('screenings')
    .leftJoin('users as officer', 'officer.id', 'screenings.officer_id')
    .leftJoin('users as decider', 'decider.id', 'screenings.decided_by')
    .leftJoin('users as approver', 'approver.id', 'screenings.approval_by')
    .leftJoin('users as author', 'author.id', 'screenings.followup_by')
    .selectAll('screenings')
    .select([
      'officer.full_name as people_officer_name',
      'officer.username as people_officer_username',
      'decider.full_name as people_decider_name',
      'decider.username as people_decider_username',
      'approver.full_name as people_approver_name',
      'approver.username as people_approver_username',
      'author.full_name as people_author_name',
      'author.username as people_author_username',
    ])
    .where('screenings.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    people_officer_name,
    people_officer_username,
    people_decider_name,
    people_decider_username,
    people_approver_name,
    people_approver_username,
    people_author_name,
    people_author_username,
    ...screening
  } = row;
  return {
    ...screening,
    people: {
      officer: person(screening.officer_id, people_officer_name, people_officer_username),
      decidedBy: person(screening.decided_by, people_decider_name, people_decider_username),
      approvalBy: person(screening.approval_by, people_approver_name, people_approver_username),
      followupBy: person(screening.followup_by, people_author_name, people_author_username),
    },
  };
}

/** One screening by id, locked for a decision. */
export async function lockScreening(db: Kysely<DB>, id: string): Promise<ScreeningRow | undefined> {
  return db
    .selectFrom('screenings')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Changes a screening's decision fields. */
export async function updateScreening(
  db: Kysely<DB>,
  id: string,
  changes: Updateable<ScreeningsTable>,
): Promise<void> {
  await db.updateTable('screenings').set(changes).where('id', '=', id).execute();
}

/** True when an earlier screening of this NIK recorded a passport number. */
export async function hasPriorPassport(db: Kysely<DB>, nik: string): Promise<boolean> {
  const row = await db
    .selectFrom('screenings')
    .select('id')
    .where('subject_nik', '=', nik)
    .where('passport_number', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A recent application naming the same sponsor. */
export interface SponsorApplicationRow {
  id: string;
  ref_code: string;
  office_id: string;
  created_at: Date;
  sponsor_phones: string[];
  sponsor_keys: string[];
}

/** Screenings since `since`, at the given offices, sharing a sponsor phone or name key. */
export async function listSponsorApplications(
  db: Kysely<DB>,
  options: {
    officeIds: ReadonlySet<string> | 'all';
    phones: readonly string[];
    keys: readonly string[];
    since: Date;
    limit?: number;
  },
): Promise<SponsorApplicationRow[]> {
  const { officeIds, phones, keys } = options;
  if (phones.length === 0 && keys.length === 0) return [];
  if (officeIds !== 'all' && officeIds.size === 0) return [];
  let q = db
    .selectFrom('screenings')
    .select(['id', 'ref_code', 'office_id', 'created_at', 'sponsor_phones', 'sponsor_keys'])
    .where('created_at', '>=', options.since)
    .where((eb) =>
      eb.or([
        ...(phones.length > 0 ? [sql<boolean>`sponsor_phones && ${[...phones]}::text[]`] : []),
        ...(keys.length > 0 ? [sql<boolean>`sponsor_keys && ${[...keys]}::text[]`] : []),
      ]),
    );
  if (officeIds !== 'all') q = q.where('office_id', 'in', [...officeIds]);
  return q
    .orderBy('created_at', 'asc')
    .limit(options.limit ?? 500)
    .execute();
}

/** Filters of a screening list; dates are calendar days in each screening office's zone. */
export interface ScreeningListFilter {
  officeIds: ReadonlySet<string> | 'all';
  status?: ScreeningRow['decision_status'] | undefined;
  recommendation?: ScreeningRow['recommendation'] | undefined;
  decision?: ScreeningRow['recommendation'] | undefined;
  kind?: ScreeningRow['kind'] | undefined;
  officeId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Part of the name, or the whole NIK or passport number. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC midnight of a YYYY-MM-DD date, moved by whole days. */
function utcDay(date: string, days: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/** Short lines of screenings at some offices, newest first. */
export async function listScreeningSummaries(db: Kysely<DB>, filter: ScreeningListFilter) {
  if (filter.officeIds !== 'all' && filter.officeIds.size === 0) return [];
  let q = db
    .selectFrom('screenings')
    .innerJoin('offices', 'offices.id', 'screenings.office_id')
    .leftJoin('users as officer', 'officer.id', 'screenings.officer_id')
    .leftJoin('users as decider', 'decider.id', 'screenings.decided_by')
    .select([
      'screenings.id',
      'screenings.ref_code',
      'screenings.kind',
      'screenings.office_id',
      'screenings.created_at',
      'screenings.subject_name',
      'screenings.recommendation',
      'screenings.decision',
      'screenings.decision_status',
      'screenings.decided_by',
      'screenings.decision_note',
      'screenings.tunda_deadline',
      'screenings.tunda_closed_at',
      'screenings.receipt_number',
      'screenings.forwarded_to_office_id',
      'screenings.followup_outcome',
      'offices.code as office_code',
      'offices.name as office_name',
      'offices.time_zone as office_time_zone',
      'screenings.officer_id',
      'officer.full_name as officer_name',
      'officer.username as officer_username',
      'decider.full_name as decider_name',
      'decider.username as decider_username',
    ]);
  if (filter.officeIds !== 'all') q = q.where('screenings.office_id', 'in', [...filter.officeIds]);
  if (filter.officeId) q = q.where('screenings.office_id', '=', filter.officeId);
  if (filter.status) q = q.where('screenings.decision_status', '=', filter.status);
  if (filter.recommendation) q = q.where('screenings.recommendation', '=', filter.recommendation);
  if (filter.decision) q = q.where('screenings.decision', '=', filter.decision);
  if (filter.kind) q = q.where('screenings.kind', '=', filter.kind);
  // A day is the office's own calendar day; the UTC bounds a day wider keep the time index usable.
  const localDay = sql<string>`(screenings.created_at AT TIME ZONE offices.time_zone)::date`;
  if (filter.from) {
    q = q
      .where('screenings.created_at', '>=', utcDay(filter.from, -1))
      .where(sql<boolean>`${localDay} >= ${filter.from}::date`);
  }
  if (filter.to) {
    q = q
      .where('screenings.created_at', '<', utcDay(filter.to, 2))
      .where(sql<boolean>`${localDay} <= ${filter.to}::date`);
  }
  if (filter.q) {
    const text = filter.q;
    const digits = text.replace(/[\s.-]/g, '');
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('screenings.subject_name', 'ilike', pattern),
        ...(/^\d{16}$/.test(digits) ? [eb('screenings.subject_nik', '=', digits)] : []),
        eb(sql<string>`upper(screenings.passport_number)`, '=', text.toUpperCase()),
      ]),
    );
  }
  return q
    .orderBy('screenings.created_at', 'desc')
    .orderBy('screenings.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

/** One line of a screening list. */
export type ScreeningSummaryRow = Awaited<ReturnType<typeof listScreeningSummaries>>[number];

/** The next receipt sequence number of an office in a year (atomic across processes). */
export async function nextReceiptSeq(
  db: Kysely<DB>,
  officeId: string,
  year: number,
): Promise<number> {
  const row = await db
    .insertInto('receipt_counters')
    .values({ office_id: officeId, year, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['office_id', 'year'])
        .doUpdateSet({ last_seq: sql<number>`receipt_counters.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

/** Final TUNDA decisions past their deadline in their office's own calendar, still open. */
export async function listExpiredTunda(db: Kysely<DB>, now: Date, limit = 500) {
  return db
    .selectFrom('screenings')
    .innerJoin('offices', 'offices.id', 'screenings.office_id')
    .select([
      'screenings.id',
      'screenings.ref_code',
      'screenings.office_id',
      'screenings.tunda_deadline',
      'screenings.decided_by',
    ])
    .where('screenings.decision', '=', 'TUNDA')
    .where('screenings.decision_status', '=', 'final')
    .where('screenings.tunda_closed_at', 'is', null)
    .where('screenings.tunda_deadline', 'is not', null)
    .where(
      sql<boolean>`screenings.tunda_deadline < (${now}::timestamptz AT TIME ZONE offices.time_zone)::date`,
    )
    .orderBy('screenings.tunda_deadline')
    .limit(limit)
    .execute();
}

/** Closes one expired TUNDA unless it was closed meanwhile; returns whether it closed it. */
export async function closeTunda(
  db: Kysely<DB>,
  id: string,
  at: Date,
  reason: string,
): Promise<boolean> {
  const rows = await db
    .updateTable('screenings')
    .set({ tunda_closed_at: at, tunda_close_reason: reason })
    .where('id', '=', id)
    .where('tunda_closed_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** The screened subjects of the given offices since `since`, for retro-screening. */
export async function listSubjectsSince(
  db: Kysely<DB>,
  officeIds: ReadonlySet<string> | 'all',
  since: Date,
) {
  if (officeIds !== 'all' && officeIds.size === 0) return [];
  let q = db
    .selectFrom('screenings')
    .select([
      'id',
      'ref_code',
      'office_id',
      'created_at',
      'subject_name',
      'subject_nik',
      'subject_birth_date',
      'subject_sex',
      'passport_number',
    ])
    .where('created_at', '>=', since);
  if (officeIds !== 'all') q = q.where('office_id', 'in', [...officeIds]);
  return q.execute();
}

/** The users' display names by id. */
export async function findUserNames(
  db: Kysely<DB>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

/** Suppressions ("not the same person") recorded for a subject key, by entry. */
export async function listSuppressionsForSubject(db: Kysely<DB>, subjectKey: string) {
  return db
    .selectFrom('watchlist_suppressions')
    .innerJoin('users', 'users.id', 'watchlist_suppressions.created_by')
    .select([
      'watchlist_suppressions.entry_id',
      'watchlist_suppressions.note',
      'watchlist_suppressions.created_at',
      'users.full_name',
    ])
    .where('watchlist_suppressions.subject_key', '=', subjectKey)
    .execute();
}
