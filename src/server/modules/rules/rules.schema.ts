import { z } from 'zod';
import { OUTCOMES, rulePackSchema } from '../../../domain/screening/indicator-rules.ts';

/** A stored rule pack as the API returns it. */
export const rulePackViewSchema = z.object({
  version: z.string(),
  status: z.enum(['proposed', 'active', 'retired', 'rejected']),
  changeNote: z.string(),
  proposedBy: z.string().nullable(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  pack: z.record(z.string(), z.unknown()).describe('the rule pack (see rulePackSchema)'),
  profilingRuleIds: z.array(z.string()),
});

/** Body of POST /api/rule-packs. */
export const proposeRulePackBody = z.object({
  pack: rulePackSchema,
  changeNote: z.string().trim().min(5).max(2000),
});

/** The :version of a rule pack route. */
export const rulePackParams = z.object({ version: z.string().regex(/^\d{4}\.\d+(\.\d+)?$/) });

/** Body of the approve and reject routes. */
export const decideRulePackBody = z.object({ note: z.string().trim().min(3).max(2000) });

/** Query of GET /api/rule-packs/fairness: a period of calendar days (WIB), both inclusive. */
export const fairnessQuery = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .refine((q) => q.from <= q.to, {
    message: 'Tanggal awal harus sebelum tanggal akhir.',
    params: { en: 'The start date must not be after the end date.' },
    path: ['to'],
  });

const shares = z.record(z.string(), z.object({ count: z.number().int(), share: z.number() }));

/** One group's outcome shares. */
export const fairnessGroupSchema = z.object({
  group: z.string().describe("sex (L/P), or a province code; 'unknown' when not recorded"),
  total: z.number().int(),
  recommendation: shares.describe(`share of each recommendation: ${OUTCOMES.join(', ')}`),
  decision: shares.describe("share of each final decision, and 'none' when undecided"),
});

/** The fairness report. */
export const fairnessReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  bySex: z.array(fairnessGroupSchema),
  byProvince: z.array(fairnessGroupSchema),
});

/** The fairness report. */
export type FairnessReport = z.infer<typeof fairnessReportSchema>;
