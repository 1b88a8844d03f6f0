import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import { requireSession } from './auth.guards.ts';
import { sessionViewSchema, signInBodySchema, totpBodySchema } from './auth.schema.ts';
import { signIn, signOut, verifySecondFactor, type RequestInfo } from './auth.service.ts';
import { sessionCookieOptions } from './session.hook.ts';
import { toSessionView } from './session-state.ts';
import { hashSessionToken, SESSION_COOKIE } from './session-token.ts';

// Per client address, against password and code guessing; lockout covers distributed guessing.
const RATE_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

/** What the services need to know about the caller of this request. */
export function requestInfo(request: FastifyRequest): RequestInfo {
  const token = request.cookies[SESSION_COOKIE];
  const agent = request.headers['user-agent'];
  return {
    requestId: request.id,
    ip: request.ip || null,
    userAgent: typeof agent === 'string' ? agent : null,
    carriedSessionId: token ? hashSessionToken(token) : null,
  };
}

/** Sets the cookie of a newly issued session. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  void reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request));
}

/** Sign-in, the TOTP step, the current session and sign-out under /api/auth. */
export async function registerAuthRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/auth/sign-in',
    {
      config: RATE_LIMIT,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password; sets the session cookie',
        body: signInBodySchema,
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const issued = await signIn(deps, requestInfo(request), username, password);
      setSessionCookie(request, reply, issued.token);
      return issued.view;
    },
  );

  r.post(
    '/auth/totp',
    {
      config: RATE_LIMIT,
      schema: {
        tags: ['auth'],
        summary: 'Complete sign-in with the current TOTP code; replaces the session cookie',
        body: totpBodySchema,
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const issued = await verifySecondFactor(
        deps,
        requestInfo(request),
        session,
        request.body.code,
      );
      setSessionCookie(request, reply, issued.token);
      return issued.view;
    },
  );

  r.get(
    '/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, the CSRF token and any pending step',
        response: { 200: sessionViewSchema },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return toSessionView(session.user, session.csrfToken, session.stage);
    },
  );

  r.post(
    '/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session and clear its cookie',
      },
    },
    async (request, reply) => {
      if (request.authSession) await signOut(deps, requestInfo(request), request.authSession);
      void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
      return reply.status(204).send();
    },
  );
}
