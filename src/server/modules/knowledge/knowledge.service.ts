import type { Kysely } from 'kysely';
import { AppError, type FieldIssue } from '../../../domain/errors.ts';
import { TPPO_TYPES, type TppoTypeCode } from '../../../domain/tppo.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { loadCoordScope } from '../meetings/meetings-view.ts';
import { listUsersWithRoles } from '../meetings/meetings.repository.ts';
import { notifyUsers } from '../notifications/notifications.service.ts';
import { loadActiveRulePack } from '../rules/rules.service.ts';
import { KNOWLEDGE_PAGE_TYPES } from './knowledge-seed.data.ts';
import {
  findModusRow,
  insertSeedRows,
  listBulletinsNamingModus,
  listExampleRows,
  listModusRows,
  listReceivedBulletinIds,
  listStatementRows,
} from './knowledge.repository.ts';
import type { KnowledgePage, ModusView, ProposeModusInput } from './knowledge.schema.ts';

// Seeding is idempotent (seed keys); this only saves a round trip per request afterwards.
const seeded = new WeakSet<Kysely<DB>>();

/** Loads the shipped statements and modus once per database. */
export async function ensureKnowledgeSeeded(db: Kysely<DB>): Promise<void> {
  if (seeded.has(db)) return;
  await insertSeedRows(db);
  seeded.add(db);
}

type ModusRow = NonNullable<Awaited<ReturnType<typeof findModusRow>>>;

function mayReview(actor: Actor): boolean {
  return actor.permissions.has('meeting.manage') || actor.role === 'head';
}

/** Builds modus views: rule titles from the active pack, bulletins the actor may read, examples. */
async function toModusViews(
  deps: AppDeps,
  actor: Actor,
  rows: readonly ModusRow[],
): Promise<ModusView[]> {
  const db = deps.database.db;
  const pack = await loadActiveRulePack(db);
  const titles = new Map(pack.rules.map((r) => [r.id, r.title]));
  const ids = rows.map((r) => r.id);
  const bulletins = await listBulletinsNamingModus(db, ids);
  const received = await listReceivedBulletinIds(
    db,
    actor.userId,
    bulletins.map((b) => b.id),
  );
  const scope = actor.permissions.has('bulletin.send') ? await loadCoordScope(deps, actor) : null;
  const readable = bulletins.filter(
    (b) =>
      received.has(b.id) || (scope !== null && (scope === 'all' || scope.has(b.author_office_id))),
  );
  const examples = await listExampleRows(db, ids);
  return rows.map((row) => ({
    id: row.id,
    tppoType: row.tppo_type,
    name: row.name,
    recruitment: row.recruitment,
    routes: row.routes,
    signs: row.signs,
    status: row.status,
    rules: row.rule_ids.map((id) => {
      const title = titles.get(id);
      return { id, titleId: title?.id ?? id, titleEn: title?.en ?? id };
    }),
    source: {
      kind: row.source_kind,
      label: row.source_label,
      reference: row.source_reference,
    },
    bulletins: readable
      .filter((b) => b.modus_ids.includes(row.id))
      .map((b) => ({ id: b.id, title: b.title, sentAt: b.sent_at.toISOString() })),
    examples: examples
      .filter((e) => e.modus_id === row.id)
      .map((e) => ({ id: e.id, kind: e.source_kind, label: e.label, reference: e.reference })),
    proposedBy: row.proposed_by,
    reviewNote: row.review_note,
  }));
}

/** The pages of the knowledge base with how much each holds. */
export async function listKnowledgePages(deps: AppDeps, actor: Actor) {
  const db = deps.database.db;
  await ensureKnowledgeSeeded(db);
  const statements = await listStatementRows(db, null);
  const modus = await listModusRows(db, null);
  const reviewer = mayReview(actor);
  return {
    pages: KNOWLEDGE_PAGE_TYPES.map((code) => ({
      tppoType: code,
      labelId: TPPO_TYPES[code].labelId,
      labelEn: TPPO_TYPES[code].labelEn,
      statements: statements.filter((s) => s.tppo_type === code).length,
      modus: modus.filter((m) => m.tppo_type === code && m.status === 'published').length,
      proposed: reviewer
        ? modus.filter((m) => m.tppo_type === code && m.status === 'proposed').length
        : 0,
    })),
  };
}

/** One page: sourced statements, published modus, and proposals for those who review them. */
export async function getKnowledgePage(
  deps: AppDeps,
  actor: Actor,
  tppoType: TppoTypeCode,
): Promise<KnowledgePage> {
  const db = deps.database.db;
  await ensureKnowledgeSeeded(db);
  const statements = await listStatementRows(db, tppoType);
  const rows = await listModusRows(db, tppoType);
  const published = rows.filter((r) => r.status === 'published');
  const proposed = mayReview(actor) ? rows.filter((r) => r.status === 'proposed') : [];
  return {
    tppoType,
    labelId: TPPO_TYPES[tppoType].labelId,
    labelEn: TPPO_TYPES[tppoType].labelEn,
    statements: statements.map((s) => ({
      id: s.id,
      section: s.section,
      textId: s.text_id,
      textEn: s.text_en,
      source: { kind: s.source_kind, label: s.source_label, reference: s.source_reference },
    })),
    modus: await toModusViews(deps, actor, published),
    proposedModus: await toModusViews(deps, actor, proposed),
  };
}

