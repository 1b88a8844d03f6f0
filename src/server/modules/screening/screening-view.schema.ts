import { z } from 'zod';
import { OUTCOMES } from '../../../domain/screening/indicator-rules.ts';
import { DECISION_REASON_CATEGORIES, SCREENING_KINDS } from './screening.schema.ts';

/* The answers of the screening routes: views of screenings, hits, reasons and replays. */

const label = z.object({ id: z.string(), en: z.string() });
const officeRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** One compared value: what was asked, what the entry holds, and the effect on the score. */
export const comparisonSchema = z.object({
  feature: z.string(),
  query: z.string(),
  entry: z.string(),
  effect: z.number(),
});

/** One engine hit, side by side. */
export const hitViewSchema = z.object({
  source: z.enum(['watchlist', 'history']),
  refId: z.uuid(),
  refCode: z.string(),
  office: officeRef,
  listing: z.enum(['suspect', 'protective']),
  band: z.enum(['strong', 'possible', 'weak']),
  score: z.number(),
  about: z.enum(['applicant', 'sponsor']).describe('whose values matched'),
  label: z.string(),
  comparisons: z.array(comparisonSchema),
  suppressed: z.object({ by: z.string(), at: z.string(), note: z.string() }).nullable(),
  alerted: z.boolean(),
});

/** A hit as stored and shown. */
export type HitView = z.infer<typeof hitViewSchema>;

/** One reason of a recommendation. */
export const reasonViewSchema = z.object({
  kind: z.enum(['rule', 'watchlist', 'history', 'protection']),
  ruleId: z.string().optional(),
  refId: z.string().optional(),
  title: label,
  basis: z.string().optional(),
  weight: z.number(),
  pushesTo: z.enum(OUTCOMES),
  profiling: z.boolean(),
  evidence: z.array(comparisonSchema).optional(),
});

/** The sponsor network signal. */
export const networkViewSchema = z.object({
  signal: z.boolean(),
  count: z.number().int(),
  threshold: z.number().int(),
  windowDays: z.number().int(),
  matchedOn: z.array(z.object({ kind: z.enum(['phone', 'name']), value: z.string() })),
  applications: z.array(
    z.object({
      screeningId: z.uuid(),
      refCode: z.string(),
      officeId: z.uuid(),
      createdAt: z.string(),
    }),
  ),
  offices: z.array(officeRef.extend({ applications: z.number().int() })),
});

/** The sponsor network signal as stored and shown. */
export type NetworkView = z.infer<typeof networkViewSchema>;

/** A person named on a screening: display name and username. */
const personRef = z.object({ id: z.uuid(), displayName: z.string(), username: z.string() });

/** Who screened, decided, approved and followed up, by name. */
const screeningPeopleSchema = z.object({
  officer: personRef.nullable(),
  decidedBy: personRef.nullable(),
  approvalBy: personRef.nullable(),
  followupBy: personRef.nullable(),
});

/** A screening as the API returns it. */
export const screeningViewSchema = z.object({
  id: z.uuid(),
  refCode: z.string(),
  kind: z.enum(SCREENING_KINDS),
  office: officeRef.extend({ timeZone: z.string() }),
  officerId: z.uuid(),
  people: screeningPeopleSchema,
  createdAt: z.string(),
  subject: z.object({
    name: z.string(),
    nik: z.string().nullable(),
    birthDate: z.string().nullable(),
    sex: z.enum(['L', 'P']).nullable(),
    regionCode: z.string().nullable(),
    passportNumber: z.string().nullable(),
  }),
  destinationCountry: z.string().nullable(),
  form: z.record(z.string(), z.unknown()),
  facts: z.record(z.string(), z.unknown()),
  recommendation: z.enum(OUTCOMES),
  score: z.number(),
  reasons: z.array(reasonViewSchema),
  rulePackVersion: z.string(),
  engineVersion: z.string(),
  hits: z.array(hitViewSchema),
  protectionPrompt: label.nullable(),
  network: networkViewSchema.nullable(),
  decision: z.object({
    decision: z.enum(OUTCOMES).nullable(),
    status: z.enum(['open', 'final', 'awaiting_approval', 'rejected_by_supervisor']),
    reasonCategory: z.enum(DECISION_REASON_CATEGORIES).nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    indicatorsObserved: z.array(z.string()),
    note: z.string().nullable(),
    approvalBy: z.string().nullable(),
    approvalAt: z.string().nullable(),
    approvalNote: z.string().nullable(),
  }),
  tunda: z
    .object({
      deadline: z.string().nullable(),
      closedAt: z.string().nullable(),
      closeReason: z.string().nullable(),
    })
    .nullable(),
  receipt: z
    .object({
      number: z.string(),
      issuedAt: z.string().nullable(),
      forwardedTo: officeRef.nullable(),
    })
    .nullable(),
  followup: z
    .object({
      outcome: z.string(),
      note: z.string().nullable(),
      by: z.string().nullable(),
      at: z.string().nullable(),
    })
    .nullable(),
});

/** A screening as the API returns it. */
export type ScreeningView = z.infer<typeof screeningViewSchema>;

/** A short line of a screening in a list or queue. */
export const screeningSummarySchema = z.object({
  id: z.uuid(),
  refCode: z.string(),
  kind: z.enum(SCREENING_KINDS),
  officeId: z.uuid(),
  createdAt: z.string(),
  subjectName: z.string(),
  recommendation: z.enum(OUTCOMES),
  decision: z.enum(OUTCOMES).nullable(),
  decisionStatus: z.enum(['open', 'final', 'awaiting_approval', 'rejected_by_supervisor']),
  decidedBy: z.string().nullable(),
  officer: personRef.nullable(),
  decider: personRef.nullable(),
  decisionNote: z.string().nullable(),
  office: officeRef.extend({ timeZone: z.string() }),
  tundaDeadline: z.string().nullable(),
  tundaClosedAt: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  forwardedToOfficeId: z.uuid().nullable(),
  followupOutcome: z.string().nullable(),
});

/** A short line of a screening. */
export type ScreeningSummary = z.infer<typeof screeningSummarySchema>;

/** What a replay found. */
export const replayViewSchema = z.object({
  screeningId: z.uuid(),
  rulePackVersion: z.string(),
  engineVersion: z.string(),
  stored: z.object({ outcome: z.enum(OUTCOMES), score: z.number(), ruleIds: z.array(z.string()) }),
  replayed: z.object({
    outcome: z.enum(OUTCOMES),
    score: z.number(),
    ruleIds: z.array(z.string()),
  }),
  same: z.boolean(),
});
