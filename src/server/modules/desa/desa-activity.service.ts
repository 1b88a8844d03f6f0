import { failIfIssues, type FieldIssue } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { loadManageableDesa, loadVisibleDesa } from './desa-access.ts';
import { checkNotFuture, officeToday } from './desa-registry.service.ts';
import { toActivityView, totalOf } from './desa-view.ts';
import { findActivityById, insertActivity, listActivityRows } from './desa.repository.ts';
import type { ActivityInput, ActivityView } from './desa.schema.ts';

/**
 * Logs a counselling session, visit or first-line service that was held in a village. `date` is
 * the day it was held, in the fostering office's zone: a day still to come is refused.
 */
export async function logActivity(
  deps: AppDeps,
  actor: Actor,
  desaId: string,
  input: ActivityInput,
): Promise<ActivityView> {
  const id = await deps.database.db.transaction().execute(async (trx) => {
    const desa = await loadManageableDesa(deps, actor, desaId, trx);
    const issues: FieldIssue[] = [];
    checkNotFuture(
      issues,
      'date',
      input.date,
      await officeToday(trx, desa.office_id, deps.clock()),
    );
    failIfIssues(issues);
    const participantTotal = totalOf(input.participants);
    const newId = await insertActivity(trx, {
      desa_id: desaId,
      kind: input.kind,
      held_on: input.date,
      topic: input.topic,
      tppo_types: input.tppoTypes,
      participants: JSON.stringify(input.participants),
      participant_total: participantTotal,
      partners: input.partners,
      notes: input.notes,
      created_by: actor.userId,
      created_at: deps.clock(),
    });
    await appendAudit(
      trx,
      actor,
      {
        action: 'desa.activity.create',
        targetType: 'desa_activity',
        targetId: newId,
        officeId: desa.office_id,
        details: {
          desaId,
          kind: input.kind,
          date: input.date,
          topic: input.topic,
          participantTotal,
        },
      },
      deps.clock,
    );
    return newId;
  });
  const row = await findActivityById(deps.database.db, id);
  return toActivityView(row as NonNullable<typeof row>);
}

/** The activities of a village the actor sees, newest first, optionally within a period. */
export async function listActivities(
  deps: AppDeps,
  actor: Actor,
  desaId: string,
  period?: { from: string; to: string },
): Promise<ActivityView[]> {
  await loadVisibleDesa(deps, actor, desaId);
  const rows = await listActivityRows(deps.database.db, desaId, period);
  return rows.map(toActivityView);
}
