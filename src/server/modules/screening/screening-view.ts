import type { OfficeRow } from '../../db/schema.ts';
import {
  person,
  type ScreeningPeople,
  type ScreeningRow,
  type ScreeningSummaryRow,
} from './screening.repository.ts';
import type {
  HitView,
  NetworkView,
  ScreeningSummary,
  ScreeningView,
} from './screening-view.schema.ts';

/** The prompt shown when a protective listing (a potential victim) matched. */
export const PROTECTION_PROMPT = {
  id: 'Orang ini mungkin calon korban TPPO: utamakan perlindungan, wawancarai secara terpisah dari pendamping, dan hubungi BP3MI atau unit perlindungan.',
  en: 'This person may be a potential TPPO victim: put protection first, interview them apart from any companion, and contact BP3MI or the protection unit.',
};

type OfficeRef = { id: string; code: string; name: string };

function ref(office: OfficeRow | undefined, id: string): OfficeRef {
  return { id, code: office?.code ?? '', name: office?.name ?? '' };
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * A stored screening as the API returns it; `offices` must hold its office and forward target,
 * `people` the names joined in the read (or known to the caller, as the officer at creation).
 */
export function toScreeningView(
  row: ScreeningRow,
  offices: ReadonlyMap<string, OfficeRow>,
  people: ScreeningPeople,
): ScreeningView {
  const reasons = row.reasons as ScreeningView['reasons'];
  const hits = row.hits as HitView[];
  const network = row.network as Partial<NetworkView>;
  const protection = reasons.some((r) => r.kind === 'protection');
  const tunda =
    row.decision === 'TUNDA' && row.decision_status === 'final'
      ? {
          deadline: row.tunda_deadline,
          closedAt: iso(row.tunda_closed_at),
          closeReason: row.tunda_close_reason,
        }
      : null;
  return {
    id: row.id,
    refCode: row.ref_code,
    kind: row.kind,
    office: {
      ...ref(offices.get(row.office_id), row.office_id),
      timeZone: offices.get(row.office_id)?.time_zone ?? 'Asia/Jakarta',
    },
    officerId: row.officer_id,
    people,
    createdAt: row.created_at.toISOString(),
    subject: {
      name: row.subject_name,
      nik: row.subject_nik,
      birthDate: row.subject_birth_date,
      sex: row.subject_sex,
      regionCode: row.subject_region_code,
      passportNumber: row.passport_number,
    },
    destinationCountry: row.destination_country,
    form: row.form,
    facts: row.facts,
    recommendation: row.recommendation,
    score: row.score,
    reasons,
    rulePackVersion: row.rule_pack_version,
    engineVersion: row.engine_version,
    hits,
    protectionPrompt: protection ? PROTECTION_PROMPT : null,
    network: network.count === undefined ? null : (network as NetworkView),
    decision: {
      decision: row.decision,
      status: row.decision_status,
      reasonCategory: row.decision_reason_category,
      decidedBy: row.decided_by,
      decidedAt: iso(row.decided_at),
      indicatorsObserved: row.indicators_observed,
      note: row.decision_note,
      approvalBy: row.approval_by,
      approvalAt: iso(row.approval_at),
      approvalNote: row.approval_note,
    },
    tunda,
    receipt: row.receipt_number
      ? {
          number: row.receipt_number,
          issuedAt: iso(row.receipt_issued_at),
          forwardedTo: row.forwarded_to_office_id
            ? ref(offices.get(row.forwarded_to_office_id), row.forwarded_to_office_id)
            : null,
        }
      : null,
    followup: row.followup_outcome
      ? {
          outcome: row.followup_outcome,
          note: row.followup_note,
          by: row.followup_by,
          at: iso(row.followup_at),
        }
      : null,
  };
}

/** A short line of a screening, with its office and what follows a TUNDA. */
export function toScreeningSummary(row: ScreeningSummaryRow): ScreeningSummary {
  return {
    id: row.id,
    refCode: row.ref_code,
    kind: row.kind,
    officeId: row.office_id,
    createdAt: row.created_at.toISOString(),
    subjectName: row.subject_name,
    recommendation: row.recommendation,
    decision: row.decision,
    decisionStatus: row.decision_status,
    decidedBy: row.decided_by,
    officer: person(row.officer_id, row.officer_name, row.officer_username),
    decider: person(row.decided_by, row.decider_name, row.decider_username),
    decisionNote: row.decision_note,
    office: {
      id: row.office_id,
      code: row.office_code,
      name: row.office_name,
      timeZone: row.office_time_zone,
    },
    tundaDeadline: row.tunda_deadline,
    tundaClosedAt: iso(row.tunda_closed_at),
    receiptNumber: row.receipt_number,
    forwardedToOfficeId: row.forwarded_to_office_id,
    followupOutcome: row.followup_outcome,
  };
}
