import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB, OfficeRow } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { listOfficeLinks } from '../access/access.repository.ts';
import { assertCanSee, visibleOfficeIds } from '../access/access.service.ts';
import { buildOfficeGraph } from '../access/office-graph.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyRole } from '../notifications/notifications.service.ts';
import { findOfficesByIds } from '../org/org.repository.ts';
import {
  findAlertById,
  insertAlert,
  insertAlertMessage,
  listAlertMessages,
  listAlertRows,
  updateAlertStatus,
  type AlertRow,
} from './alerts.repository.ts';
import type { AlertDetail, AlertView } from './alerts.schema.ts';

/** An alert to raise: who is alerted, where the match happened, and what matched. */
export interface NewAlert {
  kind: AlertRow['kind'];
  officeId: string;
  sourceOfficeId: string;
  screeningId?: string | null;
  entryId?: string | null;
  matchedScreeningId?: string | null;
  band?: string | null;
  score?: number | null;
  summary: Record<string, unknown>;
}

const KIND_TITLES: Record<AlertRow['kind'], string> = {
  watchlist_hit: 'Kecocokan dengan daftar pengawasan kantor Anda',
  history_hit: 'Kecocokan dengan keputusan TUNDA/TOLAK kantor Anda',
  retro_hit: 'Pemeriksaan ulang: orang yang pernah diperiksa cocok dengan entri baru',
  network: 'Sponsor yang sama muncul di beberapa kantor',
};

/** Roles told about an alert at the alerted office. */
const ALERTED_ROLES = ['intel_analyst', 'supervisor'] as const;

/**
 * Inserts alerts and tells the analysts and supervisors of each alerted office. Call inside the
 * transaction of the screening or job that found the match. Returns the ids of new alerts.
 */
export async function raiseAlerts(
  trx: Kysely<DB>,
  alerts: readonly NewAlert[],
  at: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const alert of alerts) {
    const id = await insertAlert(trx, {
      kind: alert.kind,
      office_id: alert.officeId,
      source_office_id: alert.sourceOfficeId,
      screening_id: alert.screeningId ?? null,
      entry_id: alert.entryId ?? null,
      matched_screening_id: alert.matchedScreeningId ?? null,
      band: alert.band ?? null,
      score: alert.score ?? null,
      summary: JSON.stringify(alert.summary),
      created_at: at,
    });
    if (id === null) continue;
    ids.push(id);
    const subject = typeof alert.summary.subjectName === 'string' ? alert.summary.subjectName : '';
    for (const role of ALERTED_ROLES) {
      await notifyRole(trx, role, [alert.officeId], {
        kind: `alert.${alert.kind}`,
        title: KIND_TITLES[alert.kind],
        body: subject ? `Subjek: ${subject}` : '',
        link: `/alerts/${id}`,
      });
    }
  }
  return ids;
}

type OfficeRef = AlertView['office'];

function ref(offices: ReadonlyMap<string, OfficeRow>, id: string): OfficeRef {
  const office = offices.get(id);
  return { id, code: office?.code ?? '', name: office?.name ?? '' };
}

function toView(row: AlertRow, offices: ReadonlyMap<string, OfficeRow>): AlertView {
  return {
    id: row.id,
    kind: row.kind,
    office: ref(offices, row.office_id),
    sourceOffice: ref(offices, row.source_office_id),
    screeningId: row.screening_id,
    entryId: row.entry_id,
    matchedScreeningId: row.matched_screening_id,
    band: row.band,
    score: row.score,
    summary: row.summary,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    closedBy: row.closed_by,
  };
}

async function officeMap(db: Kysely<DB>, ids: readonly string[]) {
  return new Map((await findOfficesByIds(db, [...new Set(ids)])).map((o) => [o.id, o]));
}

function alertNotFound(): AppError {
  return new AppError('not_found', 'Peringatan tidak ditemukan.', {
    messageEn: 'Alert not found.',
  });
}

/** Alerts that concern offices in the user's 'alerts' scope, as recipient or as source. */
export async function listAlerts(
  deps: AppDeps,
  actor: Actor,
  options: { status?: AlertRow['status'] | undefined; limit: number; offset: number },
): Promise<AlertView[]> {
  const db = deps.database.db;
  const visible = await visibleOfficeIds(deps, actor, 'alerts');
  const rows = await listAlertRows(db, { officeIds: visible, ...options });
  const offices = await officeMap(
    db,
    rows.flatMap((r) => [r.office_id, r.source_office_id]),
  );
  return rows.map((r) => toView(r, offices));
}

async function loadVisibleAlert(
  deps: AppDeps,
  actor: Actor,
  id: string,
  breakGlassReason?: string,
): Promise<AlertRow> {
  const db = deps.database.db;
  const row = await findAlertById(db, id);
  if (!row) throw alertNotFound();
  const visible = await visibleOfficeIds(deps, actor, 'alerts');
  const inScope =
    visible === 'all' || visible.has(row.office_id) || visible.has(row.source_office_id);
  if (!inScope) {
    await assertCanSee(deps, actor, 'alerts', row.office_id, {
      targetType: 'alert',
      targetId: id,
      breakGlassReason,
    });
  }
  return row;
}

