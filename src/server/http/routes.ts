import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { registerHealthRoutes } from '../modules/health/health.routes.ts';
import { registerAuditRoutes } from '../modules/audit/audit.routes.ts';
import { registerAuthRoutes } from '../modules/auth/auth.routes.ts';

/** Registers every feature's routes under /api. Each module adds one line here. */
export async function registerRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerHealthRoutes(api, deps);
  await registerAuditRoutes(api, deps);
  await registerAuthRoutes(api, deps);
}
