import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import type { Permission } from '../../domain/permissions.ts';
import type { Actor } from '../context/actor.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a route requires; checked before the input is validated. */
    permission?: Permission;
  }
  interface FastifyRequest {
    /** The signed-in user, once the session hook has run; null for anonymous requests. */
    actor: Actor | null;
    /** The session id (hashed token) behind `actor`. */
    sessionId: string | null;
  }
}

/** The signed-in user, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new AppError('unauthenticated', 'Silakan masuk terlebih dahulu.', {
      messageEn: 'Please sign in first.',
    });
  }
  return request.actor;
}

/** The signed-in user holding `permission`, or a 401/403. */
export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!actor.permissions.has(permission)) {
    throw new AppError('forbidden', `Peran Anda tidak memiliki izin ${permission}.`, {
      messageEn: `Your role lacks the permission ${permission}.`,
      permission,
    });
  }
  return actor;
}

/**
 * Checks a route's declared permission before its input is validated, so that a caller without
 * the permission learns nothing about the route's input rules (403 before 400).
 */
export async function checkDeclaredPermission(request: FastifyRequest): Promise<void> {
  const permission = request.routeOptions.config.permission;
  if (permission) requirePermission(request, permission);
}
