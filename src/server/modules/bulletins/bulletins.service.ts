import type { Kysely } from 'kysely';
import { AppError, failIfIssues, type FieldIssue } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { listOfficeLinks } from '../access/access.repository.ts';
import { buildOfficeGraph } from '../access/office-graph.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { decodeUpload, insertAttachment, loadAttachment } from '../meetings/coord-attachments.ts';
import { findOfficeRefs } from '../meetings/meetings.repository.ts';
import { loadCoordScope, officeRefOf } from '../meetings/meetings-view.ts';
import { markNotificationsDone, notifyUsers } from '../notifications/notifications.service.ts';
import { proposeRulePackInTransaction } from '../rules/rules.service.ts';
import {
  confirmRecipient,
  findModusRows,
  insertBulletin,
  insertRecipients,
  listAudienceUsers,
  listInboxRows,
  listRecipientDetails,
  listSentRows,
  listUrgentUnconfirmedRows,
} from './bulletins.repository.ts';
import type {
  AcknowledgementsView,
  BulletinSummary,
  BulletinView,
  SendBulletinInput,
} from './bulletins.schema.ts';
import {
  bulletinNotFound,
  loadReadableBulletin,
  PRIORITY_LABEL,
  toBulletinSummaries,
  toBulletinView,
} from './bulletins-view.ts';

/**
 * Works out the offices a bulletin reaches (every unit under the chosen Kanwil, plus the chosen
 * Kanim and TPI), checking that each lies in the sender's scope.
 */
async function resolveAudienceOffices(
  deps: AppDeps,
  actor: Actor,
  trx: Kysely<DB>,
  audience: SendBulletinInput['audience'],
): Promise<string[]> {
  const graph = buildOfficeGraph(await listOfficeLinks(trx));
  const scope = await loadCoordScope(deps, actor, trx);
  const inScope = (id: string): boolean => scope === 'all' || scope.has(id);
  const issues: FieldIssue[] = [];
  const offices = new Set<string>();
  audience.kanwilIds.forEach((id, i) => {
    if (graph.kindOf(id) !== 'kanwil' || !inScope(id)) {
      issues.push({
        path: `audience.kanwilIds[${i}]`,
        message: 'Bukan Kanwil dalam cakupan Anda.',
        messageEn: 'Not a Kanwil in your scope.',
      });
    } else {
      for (const office of graph.subtreeOf(id)) offices.add(office);
    }
  });
  audience.officeIds.forEach((id, i) => {
    const kind = graph.kindOf(id);
    if ((kind !== 'kanim' && kind !== 'tpi') || !inScope(id)) {
      issues.push({
        path: `audience.officeIds[${i}]`,
        message: 'Bukan Kanim atau TPI dalam cakupan Anda.',
        messageEn: 'Not a Kanim or TPI in your scope.',
      });
    } else {
      offices.add(id);
    }
  });
  if (audience.kanwilIds.length === 0 && audience.officeIds.length === 0) {
    issues.push({
      path: 'audience',
      message: 'Pilih sedikitnya satu Kanwil, Kanim atau TPI penerima.',
      messageEn: 'Choose at least one Kanwil, Kanim or TPI to receive the bulletin.',
    });
  }
  failIfIssues(issues);
  return [...offices];
}

/** Every chosen modus exists, or a 400 naming each unknown one. */
async function checkModus(trx: Kysely<DB>, modusIds: readonly string[]): Promise<void> {
  const modus = await findModusRows(trx, modusIds);
  failIfIssues(
    modusIds.flatMap((id, i) =>
      modus.some((m) => m.id === id)
        ? []
        : [
            {
              path: `modusIds[${i}]`,
              message: 'Modus operandi tidak ditemukan.',
              messageEn: 'Modus operandi not found.',
            },
          ],
    ),
  );
}

/** Proposes the bulletin's rule change in its transaction, naming fields under proposedRulePack. */
async function proposeRuleChange(
  deps: AppDeps,
  trx: Kysely<DB>,
  actor: Actor,
  proposal: NonNullable<SendBulletinInput['proposedRulePack']>,
): Promise<string> {
  try {
    return (await proposeRulePackInTransaction(deps, trx, actor, proposal)).version;
  } catch (error) {
    if (error instanceof AppError && error.details.issues) {
      failIfIssues(error.details.issues.map((i) => ({ ...i, path: `proposedRulePack.${i.path}` })));
    }
    throw error;
  }
}

