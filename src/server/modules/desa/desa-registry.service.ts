import type { Kysely } from 'kysely';
import { AppError, failIfIssues, invalidField, type FieldIssue } from '../../../domain/errors.ts';
import { normalizePhone } from '../../../domain/phone.ts';
import { loadRegions, toDottedCode, type RegionLevel } from '../../../regions/index.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findOfficeById } from '../org/org.repository.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import {
  loadManageableDesa,
  loadVisibleDesa,
  manageableOfficeIds,
  readScopeOf,
} from './desa-access.ts';
import { toDesaSummaries } from './desa-view.ts';
import {
  findDesaByRegion,
  insertDesaIfNew,
  listContacts,
  listDesaRows,
  listUserFacts,
  mapDesaByRegion,
  replaceContacts,
  replacePimpasa,
  updateDesaRow,
} from './desa.repository.ts';
import type { DesaDetail, DesaSummary, RegisterInput, UpdateInput } from './desa.schema.ts';

const VILLAGE_LEVELS: readonly RegionLevel[] = ['desa', 'kelurahan'];

/** The calendar date today in an office's zone (dates of the office are its local dates). */
export async function officeToday(db: Kysely<DB>, officeId: string, now: Date): Promise<string> {
  const office = await findOfficeById(db, officeId);
  return dateInZone(now, office?.time_zone ?? 'Asia/Jakarta');
}

/** Adds an issue when a date lies after today. */
export function checkNotFuture(
  issues: FieldIssue[],
  path: string,
  value: string | null | undefined,
  today: string,
): void {
  if (value && value > today) {
    issues.push({
      path,
      message: `Tanggal ${value} belum terjadi (hari ini ${today}).`,
      messageEn: `The date ${value} is in the future (today is ${today}).`,
    });
  }
}

/** Candidate villages for a place as written, each saying whether it is already registered. */
export async function resolvePlace(deps: AppDeps, text: string) {
  const regions = await loadRegions();
  const candidates = regions.find(text, { levels: VILLAGE_LEVELS, limit: 8 });
  const registered = await mapDesaByRegion(
    deps.database.db,
    candidates.map((c) => c.code),
  );
  return {
    candidates: candidates.map((c) => ({
      code: c.code,
      name: c.name,
      level: c.level,
      parents: c.parents,
      score: Math.round(c.score * 1000) / 1000,
      notes: c.notes,
      registeredDesaId: registered.get(c.code) ?? null,
    })),
  };
}

async function resolveVillageCode(input: RegisterInput): Promise<string> {
  const regions = await loadRegions();
  if (input.regionCode !== undefined && input.regionCode !== '') {
    const dotted = toDottedCode(input.regionCode);
    const region = dotted ? regions.get(dotted) : undefined;
    if (!region) {
      throw invalidField(
        'regionCode',
        `Kode wilayah ${input.regionCode} tidak ada dalam data resmi Kemendagri.`,
        `Region code ${input.regionCode} is not in the official Kemendagri list.`,
      );
    }
    if (!VILLAGE_LEVELS.includes(region.level)) {
      throw invalidField(
        'regionCode',
        `Kode ${region.code} adalah ${region.level}; Desa Binaan harus pada kode desa atau kelurahan.`,
        `Code ${region.code} is a ${region.level}; a Desa Binaan needs a desa or kelurahan code.`,
      );
    }
    return region.code;
  }
  const [best] = regions.find(input.nameAsWritten, { levels: VILLAGE_LEVELS, limit: 1 });
  if (!best) {
    throw invalidField(
      'nameAsWritten',
      'Tempat ini tidak ditemukan sebagai desa atau kelurahan dalam data resmi.',
      'This place was not found as a desa or kelurahan in the official list.',
    );
  }
  return best.code;
}

function normaliseContacts(
  contacts: RegisterInput['contacts'],
  issues: FieldIssue[],
): { name: string; role: string; phone: string | null }[] {
  return contacts.map((c, i) => {
    let phone: string | null = null;
    if (c.phone) {
      phone = normalizePhone(c.phone);
      if (phone === null) {
        issues.push({
          path: `contacts[${i}].phone`,
          message: `Nomor telepon "${c.phone}" tidak dapat dibaca.`,
          messageEn: `The phone number "${c.phone}" cannot be read.`,
        });
      }
    }
    return { name: c.name, role: c.role, phone };
  });
}

