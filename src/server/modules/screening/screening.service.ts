import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type FieldIssue } from '../../../domain/errors.ts';
import { recommend } from '../../../domain/screening/recommend.ts';
import { ENGINE_VERSION, type MatchQuery } from '../../../engine/index.ts';
import { loadRegions } from '../../../regions/index.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB, OfficeRow } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { raiseAlerts, type NewAlert } from '../alerts/alerts.service.ts';
import { hasOpenNetworkAlert } from '../alerts/alerts.repository.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findOfficesByIds } from '../org/org.repository.ts';
import { dateInZone } from '../sharing/agreement-validity.ts';
import { subjectKey } from '../watchlist/suppression-key.ts';
import {
  buildScreeningFacts,
  checkScreeningForm,
  isOutsideCoverage,
  type CheckedForm,
} from './screening-facts.builder.ts';
import { matchSubject } from './screening-match.ts';
import { findSponsorNetwork } from './screening-network.ts';
import { matchingScopeLevel } from './screening-reach.ts';
import {
  loadReferenceData,
  reachFrom,
  settingFrom,
  type ReferenceData,
} from './screening-reference.ts';
import { toScreeningView } from './screening-view.ts';
import { findScreeningById, hasPriorPassport, insertScreening } from './screening.repository.ts';
import type { ScreeningForm } from './screening.schema.ts';
import type { HitView, NetworkView, ScreeningView } from './screening-view.schema.ts';

/** Raises a validation error naming every field at fault. */
export function validationError(issues: FieldIssue[]): AppError {
  const first = issues[0];
  return new AppError('validation', first?.message ?? 'Masukan tidak valid.', {
    messageEn: first?.messageEn ?? 'Invalid input.',
    issues,
  });
}

/** The screening not found (or hidden). */
export function screeningNotFound(): AppError {
  return new AppError('not_found', 'Pemeriksaan tidak ditemukan.', {
    messageEn: 'Screening not found.',
  });
}

/** Which kinds of screening an office performs: passport interviews at a Kanim, departures at a TPI. */
function kindsAt(office: OfficeRow): ScreeningForm['kind'][] {
  if (office.kind === 'kanim') return ['passport_application'];
  if (office.kind === 'tpi') return ['departure_check'];
  return [];
}

function officeOf(reference: ReferenceData, officeId: string): OfficeRow {
  const office = reference.offices.get(officeId);
  if (!office) throw new AppError('internal', `office ${officeId} missing`);
  return office;
}

/** Offices by id, for views. */
export async function officesById(
  db: Kysely<DB>,
  ids: readonly (string | null)[],
): Promise<Map<string, OfficeRow>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  return new Map((await findOfficesByIds(db, wanted)).map((o) => [o.id, o]));
}

/** A screening as the API returns it, read from the database. */
export async function loadScreeningView(db: Kysely<DB>, id: string): Promise<ScreeningView> {
  const row = await findScreeningById(db, id);
  if (!row) throw screeningNotFound();
  const offices = await officesById(db, [row.office_id, row.forwarded_to_office_id]);
  return toScreeningView(row, offices, row.people);
}