/**
 * Sends a bulletin: recipients are resolved once, at sending, and each is notified. A proposed
 * rule pack goes to the rule pack's own approval (a second administrator); the bulletin keeps
 * the proposed version. The proposal and the bulletin commit in one transaction: a failure
 * leaves neither, and sending the same proposed version again is refused naming
 * `proposedRulePack.pack.version`.
 */
export async function sendBulletin(
  deps: AppDeps,
  actor: Actor,
  input: SendBulletinInput,
): Promise<BulletinView> {
  const files = input.attachments.map((a, i) => decodeUpload(a, `attachments[${i}].dataBase64`));
  const db = deps.database.db;
  if (input.proposedRulePack && !actor.permissions.has('rules.propose')) {
    throw new AppError('forbidden', 'Peran Anda tidak dapat mengusulkan perubahan aturan.', {
      messageEn: 'Your role cannot propose rule changes.',
      permission: 'rules.propose',
    });
  }
  const id = await db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const offices = await resolveAudienceOffices(deps, actor, trx, input.audience);
    await checkModus(trx, input.modusIds);
    const users = await listAudienceUsers(trx, offices, input.audience.roles, actor.userId);
    if (users.length === 0) {
      failIfIssues([
        {
          path: 'audience',
          message: 'Tidak ada pengguna aktif pada penerima yang dipilih.',
          messageEn: 'No enabled user matches the chosen audience.',
        },
      ]);
    }
    const proposedVersion = input.proposedRulePack
      ? await proposeRuleChange(deps, trx, actor, input.proposedRulePack)
      : null;
    const bulletinId = await insertBulletin(trx, {
      author_office_id: actor.officeId,
      author_user_id: actor.userId,
      audience_kanwil_ids: input.audience.kanwilIds,
      audience_office_ids: input.audience.officeIds,
      audience_roles: input.audience.roles,
      priority: input.priority,
      title: input.title,
      body_markdown: input.bodyMarkdown,
      tppo_types: input.tppoTypes,
      modus_ids: input.modusIds,
      proposed_rule_pack: input.proposedRulePack
        ? JSON.stringify(input.proposedRulePack.pack)
        : null,
      proposed_rule_pack_version: proposedVersion,
      rule_proposal_note: input.proposedRulePack?.changeNote ?? null,
      demo_note: null,
      sent_at: now,
      created_at: now,
    });
    await insertRecipients(trx, bulletinId, users);
    for (const [i, upload] of input.attachments.entries()) {
      const data = files[i];
      if (data) {
        await insertAttachment(
          trx,
          { type: 'bulletin', id: bulletinId },
          upload,
          data,
          actor.userId,
          now,
        );
      }
    }
    await notifyUsers(
      trx,
      users.map((u) => u.id),
      {
        kind: input.priority === 'segera' ? 'bulletin.urgent' : 'bulletin.received',
        title: `Buletin ${PRIORITY_LABEL[input.priority]}: ${input.title}`,
        body: 'Mohon baca dan konfirmasi.',
        link: `/bulletins/${bulletinId}`,
      },
    );
    await appendAudit(
      trx,
      actor,
      {
        action: 'bulletin.send',
        targetType: 'bulletin',
        targetId: bulletinId,
        details: {
          priority: input.priority,
          title: input.title,
          audience: input.audience,
          recipients: users.length,
          tppoTypes: input.tppoTypes,
          modusIds: input.modusIds,
          attachments: input.attachments.map((a) => a.name),
          proposedRulePackVersion: proposedVersion,
        },
      },
      deps.clock,
    );
    return bulletinId;
  });
  return getBulletin(deps, actor, id);
}

/** One bulletin the actor received or speaks for. */
export async function getBulletin(deps: AppDeps, actor: Actor, id: string): Promise<BulletinView> {
  const db = deps.database.db;
  return toBulletinView(db, await loadReadableBulletin(deps, actor, id));
}

