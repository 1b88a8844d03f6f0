import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { requireActor, requirePermission } from '../../http/guards.ts';
import {
  createdUserSchema,
  createUserBodySchema,
  listUsersQuerySchema,
  passwordResetSchema,
  roleViewSchema,
  updateUserBodySchema,
  userParamsSchema,
  userViewSchema,
} from './users.schema.ts';
import {
  createUser,
  getUser,
  listUsersFor,
  resetUserPassword,
  updateUserByAdmin,
} from './users.service.ts';
import { listRoles } from './user-view.ts';

/** User administration under /api/users and the role list under /api/roles. */
export async function registerUserRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/roles',
    {
      schema: {
        tags: ['users'],
        summary: 'Every role with its labels, permissions, default scope and TOTP rule',
        response: { 200: z.object({ roles: z.array(roleViewSchema) }) },
      },
    },
    async (request) => {
      requireActor(request);
      return { roles: listRoles() };
    },
  );

  r.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Users in scope, optionally of one office and one role',
        querystring: listUsersQuerySchema,
        response: { 200: z.object({ users: z.array(userViewSchema) }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'user.read');
      return { users: await listUsersFor(deps, actor, request.query) };
    },
  );

  r.get(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'One user',
        params: userParamsSchema,
        response: { 200: userViewSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'user.read');
      return getUser(deps, actor, request.params.id);
    },
  );

  r.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user; without a password a temporary one is returned once',
        body: createUserBodySchema,
        response: { 201: createdUserSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'user.manage');
      const created = await createUser(deps, actor, request.body);
      return reply.status(201).send(created);
    },
  );

  r.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change role, office, scope, name, email or disabled flag',
        params: userParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userViewSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'user.manage');
      return updateUserByAdmin(deps, actor, request.params.id, request.body);
    },
  );

  r.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: 'New temporary password (returned once); ends sessions and clears the lockout',
        params: userParamsSchema,
        response: { 200: passwordResetSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'user.manage');
      return resetUserPassword(deps, actor, request.params.id);
    },
  );
}
