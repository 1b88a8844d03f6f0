import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
  type Updateable,
} from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WatchlistEntriesTable } from '../../db/schema-screening.ts';

/** A stored watchlist entry. */
export type EntryRow = Selectable<WatchlistEntriesTable>;

/** The columns of a new entry. */
export type NewEntry = Insertable<WatchlistEntriesTable>;

/** A change to an entry. */
export type EntryPatch = Updateable<WatchlistEntriesTable>;

/**
 * Which entries a reader sees, as office-id lists per sharing scope (see watchlist-scope.ts):
 * `own` whatever their scope; `kanwil` those shared at least with the Kanwil; `agreement` those
 * shared at least with agreement partners; `national` those shared nationally.
 */
export interface EntryScopeFilter {
  own: readonly string[];
  kanwil: readonly string[];
  agreement: readonly string[];
  national: readonly string[] | 'all';
}

/** Search and filters of the watchlist list. */
export interface EntryListFilter {
  scope: EntryScopeFilter | 'all';
  /** Exact reference code. */
  refCode?: string;
  /** Exact NIK. */
  nik?: string;
  /** A phone in E.164. */
  phone?: string;
  /** Part of any name or alias, case-insensitive. */
  name?: string;
  status?: WatchlistEntriesTable['status'][];
  kind?: WatchlistEntriesTable['kind'];
  listing?: WatchlistEntriesTable['listing'];
  tppoType?: string;
  officeId?: string;
  /** Only these entries. */
  ids?: readonly string[];
  /** Not these entries. */
  excludeIds?: readonly string[];
  /**
   * Other offices' entries only when their sensitivity is biasa: these offices' own entries
   * whatever it is (an export by another office than the lister, see watchlist-sensitivity.ts).
   */
  sensitiveOnlyOf?: readonly string[];
}

/** Reserves `count` consecutive numbers of a year's reference codes; returns the first. */
export async function reserveRefNumbers(
  db: Kysely<DB>,
  year: number,
  count: number,
): Promise<number> {
  const result = await sql<{ last_number: number }>`
    INSERT INTO watchlist_ref_counters (year, last_number) VALUES (${year}, ${count})
    ON CONFLICT (year) DO UPDATE SET last_number = watchlist_ref_counters.last_number + ${count}
    RETURNING last_number`.execute(db);
  const last = Number(result.rows[0]?.last_number ?? count);
  return last - count + 1;
}

/** Inserts entries in one statement per thousand; returns their ids in input order. */
export async function insertEntries(db: Kysely<DB>, rows: readonly NewEntry[]): Promise<string[]> {
  const ids: string[] = [];
  for (let at = 0; at < rows.length; at += 1000) {
    const chunk = rows.slice(at, at + 1000);
    const inserted = await db
      .insertInto('watchlist_entries')
      .values(chunk)
      .returning(['id', 'ref_code'])
      .execute();
    // RETURNING order follows VALUES order in practice, but nothing promises it: map by code.
    const byCode = new Map(inserted.map((r) => [r.ref_code, r.id]));
    for (const row of chunk) ids.push(byCode.get(row.ref_code) as string);
  }
  return ids;
}

