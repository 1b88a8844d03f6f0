import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError } from '../../../domain/errors.ts';
import { assertCanSee } from '../access/access.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { ownUnit } from './screening-read.service.ts';
import { reachHas } from './screening-reach.ts';
import { renderReceiptPdf } from './screening-receipt.pdf.ts';
import { findScreeningById, findUserNames } from './screening.repository.ts';
import { officesById, screeningNotFound } from './screening.service.ts';

/**
 * The PDF receipt for a passport withheld at a checkpoint (a final TUNDA at a TPI), for the
 * checkpoint and the Kanim it was forwarded to; others go through break-glass. Audited.
 */
export async function getReceiptPdf(
  deps: AppDeps,
  actor: Actor,
  id: string,
  breakGlassReason?: string,
): Promise<{ filename: string; pdf: Buffer }> {
  const db = deps.database.db;
  const row = await findScreeningById(db, id);
  if (!row) throw screeningNotFound();
  if (!row.receipt_number) {
    throw new AppError(
      'not_found',
      'Pemeriksaan ini tidak memiliki tanda terima penahanan paspor.',
      {
        messageEn: 'This screening has no receipt for a withheld passport.',
      },
    );
  }
  const unit = await ownUnit(deps, actor);
  const mine =
    reachHas(unit, row.office_id) ||
    (row.forwarded_to_office_id !== null && reachHas(unit, row.forwarded_to_office_id));
  if (!mine) {
    await assertCanSee(deps, actor, 'screening_decisions', row.office_id, {
      targetType: 'screening',
      targetId: id,
      breakGlassReason,
    });
  }
  const offices = await officesById(db, [row.office_id, row.forwarded_to_office_id]);
  const office = offices.get(row.office_id);
  const forwarded = row.forwarded_to_office_id
    ? offices.get(row.forwarded_to_office_id)
    : undefined;
  const names = await findUserNames(
    db,
    [row.decided_by, row.approval_by].filter((u): u is string => u !== null),
  );
  const pdf = await renderReceiptPdf({
    receiptNumber: row.receipt_number,
    screeningRef: row.ref_code,
    issuedAt: row.receipt_issued_at ?? row.decided_at ?? row.created_at,
    timeZone: office?.time_zone ?? 'Asia/Jakarta',
    office: { name: office?.name ?? '', address: office?.address ?? null },
    traveller: {
      name: row.subject_name,
      nik: row.subject_nik,
      passportNumber: row.passport_number,
      birthDate: row.subject_birth_date,
    },
    destinationCountry: row.destination_country,
    reasonCategory: row.decision_reason_category,
    officer: (row.decided_by && names.get(row.decided_by)) || '-',
    supervisor: row.approval_by ? (names.get(row.approval_by) ?? null) : null,
    forwardedTo: forwarded ? { name: forwarded.name, address: forwarded.address } : null,
    deadline: row.tunda_deadline,
  });
  await appendAudit(
    db,
    actor,
    {
      action: 'screening.receipt_download',
      targetType: 'screening',
      targetId: id,
      details: { receiptNumber: row.receipt_number },
    },
    deps.clock,
  );
  return { filename: `${row.receipt_number.replaceAll('/', '-')}.pdf`, pdf };
}
