import { z } from 'zod';
import { totpCodeSchema } from '../auth/auth.schema.ts';

/** Body of POST /api/account/password. */
export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024).describe('at least 12 characters, not the username'),
});

/** Answer of a password change. */
export const passwordChangedSchema = z.object({
  sessionsEnded: z.number().int().describe('other sessions of the user that were signed out'),
});

/** Answer of POST /api/account/totp/start. */
export const totpEnrolmentSchema = z.object({
  secret: z.string().describe('base32, for typing into an authenticator by hand'),
  otpauthUri: z.string(),
  qrSvg: z.string().describe('the otpauth URI as an SVG QR code'),
});

/** Body of POST /api/account/totp/confirm. */
export const totpConfirmBodySchema = z.object({ code: totpCodeSchema });

/** Body of PUT /api/account/language. */
export const languageBodySchema = z.object({ language: z.enum(['id', 'en']) });
