import { AppError, invalidField } from '../../../domain/errors.ts';
import { loadRegions } from '../../../regions/index.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { notifyRole } from '../notifications/notifications.service.ts';
import { findOfficesByIds } from '../org/org.repository.ts';
import { proposeEntryInTransaction } from '../watchlist/watchlist.service.ts';
import { proposeBody, type ProposeInput } from '../watchlist/watchlist.schema.ts';
import { loadVisibleReport } from './desa-report.service.ts';
import { toReportDetail } from './desa-view.ts';
import {
  findReportById,
  listEntriesFromReports,
  listOfficesCovering,
  markReportAlerted,
  type ReportRow,
} from './desa.repository.ts';
import type { AlertInput, ProposalInput, ReportDetail } from './desa.schema.ts';

const CATEGORY_LABELS: Record<ReportRow['category'], string> = {
  perekrut: 'perekrut menawarkan kerja ke luar negeri',
  berangkat_tanpa_dokumen: 'warga akan berangkat tanpa dokumen',
  korban_kembali: 'korban yang kembali',
  lainnya: 'lainnya',
};

/** Roles told about an early-warning alert at each alerted office. */
const ALERTED_ROLES = ['intel_analyst', 'supervisor'] as const;

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * Turns a report into a watchlist proposal with one action: the first named person (or the one
 * chosen) with every phone of the report, or the phones alone. The proposal waits for the
 * listing office's second person like any other; its source names the report's number, which
 * is how the report shows what it became. The proposal and the report's audit row commit in one
 * transaction, with the report row locked, so a failure leaves neither and a second submit of
 * the same report is refused with a 409 rather than making a second proposal.
 */
export async function proposeFromReport(
  deps: AppDeps,
  actor: Actor,
  reportId: string,
  input: ProposalInput,
): Promise<ReportDetail> {
  const db = deps.database.db;
  await db.transaction().execute(async (trx) => {
    const report = await loadVisibleReport(deps, actor, reportId, trx, true);
    const open = (await listEntriesFromReports(trx, [report.ref_code])).filter(
      (e) => e.status !== 'rejected',
    );
    if (open.length > 0) {
      throw new AppError(
        'conflict',
        `Laporan ini sudah menjadi usulan daftar pengawasan ${open[0]?.ref_code ?? ''}.`,
        { messageEn: `This report already became watchlist proposal ${open[0]?.ref_code ?? ''}.` },
      );
    }
    const entry = await proposeEntryInTransaction(deps, trx, actor, proposalOf(report, input));
    await appendAudit(
      trx,
      actor,
      {
        action: 'desa_report.propose_watchlist',
        targetType: 'desa_report',
        targetId: report.id,
        officeId: report.office_id,
        details: { refCode: report.ref_code, entryId: entry.id, entryRef: entry.refCode },
      },
      deps.clock,
    );
  });
  return toReportDetail(db, (await findReportById(db, reportId)) as ReportRow);
}

/** The watchlist proposal a report makes, or a 400 naming the field when it can make none. */
function proposalOf(report: ReportRow, input: ProposalInput): ProposeInput {
  const index = input?.personIndex;
  if (index !== undefined && report.people[index] === undefined) {
    throw invalidField(
      'personIndex',
      'Orang ini tidak ada dalam laporan.',
      'No such person in the report.',
    );
  }
  const person =
    index !== undefined ? report.people[index] : report.people.find((p) => p.name !== null);
  const names = person?.name ? [person.name] : [];
  const phones = report.phones;
  if (names.length === 0 && phones.length === 0) {
    throw invalidField(
      'personIndex',
      'Laporan ini tidak menyebut nama atau nomor telepon untuk diusulkan.',
      'The report names no person or phone to propose.',
    );
  }
  const listing =
    input?.listing ?? (report.category === 'korban_kembali' ? 'protective' : 'suspect');
  const parsed = proposeBody.safeParse({
    kind: names.length > 0 ? 'person' : 'phone',
    names,
    phones,
    homeRegionCode: report.region_code,
    listing,
    tppoTypes: input?.tppoTypes ?? ['PMI_NONPROSEDURAL'],
    reason: `Laporan peringatan dini ${report.ref_code} (${CATEGORY_LABELS[report.category]}, ${report.seen_on}): ${excerpt(report.narrative, 600)}`,
    sourceType: 'report',
    sourceReference: report.ref_code,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidField(
      issue?.path.join('.') || 'report',
      `Laporan tidak dapat dijadikan usulan: ${issue?.message ?? ''}`,
      `The report cannot become a proposal: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/**
 * Turns a report into an alert with one action: the analysts and supervisors of the offices
 * covering the place (or of the offices chosen) are notified, and the report records whom it
 * alerted. A report alerts once.
 */
export async function alertFromReport(
  deps: AppDeps,
  actor: Actor,
  reportId: string,
  input: AlertInput,
): Promise<ReportDetail> {
  const db = deps.database.db;
  const regions = await loadRegions();
  await db.transaction().execute(async (trx) => {
    const report = await loadVisibleReport(deps, actor, reportId, trx, true);
    if (report.alerted_at !== null) {
      throw new AppError('conflict', 'Laporan ini sudah diteruskan sebagai peringatan.', {
        messageEn: 'This report has already been sent as an alert.',
      });
    }
    let officeIds: string[];
    if (input?.officeIds && input.officeIds.length > 0) {
      const found = await findOfficesByIds(trx, input.officeIds);
      const bad = input.officeIds.findIndex(
        (id) => !found.some((o) => o.id === id && o.kind !== 'partner' && o.active),
      );
      if (bad >= 0) {
        throw invalidField(
          `officeIds[${bad}]`,
          'Kantor ini tidak ada atau bukan kantor imigrasi aktif.',
          'This office does not exist or is not an active immigration office.',
        );
      }
      officeIds = [...new Set(input.officeIds)];
    } else {
      const chain = [
        report.region_code,
        ...regions.parentsOf(report.region_code).map((p) => p.code),
      ];
      const covering = (await listOfficesCovering(trx, chain)).map((o) => o.id);
      officeIds = [...new Set([report.office_id, ...covering])];
    }
    const place = regions.get(report.region_code)?.name ?? report.region_code;
    for (const role of ALERTED_ROLES) {
      await notifyRole(trx, role, officeIds, {
        kind: 'desa_report.alert',
        title: `Peringatan dini ${report.ref_code}: ${CATEGORY_LABELS[report.category]}`,
        body: `Dilaporkan di ${place} (${report.region_code}), terlihat ${report.seen_on}.${input?.note ? ` Catatan: ${input.note}` : ''}`,
        link: `/desa?laporan=${report.id}`,
      });
    }
    const now = deps.clock();
    await markReportAlerted(trx, report.id, {
      at: now,
      by: actor.userId,
      officeIds,
      note: input?.note ?? null,
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'desa_report.alert',
        targetType: 'desa_report',
        targetId: report.id,
        officeId: report.office_id,
        details: { refCode: report.ref_code, officeIds },
      },
      deps.clock,
    );
  });
  return toReportDetail(db, (await findReportById(db, reportId)) as ReportRow);
}
