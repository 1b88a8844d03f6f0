import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { handleError, sendProblem } from './problem.ts';
import { pickLanguage } from './language.ts';
import { registerRoutes } from './routes.ts';
import { checkDeclaredPermission } from './guards.ts';
import { registerSessionHook } from '../modules/auth/session.hook.ts';

/** Where `npm run build:web` puts the React app. */
export const WEB_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../dist/web',
);

/** Options for building the HTTP app. */
export interface BuildAppOptions {
  logger?: boolean;
  /** Serve the built web app (off in most tests). */
  serveWeb?: boolean;
}

/** Builds the Fastify app: API under /api, OpenAPI, docs, and the web app. */
export async function buildApp(
  deps: AppDeps,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: deps.config.logLevel } : false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,80}$/.test(given) ? given : randomUUID();
    },
    trustProxy: false,
    bodyLimit: 25 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler(handleError);
  app.addHook('preValidation', checkDeclaredPermission);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  await app.register(fastifyCookie);
  registerSessionHook(app, deps);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Waspada API',
        description: 'TPPO prevention platform for Indonesian immigration offices',
        version: deps.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'waspada_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The docs page brings its own CSP; without upgrade-insecure-requests, which would make a
  // browser on plain HTTP over a network address fetch the page's scripts over https (blank page).
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .split(';')
        .map((directive) => directive.trim())
        .filter((directive) => directive !== '' && directive !== 'upgrade-insecure-requests')
        .join('; '),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(
    async (api) => {
      await registerRoutes(api, deps);
    },
    { prefix: '/api' },
  );

  if (options.serveWeb !== false && fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return sendNotFound(request, reply);
    });
  } else {
    app.setNotFoundHandler(sendNotFound);
  }
  return app;
}

function sendNotFound(
  request: Parameters<typeof sendProblem>[0],
  reply: Parameters<typeof sendProblem>[1],
): ReturnType<typeof sendProblem> {
  const en = pickLanguage(request) === 'en';
  return sendProblem(
    request,
    reply,
    'not_found',
    en
      ? `No route ${request.method} ${request.url}`
      : `Rute ${request.method} ${request.url} tidak ada`,
  );
}