function newRefCode(office: OfficeRow, today: string): string {
  return `${office.code}-${today.replaceAll('-', '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

function checkIssuingOffice(reference: ReferenceData, form: ScreeningForm): FieldIssue | null {
  const id = form.document.issuingOfficeId;
  if (id === undefined) return null;
  const office = reference.offices.get(id);
  if (office?.kind === 'kanim' && office.active) return null;
  return {
    path: 'document.issuingOfficeId',
    message: 'Kantor penerbit paspor harus Kanim yang aktif.',
    messageEn: 'The issuing office must be an active Kanim.',
  };
}

function applicantQuery(form: ScreeningForm, checked: CheckedForm): MatchQuery {
  return {
    name: form.applicant.name,
    birthDate: form.applicant.birthDate,
    sex: form.applicant.sex,
    ...(checked.nik ? { nik: checked.nik.nik } : {}),
    ...(checked.passportNumber ? { passportNumber: checked.passportNumber } : {}),
    ...(checked.applicantPhone ? { phones: [checked.applicantPhone] } : {}),
    kinds: ['person', 'phone'],
  };
}

function sponsorQueries(form: ScreeningForm, checked: CheckedForm): MatchQuery[] {
  const queries: MatchQuery[] = form.sponsor.names.map((name) => ({
    name,
    phones: checked.sponsorPhones,
    kinds: ['person', 'phone'],
  }));
  if (form.sponsor.company) {
    queries.push({ name: form.sponsor.company, kinds: ['organization'] });
  }
  if (queries.length === 0 && checked.sponsorPhones.length > 0) {
    queries.push({ name: '', phones: checked.sponsorPhones, kinds: ['phone', 'person'] });
  }
  return queries;
}

function hitAlerts(
  hits: readonly HitView[],
  context: { screeningId: string; refCode: string; office: OfficeRow; subjectName: string },
): NewAlert[] {
  return hits
    .filter((h) => h.alerted)
    .map((h) => ({
      kind: h.source === 'watchlist' ? 'watchlist_hit' : 'history_hit',
      officeId: h.office.id,
      sourceOfficeId: context.office.id,
      screeningId: context.screeningId,
      entryId: h.source === 'watchlist' ? h.refId : null,
      matchedScreeningId: h.source === 'history' ? h.refId : null,
      band: h.band,
      score: h.score,
      summary: {
        subjectName: context.subjectName,
        about: h.about,
        screeningRef: context.refCode,
        screeningOffice: context.office.name,
        matchedRef: h.refCode,
        label: h.label,
        comparisons: h.comparisons,
      },
    }));
}

async function networkAlerts(
  db: Kysely<DB>,
  network: NetworkView | null,
  context: {
    screeningId: string;
    refCode: string;
    office: OfficeRow;
    subjectName: string;
    since: Date;
  },
): Promise<NewAlert[]> {
  if (!network?.signal) return [];
  const others = network.offices.filter((other) => other.id !== context.office.id);
  // One open network alert per pair of offices and window: a busy sponsor must not flood.
  const open = await Promise.all(
    others.map((other) => hasOpenNetworkAlert(db, other.id, context.office.id, context.since)),
  );
  const out: NewAlert[] = [];
  for (const [i, other] of others.entries()) {
    if (open[i]) continue;
    out.push({
      kind: 'network',
      officeId: other.id,
      sourceOfficeId: context.office.id,
      screeningId: context.screeningId,
      summary: {
        subjectName: context.subjectName,
        screeningRef: context.refCode,
        screeningOffice: context.office.name,
        applications: network.count,
        windowDays: network.windowDays,
        matchedOn: network.matchedOn,
      },
    });
  }
  return out;
}

/**
 * Screens an applicant or traveller: checks the form (NIK, region, MRZ, phones), finds prior
 * passports and the sponsor network, matches the applicant and sponsors in the index within
 * the office's reach, evaluates the active rule pack, and stores everything with the audit row
 * and the alerts for other offices in one transaction.
 */
export async function createScreening(
  deps: AppDeps,
  actor: Actor,
  form: ScreeningForm,
): Promise<ScreeningView> {
  const db = deps.database.db;
  const now = deps.clock();
  const reference = await loadReferenceData(deps.database);
  const office = officeOf(reference, actor.officeId);
  const today = dateInZone(now, office.time_zone);
  const issues: FieldIssue[] = [];
  if (!kindsAt(office).includes(form.kind)) {
    issues.push({
      path: 'kind',
      message:
        form.kind === 'passport_application'
          ? 'Wawancara paspor hanya dilakukan di Kanim.'
          : 'Pemeriksaan keberangkatan hanya dilakukan di TPI.',
      messageEn:
        form.kind === 'passport_application'
          ? 'Passport interviews happen at a Kanim.'
          : 'Departure checks happen at a TPI.',
    });
  }
  const regions = await loadRegions();
  const { issues: formIssues, checked } = checkScreeningForm(form, regions, today, now);
  issues.push(...formIssues);
  const issuing = checkIssuingOffice(reference, form);
  if (issuing) issues.push(issuing);
  if (issues.length > 0) throw validationError(issues);

  const coverageOffice = office.kind === 'tpi' && office.parent_id ? office.parent_id : office.id;
  const coverage = reference.coverage.get(coverageOffice) ?? [];
  const level = matchingScopeLevel(actor.scopeLevel);
  const historyReach = reachFrom(reference, office.id, level, 'screening_decisions', now);
  const watchlistReach = reachFrom(reference, office.id, level, 'watchlist', now);
  const windowDays = settingFrom(reference, 'network.windowDays');
  const key = subjectKey({
    nik: checked.nik?.nik ?? null,
    name: form.applicant.name,
    birthDate: form.applicant.birthDate,
  });
  // Independent reads run together (the pool has ten connections; embedded mode queues them).
  const [priorPassportFound, network, match] = await Promise.all([
    checked.nik ? hasPriorPassport(db, checked.nik.nik) : false,
    findSponsorNetwork(db, {
      sponsor: {
        phones: checked.sponsorPhones,
        keys: checked.sponsorKeyNames,
      },
      officeId: office.id,
      reach: historyReach,
      now,
      windowDays,
      threshold: settingFrom(reference, 'network.minApplications'),
      knownOffices: reference.offices,
    }),
    matchSubject(deps, {
      officeId: office.id,
      queries: [
        { about: 'applicant', query: applicantQuery(form, checked) },
        ...sponsorQueries(form, checked).map((query) => ({ about: 'sponsor' as const, query })),
      ],
      subjectKey: key,
      watchlistReach,
      historyReach,
      known: reference,
    }),
  ]);
  const facts = buildScreeningFacts(form, checked, {
    officeToday: today,
    homeOutsideCoverage: isOutsideCoverage(checked.homeRegency, coverage),
    priorPassportFound,
    recentApplications: network?.count ?? 0,
  });
  const recommendation = recommend(reference.rulePack, facts, match.signals);
  const refCode = newRefCode(office, today);
  const since = new Date(now.getTime() - windowDays * 86_400_000);
  const context = { refCode, office, subjectName: form.applicant.name, since };
  const preNetwork = await networkAlerts(db, network, { ...context, screeningId: '' });

  const row = await db.transaction().execute(async (trx) => {
    const stored = await insertScreening(trx, {
      ref_code: refCode,
      kind: form.kind,
      office_id: office.id,
      officer_id: actor.userId,
      created_at: now,
      subject_name: form.applicant.name,
      subject_nik: checked.nik?.nik ?? null,
      subject_birth_date: form.applicant.birthDate,
      subject_sex: form.applicant.sex,
      subject_region_code: form.applicant.regionCode ?? null,
      passport_number: checked.passportNumber,
      sponsor_phones: checked.sponsorPhones,
      sponsor_keys: checked.sponsorKeys,
      destination_country: form.trip.destinationCountry,
      form: JSON.stringify({
        ...form,
        ...(checked.mrz ? { mrzReading: checked.mrz } : {}),
      }),
      facts: JSON.stringify(facts),
      hits: JSON.stringify(match.hits),
      recommendation: recommendation.outcome,
      reasons: JSON.stringify(recommendation.reasons),
      score: recommendation.score,
      rule_pack_version: recommendation.rulePackVersion,
      engine_version: ENGINE_VERSION,
      network: JSON.stringify(network ?? {}),
    });
    const screeningId = stored.id;
    const alertIds = await raiseAlerts(
      trx,
      [
        ...hitAlerts(match.hits, { ...context, screeningId }),
        ...preNetwork.map((a) => ({ ...a, screeningId })),
      ],
      now,
    );
    await appendAudit(
      trx,
      actor,
      {
        action: 'screening.create',
        targetType: 'screening',
        targetId: screeningId,
        details: {
          kind: form.kind,
          recommendation: recommendation.outcome,
          score: recommendation.score,
          rulePackVersion: recommendation.rulePackVersion,
          engineVersion: ENGINE_VERSION,
          hits: match.hits.length,
          alerts: alertIds,
          networkSignal: network?.signal ?? false,
        },
      },
      deps.clock,
    );
    return stored;
  });
  // The stored row is the one a re-read would return; its offices are in memory already, and
  // the only person it names yet is the signed-in officer.
  return toScreeningView(row, reference.offices, {
    officer: { id: actor.userId, displayName: actor.fullName, username: actor.username },
    decidedBy: null,
    approvalBy: null,
    followupBy: null,
  });
}
