import { z } from 'zod';
import { PROTECTED_FACTS, type FactName, type ScreeningFacts } from './screening-facts.ts';

/** The four recommendations, from least to most strict. */
export const OUTCOMES = ['LANJUT', 'WAWANCARA', 'TUNDA', 'TOLAK'] as const;

/** LANJUT (proceed), WAWANCARA (secondary interview), TUNDA (postpone), TOLAK (refuse). */
export type Outcome = (typeof OUTCOMES)[number];

/** The stricter of two outcomes. */
export function stricter(a: Outcome, b: Outcome): Outcome {
  return OUTCOMES.indexOf(a) >= OUTCOMES.indexOf(b) ? a : b;
}

/** True when `a` is less strict than `b`. */
export function isLessStrict(a: Outcome, b: Outcome): boolean {
  return OUTCOMES.indexOf(a) < OUTCOMES.indexOf(b);
}

const factNames = [
  'screening.kind',
  'applicant.age',
  'applicant.sex',
  'applicant.homeProvince',
  'applicant.homeOutsideCoverage',
  'applicant.firstTimeTraveller',
  'applicant.declaredNoPriorPassport',
  'applicant.priorPassportFound',
  'nik.valid',
  'nik.birthDateConflict',
  'nik.sexConflict',
  'nik.regionUnknown',
  'trip.purpose',
  'trip.destinationCountry',
  'trip.destinationRisk',
  'trip.returnTicket',
  'trip.visaType',
  'trip.planUnclear',
  'trip.multiStop',
  'trip.bookedByOther',
  'trip.groupWithAgent',
  'trip.companionConcern',
  'documents.workRecommendation',
  'documents.pmiRegistration',
  'documents.parentsStatement',
  'documents.umrahOperatorStatement',
  'sponsor.recentApplications',
] as const satisfies readonly FactName[];

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A test on one fact. */
export type FactTest = {
  fact: FactName;
  op: 'eq' | 'neq' | 'in' | 'notIn' | 'gte' | 'lte';
  value: string | number | boolean | null | (string | number | boolean | null)[];
};

/** A condition: a fact test, or all/any/not of conditions. */
export type Condition = FactTest | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** The schema of a condition, for rule packs stored as data. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({
      fact: z.enum(factNames),
      op: z.enum(['eq', 'neq', 'in', 'notIn', 'gte', 'lte']),
      value: z.union([scalar, z.array(scalar)]),
    }),
    z.object({ all: z.array(conditionSchema).min(1) }),
    z.object({ any: z.array(conditionSchema).min(1) }),
    z.object({ not: conditionSchema }),
  ]),
);

/** One indicator rule: what it tests, why (its legal or official basis), and how much it weighs. */
export const ruleSchema = z.object({
  id: z.string().regex(/^[A-Z][A-Z0-9_-]{1,40}$/),
  title: z.object({ id: z.string().min(3), en: z.string().min(3) }),
  basis: z.string().min(3),
  weight: z.number().min(0).max(10),
  /** The least strict outcome this rule alone leads to when it fires. */
  floor: z.enum(OUTCOMES).optional(),
  when: conditionSchema,
});

/** One indicator rule. */
export type IndicatorRule = z.infer<typeof ruleSchema>;

/** A versioned rule pack: rules plus the score thresholds for WAWANCARA and TUNDA. */
export const rulePackSchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d+(\.\d+)?$/),
    thresholds: z.object({ wawancara: z.number().positive(), tunda: z.number().positive() }),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((pack, ctx) => {
    if (pack.thresholds.tunda <= pack.thresholds.wawancara) {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds', 'tunda'],
        message: 'Ambang TUNDA harus lebih tinggi dari ambang WAWANCARA.',
        params: { en: 'The TUNDA threshold must be above the WAWANCARA threshold.' },
      });
    }
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `ID aturan ${rule.id} ganda.`,
          params: { en: `Duplicate rule id ${rule.id}.` },
        });
      }
      seen.add(rule.id);
    });
  });

/** A versioned rule pack. */
export type RulePack = z.infer<typeof rulePackSchema>;

/** Every fact a condition reads. */
export function factsOf(condition: Condition, into = new Set<FactName>()): Set<FactName> {
  if ('fact' in condition) into.add(condition.fact);
  else if ('all' in condition) condition.all.forEach((c) => factsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => factsOf(c, into));
  else factsOf(condition.not, into);
  return into;
}

/** True when a rule tests nothing but sex, age or origin: profiling, capped at WAWANCARA. */
export function isProfilingRule(rule: IndicatorRule): boolean {
  return [...factsOf(rule.when)].every((fact) => PROTECTED_FACTS.has(fact));
}

function testFact(test: FactTest, facts: ScreeningFacts): boolean {
  const actual = facts[test.fact];
  const { value } = test;
  switch (test.op) {
    case 'eq':
      return actual === value;
    case 'neq':
      return actual !== value;
    case 'in':
      return Array.isArray(value) && value.includes(actual);
    case 'notIn':
      return Array.isArray(value) && !value.includes(actual);
    case 'gte':
      return typeof actual === 'number' && typeof value === 'number' && actual >= value;
    case 'lte':
      return typeof actual === 'number' && typeof value === 'number' && actual <= value;
  }
}

/** Evaluates a condition against the facts. */
export function evaluateCondition(condition: Condition, facts: ScreeningFacts): boolean {
  if ('fact' in condition) return testFact(condition, facts);
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts));
  return !evaluateCondition(condition.not, facts);
}
