import { z } from 'zod';
import { DATA_KINDS } from '../../../domain/permissions.ts';

/** Query of GET /access/scope. */
export const scopeQuery = z.object({
  kind: z.enum(DATA_KINDS),
  /** Another user's scope: auditors only. */
  userId: z.uuid().optional(),
});

/** Response of GET /access/scope. */
export const scopeResponse = z.object({
  userId: z.string(),
  kind: z.enum(DATA_KINDS),
  scopeLevel: z.enum(['office', 'kanwil', 'agreement', 'national']),
  all: z.boolean(),
  offices: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.enum(['kanwil', 'kanim', 'tpi', 'partner']),
      reason: z.enum(['own_office', 'kanwil', 'agreement', 'national']),
    }),
  ),
  agreementIds: z.array(z.string()),
});

/** The scope as the API returns it. */
export type ScopeResponse = z.infer<typeof scopeResponse>;
