import { cleanNik } from '../../../domain/nik.ts';
import { normalizePhone } from '../../../domain/phone.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError } from '../../../domain/errors.ts';
import { assertCanSee } from '../access/access.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { searchByName } from './watchlist-name-search.ts';
import {
  canSeeEntry,
  computeWatchlistReach,
  scopeFilterOf,
  type WatchlistReach,
} from './watchlist-scope.ts';
import { redactEntryView, seesFullDetails } from './watchlist-sensitivity.ts';
import { entryNotFound, toEntryViews, toSuppressionView } from './watchlist-view.ts';
import type { EntryDetailView, EntryView, ListQuery } from './watchlist.schema.ts';
import {
  findEntryById,
  listEntries,
  listEntryAudit,
  listSuppressionsOfEntry,
  type EntryListFilter,
  type EntryRow,
} from './watchlist.repository.ts';

const REF_CODE = /^WL-\d{4}-\d{1,9}$/i;

/**
 * Reads a free search text as what it most likely is: a reference code, a NIK (16 digits, with
 * or without separators), a phone number (digits with an optional +), or else part of a name.
 */
export function interpretSearch(
  q: string,
): Pick<EntryListFilter, 'refCode' | 'nik' | 'phone' | 'name'> {
  const text = q.trim();
  if (text === '') return {};
  if (REF_CODE.test(text)) return { refCode: text.toUpperCase() };
  const nik = cleanNik(text);
  if (/^\d{16}$/.test(nik)) return { nik };
  if (/^[+\d][\d\s().-]{6,}$/.test(text)) {
    const phone = normalizePhone(text);
    if (phone !== null) return { phone };
  }
  return { name: text };
}

/** The views of entries for one reader: rahasia entries of other offices redacted. */
async function viewsFor(
  deps: AppDeps,
  reach: WatchlistReach,
  rows: readonly EntryRow[],
): Promise<EntryView[]> {
  const views = await toEntryViews(deps.database.db, rows);
  return views.map((view, i) =>
    seesFullDetails(reach, rows[i] as EntryRow) ? view : redactEntryView(view),
  );
}

/**
 * Searches the watchlist within the reader's reach. A name is searched with the matching
 * engine (ranked by score) and by substring (see watchlist-name-search.ts). A rahasia entry of
 * another office is listed redacted, also when the text matched one of its names or
 * identifiers: as at the counter, the reader learns that what they typed is listed and whom to
 * contact, nothing more. The search itself is audited (query, filters and the ids returned),
 * because a list of names is a read of people's data.
 */
export async function searchWatchlist(
  deps: AppDeps,
  actor: Actor,
  query: ListQuery,
): Promise<{ items: EntryView[]; total: number }> {
  const db = deps.database.db;
  const reach = await computeWatchlistReach(deps, actor);
  const { name, ...exact } = interpretSearch(query.q ?? '');
  const filter: EntryListFilter = {
    scope: scopeFilterOf(reach),
    ...exact,
    ...(query.status ? { status: query.status } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.listing ? { listing: query.listing } : {}),
    ...(query.type ? { tppoType: query.type } : {}),
    ...(query.office ? { officeId: query.office } : {}),
  };
  const { rows, total } =
    name === undefined
      ? await listEntries(db, filter, query)
      : await searchByName(deps, filter, name, query);
  await appendAudit(
    db,
    actor,
    {
      action: 'watchlist.search',
      targetType: 'watchlist',
      details: {
        query: { ...query },
        total,
        returned: rows.map((r) => r.id),
      },
    },
    deps.clock,
  );
  return { items: await viewsFor(deps, reach, rows), total };
}

/**
 * Whether a reader in reach of a rahasia entry of another office gets its details: only
 * through break-glass (a live grant, or a reason and `breakglass.use`), asked of the access
 * module as if the reader's scope were their own offices, which never hold this entry.
 */
async function breakGlassForDetails(
  deps: AppDeps,
  actor: Actor,
  row: EntryRow,
  reason: string | undefined,
): Promise<boolean> {
  const ask = () =>
    assertCanSee(deps, { ...actor, scopeLevel: 'office' }, 'watchlist', row.office_id, {
      targetType: 'watchlist_entry',
      targetId: row.id,
      breakGlassReason: reason,
    });
  if (reason !== undefined && reason.trim() !== '') {
    await ask();
    return true;
  }
  try {
    await ask();
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return false;
    throw error;
  }
}

/**
 * One entry with its history and suppressions; the read is audited. An entry outside the
 * reader's reach goes through the access module's break-glass path (a reason, an hour's grant,
 * the auditors told); without a reason it is refused.
 */
export async function getWatchlistEntry(
  deps: AppDeps,
  actor: Actor,
  id: string,
  breakGlassReason?: string,
): Promise<EntryDetailView> {
  const db = deps.database.db;
  const row = await findEntryById(db, id);
  if (!row) throw entryNotFound();
  const reach = await computeWatchlistReach(deps, actor);
  let access: EntryDetailView['access'] = 'scope';
  if (!canSeeEntry(reach, row)) {
    // The access module grants by role scope alone; an entry whose sharing scope does not reach
    // the reader must still take the break-glass path, so ask it as if the reader's scope were
    // only their own offices (which never hold this entry, or it would be visible).
    await assertCanSee(deps, { ...actor, scopeLevel: 'office' }, 'watchlist', row.office_id, {
      targetType: 'watchlist_entry',
      targetId: id,
      breakGlassReason,
    });
    access = 'break_glass';
  } else if (!seesFullDetails(reach, row)) {
    if (await breakGlassForDetails(deps, actor, row, breakGlassReason)) access = 'break_glass';
  }
  const full = seesFullDetails(reach, row, access);
  const [view] = await toEntryViews(db, [row]);
  const entry = full ? (view as EntryView) : redactEntryView(view as EntryView);
  const history = await listEntryAudit(db, id);
  // A redacted entry keeps who did what and when; the values changed and the reasons stay
  // with the listing office. Suppressions show only those the reader's own offices recorded.
  const suppressions = (await listSuppressionsOfEntry(db, id)).filter(
    (s) => full || reach.own.has(s.office_id),
  );
  await appendAudit(
    db,
    actor,
    {
      action: 'watchlist.read',
      targetType: 'watchlist_entry',
      targetId: id,
      details: {
        refCode: row.ref_code,
        listingOfficeId: row.office_id,
        access,
        restricted: !full,
      },
    },
    deps.clock,
  );
  return {
    entry,
    history: history.map((h) => ({
      seq: h.seq,
      at: h.at.toISOString(),
      actor: h.actor_username ?? '',
      action: h.action,
      reason: full ? h.reason : null,
      details: full ? h.details : {},
    })),
    suppressions: suppressions.map(toSuppressionView),
    access,
  };
}
