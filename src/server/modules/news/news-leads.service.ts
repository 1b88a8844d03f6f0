import type { Kysely } from 'kysely';
import { AppError, invalidField } from '../../../domain/errors.ts';
import { normalizePhone } from '../../../domain/phone.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { manageableOfficeIds } from '../desa/desa-access.ts';
import { registerDesaInTransaction } from '../desa/desa-registry.service.ts';
import { toLeadViews } from './news-lead-view.ts';
import { proposeEntryInTransaction } from '../watchlist/watchlist.service.ts';
import { proposeBody, WATCHLIST_TPPO_CODES } from '../watchlist/watchlist.schema.ts';
import type { DesaLeadPayload, WatchlistLeadPayload } from './news-leads.detect.ts';
import { findEventById, findLeadById, listLeads, type LeadRow } from './news.repository.ts';
import type { AcceptInput, LeadInput, LeadView } from './news.schema.ts';

/** The source reference a record made from an event carries: how the record links back. */
export function eventReference(eventId: string): string {
  return `news-event:${eventId}`;
}

function leadNotFound(): AppError {
  return new AppError('not_found', 'Usulan dari berita tidak ditemukan.', {
    messageEn: 'News lead not found.',
  });
}

function forbidden(message: string, messageEn: string, permission?: string): AppError {
  return new AppError('forbidden', message, { messageEn, ...(permission ? { permission } : {}) });
}

/** True when the reader may see watchlist leads (perpetrators' names are person data). */
export function canReadPersonLeads(actor: Actor): boolean {
  return actor.permissions.has('person.read');
}

/** Audits a read of watchlist leads (perpetrators' names), as any read of person data. */
export async function auditLeadRead(
  deps: AppDeps,
  actor: Actor,
  rows: readonly LeadRow[],
  eventId: string | null,
): Promise<void> {
  const personal = rows.filter((r) => r.kind === 'watchlist');
  if (personal.length === 0) return;
  await appendAudit(
    deps.database.db,
    actor,
    {
      action: 'news.lead.read',
      targetType: eventId ? 'news_event' : 'news_lead',
      targetId: eventId ?? personal[0]?.id,
      details: { leads: personal.map((r) => r.id) },
    },
    deps.clock,
  );
}

/** Leads across events: Desa Binaan leads for every reader, watchlist leads for person readers (audited). */
export async function listNewsLeads(
  deps: AppDeps,
  actor: Actor,
  options: { status?: LeadRow['status'] | undefined; limit: number },
): Promise<{ leads: LeadView[]; leadsHidden: boolean }> {
  const personal = canReadPersonLeads(actor);
  const rows = await listLeads(deps.database.db, {
    status: options.status,
    kinds: personal ? ['desa_binaan', 'watchlist'] : ['desa_binaan'],
    limit: options.limit,
  });
  await auditLeadRead(deps, actor, rows, null);
  return { leads: await toLeadViews(deps.database.db, rows), leadsHidden: !personal };
}

function requireAll(
  actor: Actor,
  permissions: readonly ('news.manage' | 'watchlist.propose' | 'desa.manage')[],
): void {
  for (const permission of permissions) {
    if (!actor.permissions.has(permission)) {
      throw forbidden(
        `Peran Anda tidak memiliki izin ${permission}.`,
        `Your role lacks the permission ${permission}.`,
        permission,
      );
    }
  }
}