/** One entry; `forUpdate` locks the row for the rest of the transaction. */
export async function findEntryById(db: Kysely<DB>, id: string, forUpdate = false) {
  let query = db.selectFrom('watchlist_entries').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Applies a change to one entry and returns the stored row. */
export async function updateEntry(db: Kysely<DB>, id: string, patch: EntryPatch) {
  return db
    .updateTable('watchlist_entries')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

function scopeCondition(
  filter: EntryScopeFilter,
): (eb: ExpressionBuilder<DB, 'watchlist_entries'>) => Expression<SqlBool> {
  return (eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (filter.own.length > 0) parts.push(eb('office_id', 'in', filter.own));
    if (filter.kanwil.length > 0) {
      parts.push(
        eb.and([
          eb('sharing_scope', 'in', ['kanwil', 'agreement', 'national']),
          eb('office_id', 'in', filter.kanwil),
        ]),
      );
    }
    if (filter.agreement.length > 0) {
      parts.push(
        eb.and([
          eb('sharing_scope', 'in', ['agreement', 'national']),
          eb('office_id', 'in', filter.agreement),
        ]),
      );
    }
    if (filter.national === 'all') parts.push(eb('sharing_scope', '=', 'national'));
    else if (filter.national.length > 0) {
      parts.push(
        eb.and([eb('sharing_scope', '=', 'national'), eb('office_id', 'in', filter.national)]),
      );
    }
    return parts.length > 0 ? eb.or(parts) : sql<SqlBool>`false`;
  };
}

function filteredEntries(db: Kysely<DB>, filter: EntryListFilter) {
  let query = db.selectFrom('watchlist_entries');
  if (filter.scope !== 'all') query = query.where(scopeCondition(filter.scope));
  if (filter.refCode) query = query.where('ref_code', '=', filter.refCode);
  if (filter.nik) query = query.where('nik', '=', filter.nik);
  if (filter.phone) query = query.where(sql<SqlBool>`phones @> ARRAY[${filter.phone}]::text[]`);
  if (filter.name) {
    const pattern = `%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM unnest(names) AS n(name) WHERE n.name ILIKE ${pattern})`,
    );
  }
  if (filter.status && filter.status.length > 0) query = query.where('status', 'in', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.listing) query = query.where('listing', '=', filter.listing);
  if (filter.tppoType) {
    query = query.where(sql<SqlBool>`tppo_types @> ARRAY[${filter.tppoType}]::text[]`);
  }
  if (filter.officeId) query = query.where('office_id', '=', filter.officeId);
  if (filter.ids) {
    const ids = filter.ids;
    query = query.where((eb) => (ids.length > 0 ? eb('id', 'in', ids) : sql<SqlBool>`false`));
  }
  if (filter.excludeIds && filter.excludeIds.length > 0) {
    query = query.where('id', 'not in', filter.excludeIds);
  }
  if (filter.sensitiveOnlyOf) {
    const own = filter.sensitiveOnlyOf;
    query = query.where((eb) =>
      own.length > 0
        ? eb.or([eb('sensitivity', '=', 'biasa'), eb('office_id', 'in', own)])
        : eb('sensitivity', '=', 'biasa'),
    );
  }
  return query;
}

/** Entries matching the filter, newest proposal first, with the total count. */
export async function listEntries(
  db: Kysely<DB>,
  filter: EntryListFilter,
  page: { limit: number; offset: number },
) {
  const rows = await filteredEntries(db, filter)
    .selectAll()
    .orderBy('proposed_at', 'desc')
    .orderBy('ref_code', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = await filteredEntries(db, filter)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirst();
  return { rows, total: Number(total?.n ?? 0) };
}

/** Every entry matching the filter, by reference code (for export). */
export async function listAllEntries(db: Kysely<DB>, filter: EntryListFilter) {
  return filteredEntries(db, filter).selectAll().orderBy('ref_code').execute();
}

/**
 * Active (or delisting) entries whose last valid day has passed in their listing office's zone
 * at `now`, locked for the expiring transaction.
 */
export async function listExpiredEntries(db: Kysely<DB>, now: Date) {
  return db
    .selectFrom('watchlist_entries as e')
    .innerJoin('offices as o', 'o.id', 'e.office_id')
    .select(['e.id', 'e.ref_code', 'e.office_id', 'e.status', 'e.valid_until', 'o.time_zone'])
    .where('e.status', 'in', ['active', 'delist_requested'])
    .where('e.valid_until', 'is not', null)
    .where(
      sql<SqlBool>`e.valid_until < (${now.toISOString()}::timestamptz AT TIME ZONE o.time_zone)::date`,
    )
    .forUpdate('e')
    .execute();
}

/** The zone, parent and kind of an office. */
export async function findOfficeFacts(db: Kysely<DB>, officeId: string) {
  return db
    .selectFrom('offices')
    .select(['id', 'code', 'name', 'kind', 'parent_id', 'time_zone', 'active'])
    .where('id', '=', officeId)
    .executeTakeFirst();
}

/** The office with this code. */
export async function findOfficeFactsByCode(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('offices')
    .select(['id', 'code', 'name', 'kind', 'parent_id', 'time_zone', 'active'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Codes and names of offices, keyed by id. */
export async function mapOfficeNames(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { code: string; name: string }>();
  const rows = await db
    .selectFrom('offices')
    .select(['id', 'code', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

/** Enabled supervisors and analysts at the offices, who can decide on watchlist changes. */
export async function listApproverIds(
  db: Kysely<DB>,
  officeIds: readonly string[],
  exceptUserId: string | null,
): Promise<string[]> {
  if (officeIds.length === 0) return [];
  let query = db
    .selectFrom('users')
    .select('id')
    .where('role', 'in', ['supervisor', 'intel_analyst'])
    .where('office_id', 'in', officeIds)
    .where('disabled', '=', false);
  if (exceptUserId !== null) query = query.where('id', '<>', exceptUserId);
  const rows = await query.orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Audit rows about one entry, oldest first: its history. */
export async function listEntryAudit(db: Kysely<DB>, entryId: string) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_username', 'action', 'reason', 'details'])
    .where('target_type', '=', 'watchlist_entry')
    .where('target_id', '=', entryId)
    .orderBy('seq')
    .execute();
}

/** Stores a "not the same person" judgement; returns its id. */
export async function insertSuppression(
  db: Kysely<DB>,
  row: {
    entryId: string;
    subjectKey: string;
    subjectLabel: string;
    note: string;
    createdBy: string;
    officeId: string;
    createdAt: Date;
  },
): Promise<string> {
  const inserted = await db
    .insertInto('watchlist_suppressions')
    .values({
      entry_id: row.entryId,
      subject_key: row.subjectKey,
      subject_label: row.subjectLabel,
      note: row.note,
      created_by: row.createdBy,
      office_id: row.officeId,
      created_at: row.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

function selectSuppressions(db: Kysely<DB>) {
  return db
    .selectFrom('watchlist_suppressions as s')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .innerJoin('offices as o', 'o.id', 's.office_id')
    .select([
      's.id',
      's.entry_id',
      's.subject_key',
      's.subject_label',
      's.note',
      's.created_at',
      's.created_by',
      'u.username',
      'u.full_name',
      's.office_id',
      'o.code as office_code',
    ]);
}

/** A stored suppression with who made it. */
export type SuppressionRow = Awaited<ReturnType<typeof listSuppressionsOfEntry>>[number];

/** The suppressions of one entry, newest first. */
export async function listSuppressionsOfEntry(db: Kysely<DB>, entryId: string) {
  return selectSuppressions(db)
    .where('s.entry_id', '=', entryId)
    .orderBy('s.created_at', 'desc')
    .execute();
}

/** The suppression of one entry and subject, if any. */
export async function findSuppressionRow(db: Kysely<DB>, entryId: string, subjectKey: string) {
  return selectSuppressions(db)
    .where('s.entry_id', '=', entryId)
    .where('s.subject_key', '=', subjectKey)
    .executeTakeFirst();
}

/** Every suppression of one subject, across entries. */
export async function listSuppressionRowsForSubject(db: Kysely<DB>, subjectKey: string) {
  return selectSuppressions(db)
    .where('s.subject_key', '=', subjectKey)
    .orderBy('s.created_at', 'desc')
    .execute();
}
