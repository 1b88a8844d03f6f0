import { z } from 'zod';
import { withCrossFieldChecks } from '../../http/cross-field-checks.ts';
import { checkOfficeShape } from './office-rules.ts';

/** Office kinds. */
export const officeKindSchema = z.enum(['kanwil', 'kanim', 'tpi', 'partner']);
/** The three zones of Indonesia. */
export const timeZoneSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
const checkpointTypeSchema = z.enum(['airport', 'seaport', 'land']);
const partnerTypeSchema = z.enum(['police', 'bp3mi', 'other']);

const codeSchema = z
  .string()
  .trim()
  .refine((v) => /^[A-Z0-9][A-Z0-9-]{1,39}$/.test(v), {
    message: 'Kode kantor: 2-40 huruf besar, angka atau tanda hubung',
    params: { en: 'Office code: 2-40 capital letters, digits or hyphens' },
  });
const nameSchema = z.string().trim().min(3).max(200);
const shortNameSchema = z.string().trim().min(2).max(80);
const officeClassSchema = z.string().trim().min(2).max(80);
const regionCodeSchema = z.string().trim().min(2).max(13);
const addressSchema = z.string().trim().max(500);

/** The region codes an office covers. */
export const coverageSchema = z.array(regionCodeSchema).max(500);

const given = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * The shape rules that need no lookup, checked with the fields' own rules: a Kanim's class, a
 * TPI's checkpoint type, a partner's type, and a parent for a Kanim or TPI (its kind is
 * checked by the service once the parent is read).
 */
function officeShapeIssues(input: Record<string, unknown>) {
  const kind = officeKindSchema.safeParse(input.kind);
  if (!kind.success) return [];
  const parentGiven = given(input.parentId) !== null;
  return checkOfficeShape({
    kind: kind.data,
    officeClass: given(input.officeClass),
    parent: null,
    checkpointType: given(input.checkpointType),
    partnerType: given(input.partnerType),
  }).filter((issue) => issue.path !== 'parentId' || !parentGiven);
}

/** Body of POST /offices. */
export const createOfficeBody = withCrossFieldChecks(
  z.object({
    kind: officeKindSchema,
    code: codeSchema,
    name: nameSchema,
    shortName: shortNameSchema,
    officeClass: officeClassSchema.nullish(),
    parentId: z.uuid().nullish(),
    checkpointType: checkpointTypeSchema.nullish(),
    partnerType: partnerTypeSchema.nullish(),
    /** Defaults to the parent's zone; required for an office without a parent. */
    timeZone: timeZoneSchema.optional(),
    seatRegionCode: regionCodeSchema.nullish(),
    address: addressSchema.nullish(),
    coverage: coverageSchema.optional(),
  }),
  officeShapeIssues,
);
/** A validated create request. */
export type CreateOfficeInput = z.infer<typeof createOfficeBody>;

/** Body of PATCH /offices/:id (kind and code never change). */
export const updateOfficeBody = z
  .object({
    name: nameSchema,
    shortName: shortNameSchema,
    officeClass: officeClassSchema.nullable(),
    parentId: z.uuid().nullable(),
    checkpointType: checkpointTypeSchema.nullable(),
    partnerType: partnerTypeSchema.nullable(),
    timeZone: timeZoneSchema,
    seatRegionCode: regionCodeSchema.nullable(),
    address: addressSchema.nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Tidak ada yang diubah',
    params: { en: 'Nothing to change' },
  });
/** A validated update request. */
export type UpdateOfficeInput = z.infer<typeof updateOfficeBody>;

/** Body of PUT /offices/:id/coverage. */
export const setCoverageBody = z.object({ coverage: coverageSchema });

/** Path of the routes on one office. */
export const officeIdParams = z.object({ id: z.uuid() });

/** Query of GET /offices. */
export const listOfficesQuery = z.object({
  kind: officeKindSchema.optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

const regionRef = z.object({ code: z.string(), name: z.string(), level: z.string() });

/** One office as the API returns it. */
export const officeSchema = z.object({
  id: z.string(),
  kind: officeKindSchema,
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  officeClass: z.string().nullable(),
  parentId: z.string().nullable(),
  checkpointType: checkpointTypeSchema.nullable(),
  partnerType: partnerTypeSchema.nullable(),
  timeZone: timeZoneSchema,
  seatRegion: regionRef.nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  /** Depth in the tree (0 for a Kanwil or an unattached partner). */
  depth: z.number().int(),
});

/** Response of GET /offices: the tree in pre-order (each office directly after its parent). */
export const officeListSchema = z.object({ offices: z.array(officeSchema) });

/** Response of GET /offices/:id and of the writes. */
export const officeDetailSchema = officeSchema.extend({
  parent: z.object({ id: z.string(), name: z.string(), kind: officeKindSchema }).nullable(),
  children: z.array(z.object({ id: z.string(), name: z.string(), kind: officeKindSchema })),
  coverage: z.array(regionRef),
});

/** An office as the API returns it. */
export type OfficeView = z.infer<typeof officeSchema>;
/** An office with its parent, children and coverage. */
export type OfficeDetailView = z.infer<typeof officeDetailSchema>;