/** An analyst names a perpetrator of an event to propose to the watchlist (accepted later). */
export async function createWatchlistLead(
  deps: AppDeps,
  actor: Actor,
  eventId: string,
  input: LeadInput,
): Promise<LeadView> {
  requireAll(actor, ['news.manage', 'watchlist.propose']);
  const db = deps.database.db;
  const phones: string[] = [];
  input.phones.forEach((raw, i) => {
    const phone = normalizePhone(raw);
    if (!phone) {
      throw invalidField(
        `phones[${i}]`,
        `Nomor telepon "${raw}" tidak dapat dibaca.`,
        `The phone number "${raw}" cannot be read.`,
      );
    }
    phones.push(phone);
  });
  const row = await db.transaction().execute(async (trx) => {
    const event = await findEventById(trx, eventId);
    if (!event || event.status !== 'active') {
      throw new AppError('not_found', 'Peristiwa berita tidak ditemukan.', {
        messageEn: 'News event not found.',
      });
    }
    const payload: WatchlistLeadPayload = {
      entryKind: input.entryKind,
      names: input.names,
      phones,
      role: input.role,
      age: null,
      evidence: input.note ?? '',
      articleId: null,
      note: input.note,
    };
    const key = `manual:${input.entryKind}:${[...input.names, ...phones].join('|').toUpperCase()}`;
    const created = await trx
      .insertInto('news_leads')
      .values({
        event_id: eventId,
        kind: 'watchlist',
        lead_key: key.slice(0, 500),
        payload: JSON.stringify(payload),
        created_by: actor.userId,
        created_at: deps.clock(),
      })
      .onConflict((oc) => oc.columns(['event_id', 'lead_key']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!created) {
      throw new AppError('conflict', 'Usulan yang sama sudah ada untuk peristiwa ini.', {
        messageEn: 'The same lead already exists for this event.',
      });
    }
    await appendAudit(
      trx,
      actor,
      {
        action: 'news.lead.create',
        targetType: 'news_lead',
        targetId: created.id,
        details: { eventId, entryKind: input.entryKind, names: input.names, phones },
      },
      deps.clock,
    );
    return created;
  });
  const [view] = await toLeadViews(db, [row]);
  return view as LeadView;
}

async function loadOpenLead(db: Kysely<DB>, id: string): Promise<LeadRow> {
  const lead = await findLeadById(db, id);
  if (!lead) throw leadNotFound();
  if (lead.status !== 'open') {
    throw new AppError('conflict', 'Usulan ini sudah diputuskan.', {
      messageEn: 'This lead has already been decided.',
    });
  }
  return lead;
}

/** What a decision on a lead records. */
interface Decision {
  status: 'accepted' | 'rejected';
  note: string | null;
  targetType?: LeadRow['target_type'];
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Records the decision on a lead in one audited transaction, refusing a lead decided meanwhile
 * (the lead row stays locked until commit). A decision given as a function makes its record
 * inside that transaction first, so the record, the lead's status and its link commit together
 * or not at all.
 */
async function recordDecision(
  deps: AppDeps,
  actor: Actor,
  lead: LeadRow,
  decide: Decision | ((trx: Kysely<DB>) => Promise<Decision>),
): Promise<void> {
  await deps.database.db.transaction().execute(async (trx) => {
    const fresh = await findLeadById(trx, lead.id, true);
    if (!fresh || fresh.status !== 'open') {
      throw new AppError('conflict', 'Usulan ini sudah diputuskan.', {
        messageEn: 'This lead has already been decided.',
      });
    }
    const decision = typeof decide === 'function' ? await decide(trx) : decide;
    const now = deps.clock();
    await trx
      .updateTable('news_leads')
      .set({
        status: decision.status,
        decided_by: actor.userId,
        decided_at: now,
        decision_note: decision.note,
        target_type: decision.targetType ?? null,
        target_id: decision.targetId ?? null,
      })
      .where('id', '=', lead.id)
      .execute();
    await appendAudit(
      trx,
      actor,
      {
        action: decision.status === 'accepted' ? 'news.lead.accept' : 'news.lead.reject',
        targetType: 'news_lead',
        targetId: lead.id,
        officeId: lead.office_id,
        ...(decision.note ? { reason: decision.note } : {}),
        details: {
          eventId: lead.event_id,
          kind: lead.kind,
          key: lead.lead_key,
          targetType: decision.targetType ?? null,
          targetId: decision.targetId ?? null,
          ...decision.details,
        },
      },
      deps.clock,
    );
  });
}

async function acceptDesaLead(
  deps: AppDeps,
  actor: Actor,
  lead: LeadRow,
  input: AcceptInput,
): Promise<void> {
  requireAll(actor, ['desa.manage']);
  const payload = lead.payload as DesaLeadPayload;
  const officeId = input?.officeId ?? lead.office_id ?? actor.officeId;
  const reference = eventReference(lead.event_id);
  // The village is registered (or the one registered before is linked) inside the decision's
  // transaction: the registry entry, its link back to the event and the lead's status commit
  // together, and the locked lead lets a second accept register nothing.
  await recordDecision(deps, actor, lead, async (trx) => {
    let desaId: string;
    let created = false;
    try {
      desaId = await registerDesaInTransaction(deps, trx, actor, {
        nameAsWritten: payload.nameAsWritten,
        regionCode: payload.regionCode,
        officeId,
        skNumber: null,
        skDate: null,
        formedOn: payload.formedOn,
        formedPrecision: payload.formedPrecision,
        status: 'aktif',
        criteria: [],
        contacts: [],
        pimpasaUserIds: [],
        notes: `Dari berita: ${payload.evidence}`.slice(0, 4000),
      });
      created = true;
    } catch (error) {
      // A village registered before (by hand or from another report) is linked, not doubled.
      if (
        error instanceof AppError &&
        error.code === 'conflict' &&
        typeof error.details.existingId === 'string' &&
        error.details.existingId
      ) {
        desaId = error.details.existingId;
      } else {
        throw error;
      }
    }
    await trx
      .updateTable('desa_binaan')
      .set({ source_reference: reference })
      .where('id', '=', desaId)
      .where('source_reference', 'is', null)
      .execute();
    return {
      status: 'accepted',
      note: input?.note ?? null,
      targetType: 'desa_binaan',
      targetId: desaId,
      details: { created, regionCode: payload.regionCode },
    };
  });
}

async function acceptWatchlistLead(
  deps: AppDeps,
  actor: Actor,
  lead: LeadRow,
  input: AcceptInput,
): Promise<void> {
  requireAll(actor, ['news.manage', 'watchlist.propose']);
  const payload = lead.payload as WatchlistLeadPayload;
  const event = await findEventById(deps.database.db, lead.event_id);
  const names = input?.names ?? payload.names;
  const phones = input?.phones ?? payload.phones;
  const types = (event?.types ?? []).filter((t) =>
    (WATCHLIST_TPPO_CODES as readonly string[]).includes(t),
  );
  const reason =
    input?.reason ??
    `Disebut sebagai ${payload.role ?? 'pelaku'} dalam berita "${event?.title ?? 'tanpa judul'}"${event?.event_date ? ` (${event.event_date})` : ''}: ${payload.evidence || payload.note || ''}`.slice(
      0,
      4000,
    );
  const parsed = proposeBody.safeParse({
    kind: payload.entryKind,
    names,
    phones,
    listing: input?.listing ?? 'suspect',
    tppoTypes: input?.tppoTypes ?? (types.length > 0 ? types : ['PMI_NONPROSEDURAL']),
    reason: reason.length >= 10 ? reason : `Berita TPPO: ${reason}`,
    sourceType: 'news',
    sourceReference: eventReference(lead.event_id),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidField(
      issue?.path.join('.') || 'names',
      `Usulan tidak dapat dibuat: ${issue?.message ?? ''}`,
      `The proposal cannot be made: ${issue?.message ?? ''}`,
    );
  }
  const proposal = parsed.data;
  // The proposal is made inside the decision's transaction: a failure anywhere leaves neither a
  // proposal nor a decided lead, and the locked lead lets a second accept make no second one.
  await recordDecision(deps, actor, lead, async (trx) => {
    const entry = await proposeEntryInTransaction(deps, trx, actor, proposal);
    return {
      status: 'accepted',
      note: input?.note ?? null,
      targetType: 'watchlist_entry',
      targetId: entry.id,
      details: { entryRef: entry.refCode },
    };
  });
}

/**
 * Accepts a lead through the module that owns the record: a Desa Binaan lead registers the
 * village (or links the one registered before), a watchlist lead becomes a watchlist proposal
 * (source `news`, referring to the event) that waits for its own four-eyes approval.
 */
export async function acceptLead(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: AcceptInput,
): Promise<LeadView> {
  const db = deps.database.db;
  const lead = await loadOpenLead(db, id);
  if (lead.kind === 'watchlist' && !canReadPersonLeads(actor)) throw leadNotFound();
  if (lead.kind === 'desa_binaan') await acceptDesaLead(deps, actor, lead, input);
  else await acceptWatchlistLead(deps, actor, lead, input);
  const [view] = await toLeadViews(db, [(await findLeadById(db, id)) as LeadRow]);
  return view as LeadView;
}

/** Rejects a lead with a note; the same permissions as accepting it are needed. */
export async function rejectLead(
  deps: AppDeps,
  actor: Actor,
  id: string,
  note: string,
): Promise<LeadView> {
  const db = deps.database.db;
  const lead = await loadOpenLead(db, id);
  if (lead.kind === 'watchlist') {
    if (!canReadPersonLeads(actor)) throw leadNotFound();
    requireAll(actor, ['news.manage', 'watchlist.propose']);
  } else {
    requireAll(actor, ['desa.manage']);
    if (lead.office_id && !(await manageableOfficeIds(deps, actor)).has(lead.office_id)) {
      throw forbidden(
        'Usulan ini untuk kantor di luar kewenangan Anda.',
        'This lead concerns an office outside what you manage.',
      );
    }
  }
  await recordDecision(deps, actor, lead, { status: 'rejected', note });
  const [view] = await toLeadViews(db, [(await findLeadById(db, id)) as LeadRow]);
  return view as LeadView;
}