async function viewOf(deps: AppDeps, actor: Actor, id: string): Promise<ModusView> {
  const row = await findModusRow(deps.database.db, id);
  if (!row) throw modusNotFound();
  const [view] = await toModusViews(deps, actor, [row]);
  if (!view) throw modusNotFound();
  return view;
}

function modusNotFound(): AppError {
  return new AppError('not_found', 'Modus operandi tidak ditemukan.', {
    messageEn: 'Modus operandi not found.',
  });
}

/**
 * An analyst proposes a new modus with its source; each named rule must exist in the active
 * pack. It stays unpublished until another user reviews it; reviewers at the office are told.
 */
export async function proposeModus(
  deps: AppDeps,
  actor: Actor,
  input: ProposeModusInput,
): Promise<ModusView> {
  const db = deps.database.db;
  await ensureKnowledgeSeeded(db);
  const pack = await loadActiveRulePack(db);
  const known = new Set(pack.rules.map((r) => r.id));
  const issues: FieldIssue[] = input.ruleIds.flatMap((id, i) =>
    known.has(id)
      ? []
      : [
          {
            path: `ruleIds[${i}]`,
            message: `Aturan indikator ${id} tidak ada dalam paket aktif.`,
            messageEn: `Indicator rule ${id} is not in the active pack.`,
          },
        ],
  );
  if (issues.length > 0) {
    throw new AppError('validation', issues.map((i) => i.message).join('; '), {
      messageEn: issues.map((i) => i.messageEn).join('; '),
      issues,
    });
  }
  const id = await db.transaction().execute(async (trx) => {
    const now = deps.clock();
    const row = await trx
      .insertInto('knowledge_modus')
      .values({
        tppo_type: input.tppoType,
        name: input.name,
        recruitment: input.recruitment,
        routes: input.routes,
        signs: input.signs,
        rule_ids: [...new Set(input.ruleIds)],
        source_kind: input.source.kind,
        source_label: input.source.label,
        source_reference: input.source.reference,
        proposed_by: actor.userId,
        proposed_at: now,
        seed_key: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      actor,
      {
        action: 'knowledge.modus_propose',
        targetType: 'knowledge_modus',
        targetId: row.id,
        details: input,
      },
      deps.clock,
    );
    const reviewers = await listUsersWithRoles(trx, [actor.officeId], ['head', 'intel_analyst']);
    await notifyUsers(
      trx,
      reviewers.filter((u) => u !== actor.userId),
      {
        kind: 'knowledge.review_needed',
        title: `Modus operandi baru menunggu tinjauan: ${input.name}`,
        body: `${actor.fullName} mengusulkan modus untuk ${TPPO_TYPES[input.tppoType].labelId}.`,
        link: `/knowledge/${input.tppoType}`,
      },
    );
    return row.id;
  });
  return viewOf(deps, actor, id);
}

/** A different user with meeting.manage or the head role publishes or rejects a proposal. */
export async function reviewModus(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: { decision: 'publish' | 'reject'; note: string },
): Promise<ModusView> {
  if (!mayReview(actor)) {
    throw new AppError('forbidden', 'Peran Anda tidak dapat meninjau modus operandi.', {
      messageEn: 'Your role may not review modus operandi entries.',
      permission: 'meeting.manage',
    });
  }
  await deps.database.db.transaction().execute(async (trx) => {
    const row = await findModusRow(trx, id);
    if (!row) throw modusNotFound();
    if (row.status !== 'proposed') {
      throw new AppError('conflict', 'Modus ini sudah ditinjau.', {
        messageEn: 'This modus has already been reviewed.',
        status: row.status,
      });
    }
    if (row.proposed_by === actor.userId) {
      throw new AppError('forbidden', 'Peninjau harus orang lain, bukan pengusul.', {
        messageEn: 'The reviewer must be someone other than the proposer.',
      });
    }
    await trx
      .updateTable('knowledge_modus')
      .set({
        status: input.decision === 'publish' ? 'published' : 'rejected',
        reviewed_by: actor.userId,
        reviewed_at: deps.clock(),
        review_note: input.note === '' ? null : input.note,
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(
      trx,
      actor,
      {
        action: `knowledge.modus_${input.decision}`,
        targetType: 'knowledge_modus',
        targetId: id,
        ...(input.note === '' ? {} : { reason: input.note }),
        details: { name: row.name, tppoType: row.tppo_type },
      },
      deps.clock,
    );
    if (row.proposed_by) {
      await notifyUsers(trx, [row.proposed_by], {
        kind: 'knowledge.reviewed',
        title:
          input.decision === 'publish'
            ? `Modus "${row.name}" diterbitkan`
            : `Modus "${row.name}" ditolak`,
        body: input.note,
        link: `/knowledge/${row.tppo_type}`,
      });
    }
  });
  return viewOf(deps, actor, id);
}

/** Adds an example (a bulletin, news event or case) to a published modus. */
export async function addModusExample(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: { kind: 'bulletin' | 'news' | 'case'; label: string; reference: string | null },
): Promise<ModusView> {
  await deps.database.db.transaction().execute(async (trx) => {
    const row = await findModusRow(trx, id);
    if (!row || row.status !== 'published') throw modusNotFound();
    const example = await trx
      .insertInto('knowledge_modus_examples')
      .values({
        modus_id: id,
        source_kind: input.kind,
        label: input.label,
        reference: input.reference,
        added_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      actor,
      {
        action: 'knowledge.example_add',
        targetType: 'knowledge_modus',
        targetId: id,
        details: { exampleId: example.id, ...input },
      },
      deps.clock,
    );
  });
  return viewOf(deps, actor, id);
}
