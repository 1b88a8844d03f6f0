import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../../domain/permissions.ts';

/** Sign-in form. */
export const signInBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
});

/** A 6-digit TOTP code. */
export const totpCodeSchema = z
  .string()
  .trim()
  .refine((value) => /^\d{6}$/.test(value), {
    message: 'Kode terdiri dari 6 angka.',
    params: { en: 'The code is 6 digits.' },
  });

/** The TOTP step of sign-in. */
export const totpBodySchema = z.object({ code: totpCodeSchema });

/** A label in both languages. */
export const labelSchema = z.object({ id: z.string(), en: z.string() });

/** The signed-in user as the web app sees them. */
export const accountViewSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  roleLabel: labelSchema,
  office: z.object({
    id: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(['kanwil', 'kanim', 'tpi', 'partner']),
  }),
  permissions: z.array(z.enum(PERMISSIONS)),
  scopeLevel: z.enum(['office', 'kanwil', 'agreement', 'national']),
  language: z.enum(['id', 'en']),
  totpEnabled: z.boolean(),
  mustChangePassword: z
    .boolean()
    .describe('true: only the password change, the session and sign-out are open'),
});

/** The answer of sign-in, the TOTP step, TOTP confirmation and GET /auth/session. */
export const sessionViewSchema = z.object({
  user: accountViewSchema,
  csrfToken: z.string(),
  secondFactorRequired: z
    .boolean()
    .describe('true: POST /api/auth/totp with the current code before anything else'),
  totpEnrolmentRequired: z
    .boolean()
    .describe('true: the role requires TOTP; only /api/account/totp/* is open until enrolled'),
});
