import { z } from 'zod';
import { TPPO_TYPE_CODES } from '../../../domain/tppo.ts';

/** The kinds of source a statement may cite. */
export const SOURCE_KINDS = ['regulation', 'official_release', 'bulletin', 'news', 'case'] as const;

const sourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  label: z.string().trim().min(3).max(500),
  reference: z.string().trim().max(1000).nullable().default(null),
});
const sourceView = z.object({
  kind: z.enum(SOURCE_KINDS),
  label: z.string(),
  reference: z.string().nullable(),
});

/** Body of POST /knowledge/modus: a new modus operandi, published only after review. */
export const proposeModusBody = z.object({
  tppoType: z.enum(TPPO_TYPE_CODES),
  name: z.string().trim().min(3).max(200),
  recruitment: z.string().trim().max(4000).default(''),
  routes: z.string().trim().max(4000).default(''),
  signs: z.string().trim().max(4000).default(''),
  ruleIds: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  source: sourceSchema,
});
/** A validated proposal. */
export type ProposeModusInput = z.infer<typeof proposeModusBody>;

/** Body of POST /knowledge/modus/:id/review. */
export const reviewModusBody = z.object({
  decision: z.enum(['publish', 'reject']),
  note: z.string().trim().max(2000).default(''),
});

/** Body of POST /knowledge/modus/:id/examples. */
export const addExampleBody = z.object({
  kind: z.enum(['bulletin', 'news', 'case']),
  label: z.string().trim().min(3).max(500),
  reference: z.string().trim().max(1000).nullable().default(null),
});

/** Path of a knowledge page. */
export const pageParams = z.object({ tppoType: z.enum(TPPO_TYPE_CODES) });
/** Path of a modus. */
export const idParams = z.object({ id: z.uuid() });

const statementView = z.object({
  id: z.string(),
  section: z.string(),
  textId: z.string(),
  textEn: z.string().nullable(),
  source: sourceView,
});

/** A modus operandi entry as the API returns it. */
export const modusSchema = z.object({
  id: z.string(),
  tppoType: z.string(),
  name: z.string(),
  recruitment: z.string(),
  routes: z.string(),
  signs: z.string(),
  status: z.enum(['proposed', 'published', 'rejected']),
  rules: z.array(z.object({ id: z.string(), titleId: z.string(), titleEn: z.string() })),
  source: sourceView,
  bulletins: z.array(z.object({ id: z.string(), title: z.string(), sentAt: z.string() })),
  examples: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: z.string(),
      reference: z.string().nullable(),
    }),
  ),
  proposedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
/** A modus view. */
export type ModusView = z.infer<typeof modusSchema>;

/** One knowledge page: sourced statements by section and the modus operandi. */
export const pageSchema = z.object({
  tppoType: z.string(),
  labelId: z.string(),
  labelEn: z.string(),
  statements: z.array(statementView),
  modus: z.array(modusSchema),
  /** Proposals awaiting review (for users who may propose or review). */
  proposedModus: z.array(modusSchema),
});
/** A page view. */
export type KnowledgePage = z.infer<typeof pageSchema>;

/** Response of GET /knowledge: the pages with their counts. */
export const pageListSchema = z.object({
  pages: z.array(
    z.object({
      tppoType: z.string(),
      labelId: z.string(),
      labelEn: z.string(),
      statements: z.number().int(),
      modus: z.number().int(),
      proposed: z.number().int(),
    }),
  ),
});
