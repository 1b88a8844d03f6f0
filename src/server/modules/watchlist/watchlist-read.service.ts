import { cleanNik } from '../../../domain/nik.ts';
import { normalizePhone } from '../../../domain/phone.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { assertCanSee } from '../access/access.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { canSeeEntry, computeWatchlistReach, scopeFilterOf } from './watchlist-scope.ts';
import { entryNotFound, toEntryViews, toSuppressionView } from './watchlist-view.ts';
import type { EntryDetailView, EntryView, ListQuery } from './watchlist.schema.ts';
import {
  findEntryById,
  listEntries,
  listEntryAudit,
  listSuppressionsOfEntry,
  type EntryListFilter,
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

/**
 * Searches the watchlist within the reader's reach. The search itself is audited (query,
 * filters and the ids returned), because a list of names is a read of people's data.
 */
export async function searchWatchlist(
  deps: AppDeps,
  actor: Actor,
  query: ListQuery,
): Promise<{ items: EntryView[]; total: number }> {
  const db = deps.database.db;
  const reach = await computeWatchlistReach(deps, actor);
  const filter: EntryListFilter = {
    scope: scopeFilterOf(reach),
    ...interpretSearch(query.q ?? ''),
    ...(query.status ? { status: query.status } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.listing ? { listing: query.listing } : {}),
    ...(query.type ? { tppoType: query.type } : {}),
    ...(query.office ? { officeId: query.office } : {}),
  };
  const { rows, total } = await listEntries(db, filter, query);
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
  return { items: await toEntryViews(db, rows), total };
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
  }
  const [entry] = await toEntryViews(db, [row]);
  const history = await listEntryAudit(db, id);
  const suppressions = await listSuppressionsOfEntry(db, id);
  await appendAudit(
    db,
    actor,
    {
      action: 'watchlist.read',
      targetType: 'watchlist_entry',
      targetId: id,
      details: { refCode: row.ref_code, listingOfficeId: row.office_id, access },
    },
    deps.clock,
  );
  return {
    entry: entry as EntryView,
    history: history.map((h) => ({
      seq: h.seq,
      at: h.at.toISOString(),
      actor: h.actor_username ?? '',
      action: h.action,
      reason: h.reason,
      details: h.details,
    })),
    suppressions: suppressions.map(toSuppressionView),
    access,
  };
}
