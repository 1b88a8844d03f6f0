import type { Kysely } from 'kysely';
import { cleanNik } from '../../../domain/nik.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict, auditEntry, runWrite } from './watchlist-governance.ts';
import { canSeeEntry, computeWatchlistReach } from './watchlist-scope.ts';
import { entryNotFound, toSuppressionView } from './watchlist-view.ts';
import type { SuppressionInput, SuppressionView } from './watchlist.schema.ts';
import {
  findEntryById,
  findSuppressionRow,
  insertSuppression,
  listSuppressionRowsForSubject,
} from './watchlist.repository.ts';
import { subjectKey, type SubjectIdentity } from './suppression-key.ts';

/** How a suppression names its subject to a reader: name, birth date and NIK as given. */
export function subjectLabelOf(subject: SubjectIdentity): string {
  const parts = [subject.name.trim()];
  if (subject.birthDate) parts.push(`lahir ${subject.birthDate}`);
  const nik = subject.nik ? cleanNik(subject.nik) : '';
  if (nik !== '') parts.push(`NIK ${nik}`);
  return parts.join(', ');
}

/**
 * Records that a subject is not the person of an entry ("not the same person"), so later
 * screenings of that subject do not alert on that entry but show who judged so, when and why.
 */
export async function suppressEntryForSubject(
  deps: AppDeps,
  actor: Actor,
  entryId: string,
  input: SuppressionInput,
): Promise<SuppressionView> {
  return runWrite(deps, { refreshIndex: false }, async (trx) => {
    const now = deps.clock();
    const entry = await findEntryById(trx, entryId);
    if (!entry) throw entryNotFound();
    const reach = await computeWatchlistReach(deps, actor, now, trx);
    if (!canSeeEntry(reach, entry)) throw entryNotFound();
    const subject: SubjectIdentity = {
      name: input.subject.name,
      nik: input.subject.nik ?? null,
      birthDate: input.subject.birthDate ?? null,
    };
    const key = subjectKey(subject);
    const existing = await findSuppressionRow(trx, entryId, key);
    if (existing) {
      throw conflict(
        'Subjek ini sudah dinyatakan bukan orang yang sama untuk entri ini.',
        'This subject was already judged not to be the person of this entry.',
        { suppressionId: existing.id },
      );
    }
    const id = await insertSuppression(trx, {
      entryId,
      subjectKey: key,
      subjectLabel: subjectLabelOf(subject),
      note: input.note,
      createdBy: actor.userId,
      officeId: actor.officeId,
      createdAt: now,
    });
    await auditEntry(
      deps,
      trx,
      actor,
      entry,
      'watchlist.suppress',
      { suppressionId: id, subjectKey: key, subject: subjectLabelOf(subject) },
      input.note,
    );
    const stored = await findSuppressionRow(trx, entryId, key);
    return toSuppressionView(stored as NonNullable<typeof stored>);
  });
}

/**
 * The suppression of one entry for one subject key, if a reviewer made one (for the screening
 * module: a hit on this pair is shown as suppressed instead of alerting).
 */
export async function findSuppression(
  db: Kysely<DB>,
  entryId: string,
  key: string,
): Promise<SuppressionView | undefined> {
  const row = await findSuppressionRow(db, entryId, key);
  return row ? toSuppressionView(row) : undefined;
}

/** Every suppression made for one subject key, across entries, newest first. */
export async function listSuppressionsForSubject(
  db: Kysely<DB>,
  key: string,
): Promise<SuppressionView[]> {
  return (await listSuppressionRowsForSubject(db, key)).map(toSuppressionView);
}
