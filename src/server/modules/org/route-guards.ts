import type { FastifyRequest } from 'fastify';
import type { Permission } from '../../../domain/permissions.ts';
import { requireActor, requirePermission } from '../../http/guards.ts';

/**
 * A preValidation hook that refuses a caller without `permission` before the input is read, so
 * an unauthorised caller learns nothing from validation messages.
 */
export function permit(permission: Permission): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    requirePermission(request, permission);
  };
}

/** A preValidation hook that refuses anonymous callers before the input is read. */
export function signedIn(): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    requireActor(request);
  };
}
