import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { requirePermission } from '../../http/guards.ts';
import { reportFairness } from './rules-fairness.service.ts';
import {
  decideRulePackBody,
  fairnessQuery,
  fairnessReportSchema,
  proposeRulePackBody,
  rulePackParams,
  rulePackViewSchema,
} from './rules.schema.ts';
import { decideRulePack, listRulePacks, proposeRulePack } from './rules.service.ts';

/** Indicator rule packs with four-eyes approval, and the fairness report, under /api/rule-packs. */
export async function registerRulePackRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/rule-packs',
    {
      config: { permission: 'rules.read' },
      schema: {
        tags: ['rules'],
        summary: 'The active rule pack and every stored version',
        response: {
          200: z.object({ active: rulePackViewSchema, versions: z.array(rulePackViewSchema) }),
        },
      },
    },
    async (request) => {
      requirePermission(request, 'rules.read');
      return listRulePacks(deps);
    },
  );

  r.post(
    '/rule-packs',
    {
      config: { permission: 'rules.manage' },
      schema: {
        tags: ['rules'],
        summary: 'Propose a new version; another administrator must approve it',
        body: proposeRulePackBody,
        response: { 201: rulePackViewSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'rules.manage');
      return reply.status(201).send(await proposeRulePack(deps, actor, request.body));
    },
  );

  for (const action of ['approve', 'reject'] as const) {
    r.post(
      `/rule-packs/:version/${action}`,
      {
        config: { permission: 'rules.manage' },
        schema: {
          tags: ['rules'],
          summary:
            action === 'approve'
              ? 'Second approval by a different administrator: the version becomes active'
              : 'Reject a proposed version',
          params: rulePackParams,
          body: decideRulePackBody,
          response: { 200: rulePackViewSchema },
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'rules.manage');
        return decideRulePack(deps, actor, request.params.version, {
          approve: action === 'approve',
          note: request.body.note,
        });
      },
    );
  }

  r.get(
    '/rule-packs/fairness',
    {
      config: { permission: 'rules.manage' },
      schema: {
        tags: ['rules'],
        summary: 'Share of each recommendation and decision by sex and home province in a period',
        querystring: fairnessQuery,
        response: { 200: fairnessReportSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'rules.manage');
      return reportFairness(deps, actor, request.query);
    },
  );
}
