import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { registerHealthRoutes } from '../modules/health/health.routes.ts';
import { registerAuditRoutes } from '../modules/audit/audit.routes.ts';
import { registerAuthRoutes } from '../modules/auth/auth.routes.ts';
import { registerAccountRoutes } from '../modules/account/account.routes.ts';
import { registerUserRoutes } from '../modules/users/users.routes.ts';
import { registerOrgRoutes } from '../modules/org/org.routes.ts';
import { registerRegionRoutes } from '../modules/regions/regions.routes.ts';
import { registerSharingRoutes } from '../modules/sharing/sharing.routes.ts';
import { registerAccessRoutes } from '../modules/access/access.routes.ts';
import { registerNotificationRoutes } from '../modules/notifications/notifications.routes.ts';
import { registerWatchlistRoutes } from '../modules/watchlist/watchlist.routes.ts';
import { registerScreeningRoutes } from '../modules/screening/screening.routes.ts';
import { registerAlertRoutes } from '../modules/alerts/alerts.routes.ts';
import { registerRulePackRoutes } from '../modules/rules/rules.routes.ts';
import { registerDesaRoutes } from '../modules/desa/desa.routes.ts';
import { registerBulletinRoutes } from '../modules/bulletins/bulletins.routes.ts';
import { registerMeetingRoutes } from '../modules/meetings/meetings.routes.ts';
import { registerKnowledgeRoutes } from '../modules/knowledge/knowledge.routes.ts';
import { registerNewsRoutes } from '../modules/news/news.routes.ts';

/** Registers every feature's routes under /api. Each module adds one line here. */
export async function registerRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerHealthRoutes(api, deps);
  await registerAuditRoutes(api, deps);
  await registerAuthRoutes(api, deps);
  await registerAccountRoutes(api, deps);
  await registerUserRoutes(api, deps);
  await registerOrgRoutes(api, deps);
  await registerRegionRoutes(api, deps);
  await registerSharingRoutes(api, deps);
  await registerAccessRoutes(api, deps);
  await registerNotificationRoutes(api, deps);
  await registerWatchlistRoutes(api, deps);
  await registerScreeningRoutes(api, deps);
  await registerAlertRoutes(api, deps);
  await registerRulePackRoutes(api, deps);
  await registerDesaRoutes(api, deps);
  await registerBulletinRoutes(api, deps);
  await registerMeetingRoutes(api, deps);
  await registerKnowledgeRoutes(api, deps);
  await registerNewsRoutes(api, deps);
}
