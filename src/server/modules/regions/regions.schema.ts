import { z } from 'zod';
import { REGION_LEVELS } from '../../../regions/index.ts';

const level = z.enum(REGION_LEVELS as unknown as ['provinsi', ...string[]]);

/** A region reference. */
export const regionRefSchema = z.object({ code: z.string(), name: z.string(), level });

/** Query of GET /regions/find. */
export const findRegionsQuery = z.object({
  q: z.string().trim().min(2).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  /** Only regions inside this code, e.g. a kabupaten. */
  within: z
    .string()
    .refine((v) => /^\d{2}(\.?\d{2}(\.?\d{2}(\.?\d{4})?)?)?$/.test(v), {
      message: 'Kode wilayah tidak valid',
      params: { en: 'Invalid region code' },
    })
    .optional(),
});

/** Response of GET /regions/find. */
export const findRegionsResponse = z.object({
  candidates: z.array(
    regionRefSchema.extend({
      parents: z.array(regionRefSchema),
      score: z.number(),
      notes: z.array(z.string()),
    }),
  ),
});

/** Path of GET /regions/:code (dotted or undotted). */
export const regionCodeParams = z.object({
  code: z.string().refine((v) => /^\d{2}(\.?\d{2}(\.?\d{2}(\.?\d{4})?)?)?$/.test(v), {
    message: 'Kode wilayah harus 2, 4, 6 atau 10 digit (boleh bertitik)',
    params: { en: 'A region code has 2, 4, 6 or 10 digits (dots allowed)' },
  }),
});

/** Response of GET /regions/:code. */
export const regionDetailResponse = regionRefSchema.extend({
  parentCode: z.string().nullable(),
  parents: z.array(regionRefSchema),
  children: z.array(regionRefSchema),
});