async function checkPimpasa(
  db: Kysely<DB>,
  officeId: string,
  userIds: readonly string[],
  issues: FieldIssue[],
): Promise<void> {
  const facts = new Map((await listUserFacts(db, userIds)).map((u) => [u.id, u]));
  userIds.forEach((id, i) => {
    const user = facts.get(id);
    if (!user || user.role !== 'pimpasa' || user.office_id !== officeId || user.disabled) {
      issues.push({
        path: `pimpasaUserIds[${i}]`,
        message: 'Pengguna ini bukan PIMPASA aktif dari Kanim pembina.',
        messageEn: 'This user is not an active PIMPASA of the fostering Kanim.',
      });
    }
  });
}

function alreadyRegistered(code: string, existingId: string): AppError {
  const message = `Desa/kelurahan ${code} sudah terdaftar sebagai Desa Binaan.`;
  const messageEn = `Village ${code} is already registered as a Desa Binaan.`;
  return new AppError('conflict', message, {
    messageEn,
    issues: [{ path: 'regionCode', message, messageEn }],
    existingId,
  });
}

/**
 * Registers a fostered village on its official desa/kelurahan code, keeping the name as written;
 * a village registered before is a 409 naming `regionCode`. A PIMPASA who registers is assigned.
 */
export async function registerDesa(
  deps: AppDeps,
  actor: Actor,
  input: RegisterInput,
): Promise<DesaDetail> {
  const id = await deps.database.db
    .transaction()
    .execute((trx) => registerDesaInTransaction(deps, trx, actor, input));
  return readDetail(deps, actor, id, 'desa.register');
}

/**
 * The registration inside a transaction the caller owns, for a module that records its own link
 * to the village in the same transaction. A village registered before (or meanwhile by another
 * transaction) is the 409 of `registerDesa` with its id in `existingId`, and leaves the
 * transaction usable, so the caller may link that village instead.
 */
export async function registerDesaInTransaction(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  input: RegisterInput,
): Promise<string> {
  const regionCode = await resolveVillageCode(input);
  const officeId = input.officeId ?? actor.officeId;
  const office = await findOfficeById(trx, officeId);
  if (!office || office.kind !== 'kanim') {
    throw invalidField(
      'officeId',
      'Kantor pembina harus sebuah Kantor Imigrasi (Kanim).',
      'The fostering office must be an immigration office (Kanim).',
    );
  }
  if (!(await manageableOfficeIds(deps, actor, trx)).has(officeId)) {
    throw new AppError('forbidden', 'Anda hanya dapat mendaftarkan Desa Binaan kantor Anda.', {
      messageEn: 'You may register villages for your own office only.',
    });
  }
  const issues: FieldIssue[] = [];
  const now = deps.clock();
  const today = dateInZone(now, office.time_zone);
  checkNotFuture(issues, 'skDate', input.skDate, today);
  checkNotFuture(issues, 'formedOn', input.formedOn, today);
  const contacts = normaliseContacts(input.contacts, issues);
  const pimpasaIds = [...input.pimpasaUserIds];
  if (actor.role === 'pimpasa' && !pimpasaIds.includes(actor.userId)) pimpasaIds.push(actor.userId);
  await checkPimpasa(trx, officeId, pimpasaIds, issues);
  failIfIssues(issues);

  const existing = await findDesaByRegion(trx, regionCode);
  if (existing) throw alreadyRegistered(regionCode, existing.id);
  // ON CONFLICT waits for a registration of the same village in flight and then skips the row,
  // so the loser gets the 409 with the winner's id instead of an aborted transaction.
  const id = await insertDesaIfNew(trx, {
    region_code: regionCode,
    name_as_written: input.nameAsWritten,
    office_id: officeId,
    sk_number: input.skNumber || null,
    sk_date: input.skDate,
    formed_on: input.formedOn,
    formed_precision: input.formedPrecision,
    status: input.status,
    criteria: input.criteria,
    notes: input.notes,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  });
  if (id === undefined) {
    const winner = await findDesaByRegion(trx, regionCode);
    throw alreadyRegistered(regionCode, winner?.id ?? '');
  }
  await replaceContacts(trx, id, contacts);
  await replacePimpasa(trx, id, pimpasaIds, now);
  await appendAudit(
    trx,
    actor,
    {
      action: 'desa.register',
      targetType: 'desa_binaan',
      targetId: id,
      officeId,
      details: {
        regionCode,
        nameAsWritten: input.nameAsWritten,
        skNumber: input.skNumber,
        formedOn: input.formedOn,
        formedPrecision: input.formedPrecision,
        criteria: input.criteria,
        contacts: contacts.length,
        pimpasa: pimpasaIds,
      },
    },
    deps.clock,
  );
  return id;
}

