import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../deps.ts';
import { requireActor } from '../../http/guards.ts';
import { requireEnrolmentAccess } from '../auth/auth.guards.ts';
import { requestInfo, setSessionCookie } from '../auth/auth.routes.ts';
import { sessionViewSchema } from '../auth/auth.schema.ts';
import {
  changeOwnPassword,
  confirmTotpEnrolment,
  setOwnLanguage,
  startTotpEnrolment,
} from './account.service.ts';
import {
  changePasswordBodySchema,
  languageBodySchema,
  passwordChangedSchema,
  totpConfirmBodySchema,
  totpEnrolmentSchema,
} from './account.schema.ts';

// Guessing the current password through a stolen session is still password guessing.
const RATE_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

/** The signed-in user's own password, second factor and language under /api/account. */
export async function registerAccountRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/account/password',
    {
      config: RATE_LIMIT,
      schema: {
        tags: ['account'],
        summary: 'Change the own password; other sessions are signed out',
        body: changePasswordBodySchema,
        response: { 200: passwordChangedSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const sessionId = request.sessionId;
      if (!sessionId) {
        throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu.', {
          messageEn: 'Please sign in first.',
        });
      }
      const { currentPassword, newPassword } = request.body;
      return changeOwnPassword(deps, actor, sessionId, currentPassword, newPassword);
    },
  );

  r.post(
    '/account/totp/start',
    {
      schema: {
        tags: ['account'],
        summary: 'Start TOTP enrolment: a secret, its otpauth URI and a QR code',
        response: { 200: totpEnrolmentSchema },
      },
    },
    async (request) => {
      const session = requireEnrolmentAccess(request);
      return startTotpEnrolment(deps, session, request.id);
    },
  );

  r.post(
    '/account/totp/confirm',
    {
      config: RATE_LIMIT,
      schema: {
        tags: ['account'],
        summary: 'Confirm TOTP enrolment with a code; completes a session held for enrolment',
        body: totpConfirmBodySchema,
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const session = requireEnrolmentAccess(request);
      const result = await confirmTotpEnrolment(
        deps,
        requestInfo(request),
        session,
        request.body.code,
      );
      if (result.issued) setSessionCookie(request, reply, result.issued.token);
      return result.view;
    },
  );

  r.put(
    '/account/language',
    {
      schema: {
        tags: ['account'],
        summary: 'Set the own language (id or en)',
        body: languageBodySchema,
        response: { 200: z.object({ language: z.enum(['id', 'en']) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setOwnLanguage(deps, actor, request.body.language);
      return { language: request.body.language };
    },
  );
}