async function toDetail(db: Kysely<DB>, row: AlertRow): Promise<AlertDetail> {
  const messages = await listAlertMessages(db, row.id);
  const offices = await officeMap(db, [
    row.office_id,
    row.source_office_id,
    ...messages.map((m) => m.office_id),
  ]);
  return {
    ...toView(row, offices),
    messages: messages.map((m) => ({
      id: m.id,
      author: { id: m.author_id, name: m.author_name },
      office: ref(offices, m.office_id),
      body: m.body,
      createdAt: m.created_at.toISOString(),
    })),
  };
}

/** One alert with its thread; reading it is audited (it names a person). */
export async function getAlert(
  deps: AppDeps,
  actor: Actor,
  id: string,
  breakGlassReason?: string,
): Promise<AlertDetail> {
  const row = await loadVisibleAlert(deps, actor, id, breakGlassReason);
  await appendAudit(
    deps.database.db,
    actor,
    { action: 'alert.view', targetType: 'alert', targetId: id, details: { kind: row.kind } },
    deps.clock,
  );
  return toDetail(deps.database.db, row);
}

/**
 * Which side of an alert the user speaks for: the alerted office, the source office (each
 * with the offices above it), or neither.
 */
async function sideOf(
  db: Kysely<DB>,
  actor: Actor,
  row: AlertRow,
): Promise<'recipient' | 'source' | null> {
  const graph = buildOfficeGraph(await listOfficeLinks(db));
  if (graph.chainOf(row.office_id).includes(actor.officeId)) return 'recipient';
  if (graph.chainOf(row.source_office_id).includes(actor.officeId)) return 'source';
  return null;
}

function notParticipant(): AppError {
  return new AppError(
    'forbidden',
    'Hanya kantor yang diperingatkan dan kantor asal kecocokan yang dapat menulis di sini.',
    {
      messageEn: 'Only the alerted office and the office where the match happened may write here.',
    },
  );
}

/** Adds a message to the thread; both offices (and the offices above them) may write. */
export async function postAlertMessage(
  deps: AppDeps,
  actor: Actor,
  id: string,
  body: string,
): Promise<AlertDetail> {
  const row = await loadVisibleAlert(deps, actor, id);
  const db = deps.database.db;
  const side = await sideOf(db, actor, row);
  if (!side) throw notParticipant();
  if (row.status === 'closed') {
    throw new AppError('conflict', 'Peringatan sudah ditutup.', {
      messageEn: 'The alert is closed.',
    });
  }
  await db.transaction().execute(async (trx) => {
    await insertAlertMessage(trx, {
      alertId: id,
      authorId: actor.userId,
      officeId: actor.officeId,
      body,
      at: deps.clock(),
    });
    const other = side === 'recipient' ? row.source_office_id : row.office_id;
    for (const role of ALERTED_ROLES) {
      await notifyRole(trx, role, [other], {
        kind: 'alert.message',
        title: 'Pesan baru pada peringatan',
        body: `${actor.fullName}: ${body.slice(0, 200)}`,
        link: `/alerts/${id}`,
      });
    }
    await appendAudit(
      trx,
      actor,
      { action: 'alert.message', targetType: 'alert', targetId: id, details: { side } },
      deps.clock,
    );
  });
  return toDetail(db, row);
}

/** Acknowledges or closes an alert; only the alerted office (or one above it) may. */
export async function setAlertStatus(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: { status: 'acknowledged' | 'closed'; note?: string | undefined },
): Promise<AlertDetail> {
  const row = await loadVisibleAlert(deps, actor, id);
  const db = deps.database.db;
  if ((await sideOf(db, actor, row)) !== 'recipient') {
    throw new AppError('forbidden', 'Hanya kantor yang diperingatkan yang dapat mengubah status.', {
      messageEn: 'Only the alerted office may change the status.',
    });
  }
  if (row.status === 'closed') {
    throw new AppError('conflict', 'Peringatan sudah ditutup.', {
      messageEn: 'The alert is closed.',
    });
  }
  await db.transaction().execute(async (trx) => {
    await updateAlertStatus(trx, id, input.status, actor.userId, deps.clock());
    if (input.note) {
      await insertAlertMessage(trx, {
        alertId: id,
        authorId: actor.userId,
        officeId: actor.officeId,
        body: input.note,
        at: deps.clock(),
      });
    }
    await appendAudit(
      trx,
      actor,
      {
        action: `alert.${input.status === 'closed' ? 'close' : 'acknowledge'}`,
        targetType: 'alert',
        targetId: id,
        ...(input.note ? { reason: input.note } : {}),
      },
      deps.clock,
    );
  });
  const updated = await findAlertById(db, id);
  if (!updated) throw alertNotFound();
  return toDetail(db, updated);
}
