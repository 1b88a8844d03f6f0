import { AppError } from '../../../domain/errors.ts';
import type { DataKind, ScopeLevel } from '../../../domain/permissions.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { findUserScopeFacts, listOfficeSummaries } from './access.repository.ts';
import type { ScopeResponse } from './access.schema.ts';
import { computeScope } from './access.service.ts';

/**
 * The offices whose records of `kind` a user sees now, with the reason for each: the user's
 * own scope, or (for an auditor) another user's.
 */
export async function describeScope(
  deps: AppDeps,
  actor: Actor,
  kind: DataKind,
  userId?: string,
): Promise<ScopeResponse> {
  const db = deps.database.db;
  let subject: { userId: string; officeId: string; scopeLevel: ScopeLevel } = {
    userId: actor.userId,
    officeId: actor.officeId,
    scopeLevel: actor.scopeLevel,
  };
  if (userId !== undefined && userId !== actor.userId) {
    if (!actor.permissions.has('audit.read')) {
      throw new AppError('forbidden', 'Hanya auditor yang dapat melihat cakupan pengguna lain.', {
        messageEn: "Only auditors may see another user's scope.",
        permission: 'audit.read',
      });
    }
    const facts = await findUserScopeFacts(db, userId);
    if (!facts) {
      throw new AppError('not_found', 'Pengguna tidak ditemukan.', {
        messageEn: 'User not found.',
      });
    }
    subject = { userId: facts.id, officeId: facts.office_id, scopeLevel: facts.scope_level };
  }
  const scope = await computeScope(deps, subject, kind);
  const summaries = await listOfficeSummaries(db, scope.all ? 'all' : [...scope.offices.keys()]);
  return {
    userId: subject.userId,
    kind,
    scopeLevel: subject.scopeLevel,
    all: scope.all,
    offices: summaries.map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      kind: o.kind,
      reason: scope.all ? 'national' : (scope.offices.get(o.id) ?? 'own_office'),
    })),
    agreementIds: scope.all ? [] : scope.agreementIds,
  };
}