/** The actor's inbox, or the bulletins sent by offices in the sender's scope. */
export async function listBulletins(
  deps: AppDeps,
  actor: Actor,
  query: { box: 'inbox' | 'sent'; limit: number; offset: number },
): Promise<BulletinSummary[]> {
  const db = deps.database.db;
  if (query.box === 'inbox') {
    return toBulletinSummaries(db, await listInboxRows(db, actor.userId, query), true);
  }
  if (!actor.permissions.has('bulletin.send')) {
    const own = await listSentRows(db, new Set([actor.officeId]), query);
    return toBulletinSummaries(
      db,
      own.filter((r) => r.author_user_id === actor.userId),
      false,
    );
  }
  const scope = await loadCoordScope(deps, actor);
  return toBulletinSummaries(db, await listSentRows(db, scope, query), false);
}

/** Urgent bulletins the actor has not confirmed: the web app shows them right after sign-in. */
export async function listUrgentUnconfirmed(deps: AppDeps, actor: Actor): Promise<BulletinView[]> {
  const db = deps.database.db;
  const rows = await listUrgentUnconfirmedRows(db, actor.userId);
  const out: BulletinView[] = [];
  for (const row of rows) {
    out.push(await toBulletinView(db, { row, recipient: true, confirmedAt: null, author: false }));
  }
  return out;
}

/** A recipient confirms having read a bulletin (once; later calls keep the first instant). */
export async function confirmBulletin(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<BulletinView> {
  await deps.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableBulletin(deps, actor, id, trx);
    if (!loaded.recipient) {
      throw new AppError('conflict', 'Anda bukan penerima buletin ini.', {
        messageEn: 'You are not a recipient of this bulletin.',
      });
    }
    if (loaded.confirmedAt !== null) return;
    const at = await confirmRecipient(trx, id, actor.userId, deps.clock());
    await appendAudit(
      trx,
      actor,
      {
        action: 'bulletin.confirm',
        targetType: 'bulletin',
        targetId: id,
        details: { confirmedAt: at?.toISOString() ?? null },
      },
      deps.clock,
    );
    // A confirmed bulletin no longer waits among the unread (its notice and reminders).
    await markNotificationsDone(trx, actor.userId, `/bulletins/${id}`, at ?? deps.clock());
  });
  return getBulletin(deps, actor, id);
}

/** Who has and has not confirmed, per unit; for the author's side only. */
export async function listAcknowledgements(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<AcknowledgementsView> {
  const db = deps.database.db;
  const loaded = await loadReadableBulletin(deps, actor, id);
  if (!loaded.author) throw bulletinNotFound();
  const rows = await listRecipientDetails(db, id);
  const offices = await findOfficeRefs(
    db,
    rows.map((r) => r.office_id),
  );
  const units = new Map<string, AcknowledgementsView['units'][number]>();
  for (const row of rows) {
    const unit = units.get(row.office_id) ?? {
      office: officeRefOf(offices, row.office_id),
      confirmed: [],
      pending: [],
    };
    if (row.confirmed_at) {
      unit.confirmed.push({
        userId: row.user_id,
        fullName: row.full_name,
        role: row.role,
        at: row.confirmed_at.toISOString(),
      });
    } else {
      unit.pending.push({
        userId: row.user_id,
        fullName: row.full_name,
        role: row.role,
        reminders: row.reminder_count,
      });
    }
    units.set(row.office_id, unit);
  }
  return {
    bulletinId: id,
    units: [...units.values()].sort((a, b) => a.office.name.localeCompare(b.office.name)),
  };
}

/** The bytes of a bulletin attachment, for readers of the bulletin. */
export async function readBulletinAttachment(deps: AppDeps, actor: Actor, id: string) {
  const file = await loadAttachment(deps.database.db, id);
  if (file.owner_type !== 'bulletin') {
    throw new AppError('not_found', 'Lampiran tidak ditemukan.', {
      messageEn: 'Attachment not found.',
    });
  }
  await loadReadableBulletin(deps, actor, file.owner_id);
  return file;
}
