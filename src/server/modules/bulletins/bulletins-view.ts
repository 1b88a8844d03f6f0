import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { listAttachments } from '../meetings/coord-attachments.ts';
import { findOfficeRefs } from '../meetings/meetings.repository.ts';
import { loadCoordScope, officeRefOf } from '../meetings/meetings-view.ts';
import { renderBulletinMarkdown } from './bulletin-markdown.ts';
import {
  countRecipients,
  findBulletinRow,
  findModusRows,
  findRecipientRow,
  findRulePackStatus,
} from './bulletins.repository.ts';
import type { BulletinSummary, BulletinView } from './bulletins.schema.ts';

/** How each priority is named in titles. */
export const PRIORITY_LABEL = { biasa: 'Biasa', penting: 'Penting', segera: 'SEGERA' } as const;

type BulletinRow = NonNullable<Awaited<ReturnType<typeof findBulletinRow>>>;

/** A bulletin that does not exist or is not the actor's to read: both answer 404. */
export function bulletinNotFound(): AppError {
  return new AppError('not_found', 'Buletin tidak ditemukan.', {
    messageEn: 'Bulletin not found.',
  });
}

/**
 * True when the actor speaks for the author's side: the author, or a user with bulletin.send
 * whose scope takes in the author office.
 */
export async function isAuthorSide(
  deps: AppDeps,
  actor: Actor,
  row: Pick<BulletinRow, 'author_user_id' | 'author_office_id'>,
  db: Kysely<DB> = deps.database.db,
): Promise<boolean> {
  if (row.author_user_id === actor.userId) return true;
  if (!actor.permissions.has('bulletin.send')) return false;
  const scope = await loadCoordScope(deps, actor, db);
  return scope === 'all' || scope.has(row.author_office_id);
}

/** Loads a bulletin the actor received or speaks for; 404 otherwise. */
export async function loadReadableBulletin(
  deps: AppDeps,
  actor: Actor,
  id: string,
  db: Kysely<DB> = deps.database.db,
): Promise<{ row: BulletinRow; recipient: boolean; confirmedAt: Date | null; author: boolean }> {
  const row = await findBulletinRow(db, id);
  if (!row) throw bulletinNotFound();
  const recipient = await findRecipientRow(db, id, actor.userId);
  const author = await isAuthorSide(deps, actor, row, db);
  if (!recipient && !author) throw bulletinNotFound();
  return { row, recipient: !!recipient, confirmedAt: recipient?.confirmed_at ?? null, author };
}

/** List entries for bulletin rows (with the reader's own confirmation when given). */
export async function toBulletinSummaries(
  db: Kysely<DB>,
  rows: readonly (BulletinRow & { confirmed_at?: Date | null })[],
  isRecipient: boolean,
): Promise<BulletinSummary[]> {
  const offices = await findOfficeRefs(
    db,
    rows.map((r) => r.author_office_id),
  );
  const counts = await countRecipients(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    priority: row.priority,
    authorOffice: officeRefOf(offices, row.author_office_id),
    sentAt: row.sent_at.toISOString(),
    confirmedAt: row.confirmed_at ? row.confirmed_at.toISOString() : null,
    isRecipient,
    recipients: counts.get(row.id)?.total ?? 0,
    confirmed: counts.get(row.id)?.confirmed ?? 0,
    demoNote: row.demo_note,
  }));
}

/** The full view of a bulletin with its safely rendered body. */
export async function toBulletinView(
  db: Kysely<DB>,
  loaded: Awaited<ReturnType<typeof loadReadableBulletin>>,
): Promise<BulletinView> {
  const { row } = loaded;
  const [summary] = await toBulletinSummaries(
    db,
    [{ ...row, confirmed_at: loaded.confirmedAt }],
    loaded.recipient,
  );
  if (!summary) throw bulletinNotFound();
  const offices = await findOfficeRefs(db, [
    ...row.audience_kanwil_ids,
    ...row.audience_office_ids,
  ]);
  const modus = await findModusRows(db, row.modus_ids);
  const files = await listAttachments(db, 'bulletin', [row.id]);
  return {
    ...summary,
    bodyMarkdown: row.body_markdown,
    bodyHtml: renderBulletinMarkdown(row.body_markdown),
    audience: {
      kanwil: row.audience_kanwil_ids.map((id) => officeRefOf(offices, id)),
      offices: row.audience_office_ids.map((id) => officeRefOf(offices, id)),
      roles: row.audience_roles,
    },
    tppoTypes: row.tppo_types,
    modus: modus.map((m) => ({ id: m.id, name: m.name, tppoType: m.tppo_type })),
    attachments: files.get(row.id) ?? [],
    proposedRulePackVersion: row.proposed_rule_pack_version,
    proposedRulePackStatus: await findRulePackStatus(db, row.proposed_rule_pack_version),
    canSeeAcknowledgements: loaded.author,
  };
}
