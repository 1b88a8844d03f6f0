import type { Kysely } from 'kysely';
import { AppError, failIfIssues, invalidField, type FieldIssue } from '../../../domain/errors.ts';
import { loadRegions, type RegionIndex } from '../../../regions/index.ts';
import { isSystem, type Actor, type Initiator } from '../../context/actor.ts';
import type { DB, OfficeRow } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { listOfficeLinks } from '../access/access.repository.ts';
import { buildOfficeGraph } from '../access/office-graph.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { checkOfficeShape, resolveCoverage } from './office-rules.ts';
import type {
  CreateOfficeInput,
  OfficeDetailView,
  OfficeView,
  UpdateOfficeInput,
} from './org.schema.ts';
import {
  findOfficeByCode,
  findOfficeById,
  insertOffice,
  listChildOffices,
  listCoverage,
  listOfficeRows,
  replaceCoverage,
  updateOfficeRow,
} from './org.repository.ts';

const KIND_ORDER = { kanwil: 0, kanim: 1, tpi: 2, partner: 3 } as const;

function toView(row: OfficeRow, regions: RegionIndex, depth: number): OfficeView {
  const seat = row.seat_region_code ? regions.get(row.seat_region_code) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    officeClass: row.office_class,
    parentId: row.parent_id,
    checkpointType: row.checkpoint_type,
    partnerType: row.partner_type,
    timeZone: row.time_zone,
    seatRegion: seat ? { code: seat.code, name: seat.name, level: seat.level } : null,
    address: row.address,
    active: row.active,
    depth,
  };
}

function notFound(): AppError {
  return new AppError('not_found', 'Kantor tidak ditemukan.', { messageEn: 'Office not found.' });
}

