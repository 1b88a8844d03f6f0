import type { FastifyInstance, InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { SignedInUser } from '../../../../test/support/org-factories.ts';
import type { EntryView } from './watchlist.schema.ts';

/** Calls the API as a signed-in user, in English so messages can be asserted. */
export async function callAs(
  app: FastifyInstance,
  user: SignedInUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: InjectOptions['payload'],
  headers: Record<string, string> = {},
) {
  return app.inject({
    method,
    url,
    headers: { ...user.headers, 'accept-language': 'en', ...headers },
    ...(payload !== undefined ? { payload } : {}),
  });
}

/** A valid person proposal; override any field. */
export function personProposal(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'person',
    names: ['Rahmat Hidayat', 'Rahmat H.'],
    birthDate: '1985-07-12',
    sex: 'L',
    phones: ['0812-3456-7890'],
    listing: 'suspect',
    tppoTypes: ['PMI_NONPROSEDURAL', 'KERJA_PAKSA'],
    reason: 'Merekrut calon PMI tanpa izin untuk Malaysia (laporan BP3MI).',
    sourceType: 'report',
    sourceReference: 'LAP-BP3MI-2026-014',
    ...overrides,
  };
}

/** Proposes an entry and returns it, failing the test on any other answer than 201. */
export async function proposeAs(
  app: FastifyInstance,
  user: SignedInUser,
  overrides: Record<string, unknown> = {},
): Promise<EntryView> {
  const res = await callAs(app, user, 'POST', '/api/watchlist', personProposal(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<EntryView>();
}

/** Proposes and approves an entry (two people), returning the active entry. */
export async function listActive(
  app: FastifyInstance,
  proposer: SignedInUser,
  approver: SignedInUser,
  overrides: Record<string, unknown> = {},
): Promise<EntryView> {
  const proposed = await proposeAs(app, proposer, overrides);
  const res = await callAs(app, approver, 'POST', `/api/watchlist/${proposed.id}/approve`, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json<EntryView>();
}
