import type { Kysely } from 'kysely';
import { AppError, failIfIssues, invalidField, type FieldIssue } from '../../../domain/errors.ts';
import { normalizePhone } from '../../../domain/phone.ts';
import { loadRegions, toDottedCode } from '../../../regions/index.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { ReportPerson } from '../../db/schema-desa.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { loadVisibleDesa, manageableOfficeIds, readScopeOf } from './desa-access.ts';
import { checkNotFuture, officeToday } from './desa-registry.service.ts';
import { toReportDetail, toReportSummaries } from './desa-view.ts';
import {
  findReportById,
  insertReport,
  listReportRows,
  nextReportNumber,
  type ReportRow,
} from './desa.repository.ts';
import type { ReportDetail, ReportInput, ReportSummary } from './desa.schema.ts';

/** The 404 of a report that does not exist or lies outside the caller's scope. */
export function reportNotFound(): AppError {
  return new AppError('not_found', 'Laporan peringatan dini tidak ditemukan.', {
    messageEn: 'Early-warning report not found.',
  });
}

/** Loads a report whose village the actor sees, or a 404. */
export async function loadVisibleReport(
  deps: AppDeps,
  actor: Actor,
  id: string,
  db: Kysely<DB> = deps.database.db,
  forUpdate = false,
): Promise<ReportRow> {
  const row = await findReportById(db, id, forUpdate);
  if (!row) throw reportNotFound();
  try {
    await loadVisibleDesa(deps, actor, row.desa_id, db);
  } catch {
    throw reportNotFound();
  }
  return row;
}

async function checkPlace(code: string): Promise<string> {
  const regions = await loadRegions();
  const dotted = toDottedCode(code);
  const region = dotted ? regions.get(dotted) : undefined;
  if (!region) {
    throw invalidField(
      'regionCode',
      `Kode wilayah ${code} tidak ada dalam data resmi Kemendagri.`,
      `Region code ${code} is not in the official Kemendagri list.`,
    );
  }
  return region.code;
}

function normalisePeople(people: ReportInput['people'], issues: FieldIssue[]): ReportPerson[] {
  return people.map((p, i) => {
    const name = p.name?.trim() || null;
    const raw = p.phone?.trim() || null;
    const phone = raw ? normalizePhone(raw) : null;
    if (raw && phone === null) {
      issues.push({
        path: `people[${i}].phone`,
        message: `Nomor telepon "${raw}" tidak dapat dibaca.`,
        messageEn: `The phone number "${raw}" cannot be read.`,
      });
    }
    if (!name && !raw) {
      issues.push({
        path: `people[${i}]`,
        message: 'Isi nama atau nomor telepon orang ini.',
        messageEn: 'Give this person a name or a phone number.',
      });
    }
    return { name, role: p.role?.trim() || null, phone };
  });
}

/**
 * Files an early-warning report a resident gave the PIMPASA of a village: what was seen, when,
 * where (an official region code) and who was involved (phones normalised to E.164).
 */
export async function fileReport(
  deps: AppDeps,
  actor: Actor,
  desaId: string,
  input: ReportInput,
): Promise<ReportDetail> {
  const regionCode = await checkPlace(input.regionCode);
  const id = await deps.database.db.transaction().execute(async (trx) => {
    const desa = await loadVisibleDesa(deps, actor, desaId, trx);
    if (
      actor.role !== 'pimpasa' &&
      !(await manageableOfficeIds(deps, actor, trx)).has(desa.office_id)
    ) {
      throw new AppError('forbidden', 'Laporan dicatat oleh kantor pembina desa ini.', {
        messageEn: 'Reports are taken by the office that fosters this village.',
      });
    }
    const today = await officeToday(trx, desa.office_id, deps.clock());
    const issues: FieldIssue[] = [];
    checkNotFuture(issues, 'seenOn', input.seenOn, today);
    const people = normalisePeople(input.people, issues);
    failIfIssues(issues);
    const phones = [...new Set(people.flatMap((p) => (p.phone ? [p.phone] : [])))];
    const number = await nextReportNumber(trx);
    const refCode = `LPD-${today.slice(0, 4)}-${String(number).padStart(6, '0')}`;
    const newId = await insertReport(trx, {
      ref_code: refCode,
      desa_id: desaId,
      office_id: desa.office_id,
      category: input.category,
      seen_on: input.seenOn,
      region_code: regionCode,
      place_note: input.placeNote,
      people: JSON.stringify(people),
      phones,
      narrative: input.narrative,
      reported_by: actor.userId,
      created_at: deps.clock(),
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'desa_report.create',
        targetType: 'desa_report',
        targetId: newId,
        officeId: desa.office_id,
        details: {
          refCode,
          desaId,
          category: input.category,
          seenOn: input.seenOn,
          regionCode,
          people: people.length,
          phones: phones.length,
        },
      },
      deps.clock,
    );
    return newId;
  });
  const row = await findReportById(deps.database.db, id);
  return toReportDetail(deps.database.db, row as ReportRow);
}

/** Reports the actor sees (without people or narrative), optionally of one village. */
export async function listReports(
  deps: AppDeps,
  actor: Actor,
  options: { desaId?: string; seenFrom?: string; seenTo?: string } = {},
): Promise<ReportSummary[]> {
  const db = deps.database.db;
  if (options.desaId) await loadVisibleDesa(deps, actor, options.desaId);
  const rows = await listReportRows(db, await readScopeOf(deps, actor), options);
  return toReportSummaries(db, rows);
}

/** One report with the people it names: a read of person data, audited. */
export async function getReport(deps: AppDeps, actor: Actor, id: string): Promise<ReportDetail> {
  const db = deps.database.db;
  const row = await loadVisibleReport(deps, actor, id);
  await appendAudit(
    db,
    actor,
    {
      action: 'desa_report.read',
      targetType: 'desa_report',
      targetId: id,
      officeId: row.office_id,
      details: { refCode: row.ref_code, people: row.people.length },
    },
    deps.clock,
  );
  return toReportDetail(db, row);
}