/** The offices in the tree, each directly after its parent, Kanwil by Kanwil. */
export async function listOffices(
  deps: AppDeps,
  options: { kind?: OfficeRow['kind'] | undefined; includeInactive: boolean },
): Promise<OfficeView[]> {
  const [rows, regions] = await Promise.all([
    listOfficeRows(deps.database.db, { includeInactive: options.includeInactive }),
    loadRegions(),
  ]);
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, OfficeRow[]>();
  for (const row of rows) {
    const parent = row.parent_id !== null && ids.has(row.parent_id) ? row.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  const out: OfficeView[] = [];
  const visit = (parent: string | null, depth: number): void => {
    const list = (children.get(parent) ?? []).sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'id'),
    );
    for (const row of list) {
      if (!options.kind || row.kind === options.kind) out.push(toView(row, regions, depth));
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** One office with its parent, children and coverage. */
export async function getOffice(
  deps: AppDeps,
  id: string,
  db: Kysely<DB> = deps.database.db,
): Promise<OfficeDetailView> {
  const row = await findOfficeById(db, id);
  if (!row) throw notFound();
  const [parent, children, coverage, regions] = await Promise.all([
    row.parent_id ? findOfficeById(db, row.parent_id) : Promise.resolve(undefined),
    listChildOffices(db, id),
    listCoverage(db, id),
    loadRegions(),
  ]);
  const depth = parent ? (parent.parent_id ? 2 : 1) : 0;
  return {
    ...toView(row, regions, depth),
    parent: parent ? { id: parent.id, name: parent.name, kind: parent.kind } : null,
    children: children.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
    coverage: coverage.map((code) => {
      const region = regions.get(code);
      return { code, name: region?.name ?? code, level: region?.level ?? 'unknown' };
    }),
  };
}

/**
 * Whether the initiator may manage `officeId` (or create under it): national scope manages
 * all, Kanwil scope the offices of its Kanwil and the partners attached to it, office scope
 * only its own office. The system (demo seeding) manages all.
 */
async function assertCanManage(
  db: Kysely<DB>,
  initiator: Initiator,
  officeId: string | null,
): Promise<void> {
  if (isSystem(initiator) || initiator.scopeLevel === 'national') return;
  const graph = buildOfficeGraph(await listOfficeLinks(db));
  let allowed = false;
  if (officeId !== null) {
    if (initiator.scopeLevel === 'office') {
      allowed = officeId === initiator.officeId;
    } else {
      const kanwil = graph.kanwilOf(initiator.officeId);
      allowed = kanwil !== null && graph.chainOf(officeId).includes(kanwil);
    }
  }
  if (!allowed) {
    throw new AppError('forbidden', 'Kantor ini di luar cakupan pengelolaan Anda.', {
      messageEn: 'This office is outside the scope you manage.',
    });
  }
}

function regionIssue(regions: RegionIndex, code: string | null | undefined): FieldIssue[] {
  if (code === null || code === undefined || regions.isValidCode(code)) return [];
  return [
    {
      path: 'seatRegionCode',
      message: `Kode wilayah ${code} tidak ada dalam data resmi.`,
      messageEn: `Region code ${code} is not in the official list.`,
    },
  ];
}

/** Creates an office (with its coverage, for a Kanim) inside `trx`, audited. */
export async function createOfficeIn(
  trx: Kysely<DB>,
  deps: AppDeps,
  initiator: Initiator,
  input: CreateOfficeInput,
): Promise<OfficeRow> {
  const regions = await loadRegions();
  const parent = input.parentId ? await findOfficeById(trx, input.parentId) : undefined;
  if (input.parentId && !parent) {
    throw invalidField('parentId', 'Kantor induk tidak ditemukan.', 'Parent office not found.');
  }
  const issues = checkOfficeShape({
    kind: input.kind,
    officeClass: input.officeClass ?? null,
    parent: parent ?? null,
    checkpointType: input.checkpointType ?? null,
    partnerType: input.partnerType ?? null,
  });
  issues.push(...regionIssue(regions, input.seatRegionCode));
  const coverage = resolveCoverage(regions, input.coverage ?? []);
  issues.push(...coverage.issues);
  if (input.kind !== 'kanim' && coverage.codes.length > 0) {
    issues.push({
      path: 'coverage',
      message: 'Hanya Kanim yang memiliki wilayah kerja.',
      messageEn: 'Only a Kanim has a coverage.',
    });
  }
  const timeZone = input.timeZone ?? parent?.time_zone;
  if (!timeZone) {
    issues.push({
      path: 'timeZone',
      message: 'Zona waktu wajib diisi untuk kantor tanpa induk.',
      messageEn: 'An office without a parent needs its time zone.',
    });
  }
  failIfIssues(issues);
  await assertCanManage(trx, initiator, input.kind === 'kanwil' ? null : (parent?.id ?? null));
  if (await findOfficeByCode(trx, input.code)) {
    throw new AppError('conflict', `Kode kantor ${input.code} sudah dipakai.`, {
      messageEn: `Office code ${input.code} is already in use.`,
      issues: [{ path: 'code', message: 'Kode sudah dipakai.', messageEn: 'Code already in use.' }],
    });
  }
  const seat = input.seatRegionCode ? regions.get(input.seatRegionCode) : undefined;
  const row = await insertOffice(trx, {
    kind: input.kind,
    code: input.code,
    name: input.name,
    short_name: input.shortName,
    office_class: input.officeClass ?? null,
    parent_id: parent?.id ?? null,
    checkpoint_type: input.checkpointType ?? null,
    partner_type: input.partnerType ?? null,
    time_zone: timeZone as OfficeRow['time_zone'],
    seat_region_code: seat?.code ?? null,
    address: input.address ?? null,
  });
  await replaceCoverage(trx, row.id, coverage.codes);
  await appendAudit(
    trx,
    initiator,
    {
      action: 'office.create',
      targetType: 'office',
      targetId: row.id,
      details: {
        kind: row.kind,
        code: row.code,
        name: row.name,
        parentId: row.parent_id,
        timeZone: row.time_zone,
        coverage: coverage.codes,
      },
    },
    deps.clock,
  );
  return row;
}

/** Creates an office; every write is audited in the same transaction. */
export async function createOffice(
  deps: AppDeps,
  actor: Actor,
  input: CreateOfficeInput,
): Promise<OfficeDetailView> {
  return deps.database.db.transaction().execute(async (trx) => {
    const row = await createOfficeIn(trx, deps, actor, input);
    return getOffice(deps, row.id, trx);
  });
}

const UPDATABLE = {
  name: 'name',
  shortName: 'short_name',
  officeClass: 'office_class',
  parentId: 'parent_id',
  checkpointType: 'checkpoint_type',
  partnerType: 'partner_type',
  timeZone: 'time_zone',
  seatRegionCode: 'seat_region_code',
  address: 'address',
  active: 'active',
} as const satisfies Record<keyof UpdateOfficeInput, keyof OfficeRow>;

/** Changes an office's fields (kind and code stay); the audit row lists each change. */
export async function updateOffice(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: UpdateOfficeInput,
): Promise<OfficeDetailView> {
  const regions = await loadRegions();
  return deps.database.db.transaction().execute(async (trx) => {
    const current = await findOfficeById(trx, id);
    if (!current) throw notFound();
    await assertCanManage(trx, actor, id);
    const next = { ...current };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, column] of Object.entries(UPDATABLE) as [
      keyof UpdateOfficeInput,
      keyof OfficeRow,
    ][]) {
      const value = input[field];
      if (value === undefined) continue;
      const canonical =
        field === 'seatRegionCode' && typeof value === 'string'
          ? (regions.get(value)?.code ?? value)
          : value;
      if (current[column] === canonical) continue;
      changes[field] = { from: current[column], to: canonical };
      (next as Record<string, unknown>)[column] = canonical;
    }
    const parentChanged = 'parentId' in changes;
    const parent = next.parent_id ? await findOfficeById(trx, next.parent_id) : undefined;
    if (next.parent_id && !parent) {
      throw invalidField('parentId', 'Kantor induk tidak ditemukan.', 'Parent office not found.');
    }
    const issues = checkOfficeShape({
      kind: next.kind,
      officeClass: next.office_class,
      parent: parent ?? null,
      checkpointType: next.checkpoint_type,
      partnerType: next.partner_type,
    });
    if ('seatRegionCode' in changes) issues.push(...regionIssue(regions, next.seat_region_code));
    failIfIssues(issues);
    if (parentChanged) await assertCanManage(trx, actor, next.parent_id);
    if (Object.keys(changes).length > 0) {
      const values: Record<string, unknown> = { updated_at: deps.clock() };
      for (const [field, change] of Object.entries(changes)) {
        values[UPDATABLE[field as keyof UpdateOfficeInput]] = change.to;
      }
      await updateOfficeRow(trx, id, values);
      await appendAudit(
        trx,
        actor,
        { action: 'office.update', targetType: 'office', targetId: id, details: { changes } },
        deps.clock,
      );
    }
    return getOffice(deps, id, trx);
  });
}

/** Replaces a Kanim's coverage with official region codes; the audit row lists what changed. */
export async function setOfficeCoverage(
  deps: AppDeps,
  actor: Actor,
  id: string,
  codes: readonly string[],
): Promise<OfficeDetailView> {
  const regions = await loadRegions();
  return deps.database.db.transaction().execute(async (trx) => {
    const office = await findOfficeById(trx, id);
    if (!office) throw notFound();
    await assertCanManage(trx, actor, id);
    if (office.kind !== 'kanim') {
      throw invalidField(
        'coverage',
        'Hanya Kanim yang memiliki wilayah kerja.',
        'Only a Kanim has a coverage.',
      );
    }
    const resolved = resolveCoverage(regions, codes);
    failIfIssues(resolved.issues);
    const before = await listCoverage(trx, id);
    await replaceCoverage(trx, id, resolved.codes);
    await appendAudit(
      trx,
      actor,
      {
        action: 'office.set_coverage',
        targetType: 'office',
        targetId: id,
        details: {
          added: resolved.codes.filter((c) => !before.includes(c)),
          removed: before.filter((c) => !resolved.codes.includes(c)),
        },
      },
      deps.clock,
    );
    return getOffice(deps, id, trx);
  });
}
