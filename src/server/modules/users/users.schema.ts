import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../../domain/permissions.ts';
import { labelSchema } from '../auth/auth.schema.ts';

const SCOPES = ['office', 'kanwil', 'agreement', 'national'] as const;

/** The username rule, also enforced by the database. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;

const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => USERNAME_PATTERN.test(v), {
    message:
      'Nama pengguna 3-40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
    params: {
      en: 'Username: 3-40 characters of lowercase letters, digits, dot, underscore or hyphen.',
    },
  });

const fullNameSchema = z.string().trim().min(1).max(200);
const emailSchema = z.email().max(320).nullable().optional();

/** Body of POST /api/users. */
export const createUserBodySchema = z.object({
  username: usernameSchema,
  fullName: fullNameSchema,
  email: emailSchema,
  officeId: z.uuid(),
  role: z.enum(ROLES),
  scopeLevel: z.enum(SCOPES).optional().describe("default: the role's default scope"),
  password: z
    .string()
    .max(1024)
    .optional()
    .describe('omit to generate a temporary password, returned once'),
});

/** Body of PATCH /api/users/:id: only the fields to change. */
export const updateUserBodySchema = z
  .object({
    fullName: fullNameSchema.optional(),
    email: emailSchema,
    officeId: z.uuid().optional(),
    role: z
      .enum(ROLES)
      .optional()
      .describe(
        "a new role also resets the scope to the role's default unless scopeLevel is given",
      ),
    scopeLevel: z.enum(SCOPES).optional(),
    disabled: z.boolean().optional().describe('disabling ends every session of the user'),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: 'Tidak ada perubahan.',
    params: { en: 'Nothing to change.' },
  });

/** Query of GET /api/users. */
export const listUsersQuerySchema = z.object({
  officeId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
});

/** The :id of a user route. */
export const userParamsSchema = z.object({ id: z.uuid() });

/** A user as administration sees it. */
export const userViewSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  roleLabel: labelSchema,
  office: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(['kanwil', 'kanim', 'tpi', 'partner']),
  }),
  scopeLevel: z.enum(SCOPES),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  failedAttempts: z.number().int(),
  lockedUntil: z.string().nullable().describe('ISO instant while the account is locked'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A created user, with the temporary password when one was generated (shown only once). */
export const createdUserSchema = z.object({
  user: userViewSchema,
  temporaryPassword: z.string().nullable(),
});

/** The answer of a password reset (shown only once). */
export const passwordResetSchema = z.object({
  temporaryPassword: z.string(),
  sessionsEnded: z.number().int(),
});

/** One role, for the role pickers of the web app. */
export const roleViewSchema = z.object({
  id: z.enum(ROLES),
  label: labelSchema,
  permissions: z.array(z.enum(PERMISSIONS)),
  defaultScope: z.enum(SCOPES),
  requiresTotp: z.boolean(),
});