/** Changes a village (contacts and PIMPASA are replaced when given), audited with the changes. */
export async function updateDesa(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: UpdateInput,
): Promise<DesaDetail> {
  await deps.database.db.transaction().execute(async (trx) => {
    const row = await loadManageableDesa(deps, actor, id, trx);
    const today = await officeToday(trx, row.office_id, deps.clock());
    const issues: FieldIssue[] = [];
    checkNotFuture(issues, 'skDate', input.skDate, today);
    checkNotFuture(issues, 'formedOn', input.formedOn, today);
    const contacts = input.contacts ? normaliseContacts(input.contacts, issues) : null;
    if (input.pimpasaUserIds) await checkPimpasa(trx, row.office_id, input.pimpasaUserIds, issues);
    const statusChanges = input.status !== undefined && input.status !== row.status;
    const statusReason = input.statusReason?.trim() || null;
    if (statusChanges && input.status === 'nonaktif' && !statusReason) {
      issues.push({
        path: 'statusReason',
        message: 'Alasan wajib diisi saat menonaktifkan desa binaan.',
        messageEn: 'A reason is required to deactivate a Desa Binaan.',
      });
    }
    failIfIssues(issues);
    const now = deps.clock();
    await updateDesaRow(trx, id, {
      ...(input.nameAsWritten !== undefined ? { name_as_written: input.nameAsWritten } : {}),
      ...(input.skNumber !== undefined ? { sk_number: input.skNumber || null } : {}),
      ...(input.skDate !== undefined ? { sk_date: input.skDate } : {}),
      ...(input.formedOn !== undefined ? { formed_on: input.formedOn } : {}),
      ...(input.formedPrecision !== undefined ? { formed_precision: input.formedPrecision } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.criteria !== undefined ? { criteria: input.criteria } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      updated_at: now,
    });
    if (contacts) await replaceContacts(trx, id, contacts);
    if (input.pimpasaUserIds) await replacePimpasa(trx, id, input.pimpasaUserIds, now);
    // Contacts are person data: the audit row counts them instead of copying them.
    const changed = Object.fromEntries(
      Object.entries(input).filter(([key]) => key !== 'contacts' && key !== 'statusReason'),
    );
    await appendAudit(
      trx,
      actor,
      {
        action: 'desa.update',
        targetType: 'desa_binaan',
        targetId: id,
        officeId: row.office_id,
        ...(statusReason ? { reason: statusReason } : {}),
        details: {
          changes: changed,
          contactsReplaced: contacts ? contacts.length : null,
          ...(statusChanges ? { statusFrom: row.status } : {}),
        },
      },
      deps.clock,
    );
  });
  return readDetail(deps, actor, id, 'desa.read');
}

/** Villages the actor sees (no contact data, so the list is not a read of person data). */
export async function listDesa(
  deps: AppDeps,
  actor: Actor,
  options: { status?: 'aktif' | 'nonaktif' | undefined; officeId?: string | undefined },
): Promise<DesaSummary[]> {
  const db = deps.database.db;
  const rows = await listDesaRows(db, await readScopeOf(deps, actor), options);
  return toDesaSummaries(db, rows);
}

async function readDetail(
  deps: AppDeps,
  actor: Actor,
  id: string,
  action: 'desa.read' | 'desa.register',
): Promise<DesaDetail> {
  const db = deps.database.db;
  const row = await loadVisibleDesa(deps, actor, id);
  const [summary] = await toDesaSummaries(db, [row]);
  const contacts = await listContacts(db, id);
  // The register audit row already says who wrote these contacts; every other read is recorded.
  if (action === 'desa.read' && contacts.length > 0) {
    await appendAudit(
      db,
      actor,
      {
        action: 'desa.read',
        targetType: 'desa_binaan',
        targetId: id,
        officeId: row.office_id,
        details: { contacts: contacts.length },
      },
      deps.clock,
    );
  }
  return { ...(summary as DesaSummary), contacts };
}

/** One village with its contacts; the read is audited when it shows any contact. */
export async function getDesa(deps: AppDeps, actor: Actor, id: string): Promise<DesaDetail> {
  return readDetail(deps, actor, id, 'desa.read');
}

/** Active users with the PIMPASA role at a Kanim the actor manages (to assign to a village). */
export async function listPimpasaCandidates(deps: AppDeps, actor: Actor, officeId: string) {
  if (!(await manageableOfficeIds(deps, actor)).has(officeId)) {
    throw new AppError('forbidden', 'Kantor ini di luar kewenangan Anda.', {
      messageEn: 'This office is outside what you manage.',
    });
  }
  const rows = await deps.database.db
    .selectFrom('users')
    .select(['id', 'username', 'full_name'])
    .where('office_id', '=', officeId)
    .where('role', '=', 'pimpasa')
    .where('disabled', '=', false)
    .orderBy('full_name')
    .execute();
  return rows.map((u) => ({ id: u.id, username: u.username, fullName: u.full_name }));
}
