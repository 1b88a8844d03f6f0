import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../context/actor.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { listOfficeLinks } from '../access/access.repository.ts';
import { visibleOfficeIds } from '../access/access.service.ts';
import { buildOfficeGraph } from '../access/office-graph.ts';
import { findDesaById, type DesaRow, type DesaScopeFilter } from './desa.repository.ts';

/** The 404 of a village that does not exist or lies outside the caller's scope. */
export function desaNotFound(): AppError {
  return new AppError('not_found', 'Desa Binaan tidak ditemukan.', {
    messageEn: 'Desa Binaan not found.',
  });
}

/**
 * Which villages the actor sees: offices in their `village_reports` scope (own office, Kanwil,
 * partners under an agreement), narrowed for a PIMPASA to the villages they are assigned to.
 */
export async function readScopeOf(
  deps: AppDeps,
  actor: Actor,
  db: Kysely<DB> = deps.database.db,
): Promise<DesaScopeFilter> {
  const offices = await visibleOfficeIds(deps, actor, 'village_reports', deps.clock(), db);
  return { offices, pimpasaUserId: actor.role === 'pimpasa' ? actor.userId : null };
}

/**
 * The offices whose villages the actor may manage: a Kanim user its Kanim (with its TPI), a
 * Kanwil user every office of the Kanwil. Agreements let others read, never manage.
 */
export async function manageableOfficeIds(
  deps: AppDeps,
  actor: Actor,
  db: Kysely<DB> = deps.database.db,
): Promise<Set<string>> {
  const graph = buildOfficeGraph(await listOfficeLinks(db));
  const own = actor.officeId;
  if (graph.kindOf(own) === 'kanwil') return new Set(graph.subtreeOf(own));
  if (graph.kindOf(own) === 'tpi') {
    const kanim = graph.chainOf(own)[1];
    return new Set(kanim ? [own, kanim] : [own]);
  }
  return new Set(graph.kindOf(own) === 'kanim' ? graph.subtreeOf(own) : [own]);
}

/** True when the village passes the scope filter. */
export async function isVisible(
  db: Kysely<DB>,
  scope: DesaScopeFilter,
  row: DesaRow,
): Promise<boolean> {
  if (scope.offices !== 'all' && !scope.offices.has(row.office_id)) return false;
  if (scope.pimpasaUserId === null) return true;
  const assigned = await db
    .selectFrom('desa_pimpasa')
    .select('user_id')
    .where('desa_id', '=', row.id)
    .where('user_id', '=', scope.pimpasaUserId)
    .executeTakeFirst();
  return assigned !== undefined;
}

/** Loads a village the actor may see, or a 404 that reveals nothing about villages out of scope. */
export async function loadVisibleDesa(
  deps: AppDeps,
  actor: Actor,
  id: string,
  db: Kysely<DB> = deps.database.db,
  forUpdate = false,
): Promise<DesaRow> {
  const row = await findDesaById(db, id, forUpdate);
  if (!row) throw desaNotFound();
  if (!(await isVisible(db, await readScopeOf(deps, actor, db), row))) throw desaNotFound();
  return row;
}

/** Loads a village the actor may change (visible, and in their Kanim or Kanwil), or throws. */
export async function loadManageableDesa(
  deps: AppDeps,
  actor: Actor,
  id: string,
  db: Kysely<DB>,
): Promise<DesaRow> {
  const row = await loadVisibleDesa(deps, actor, id, db, true);
  const manageable = await manageableOfficeIds(deps, actor, db);
  if (!manageable.has(row.office_id)) {
    throw new AppError(
      'forbidden',
      'Desa Binaan ini dibina kantor lain; Anda hanya dapat membacanya.',
      {
        messageEn: 'Another office fosters this village; you may only read it.',
      },
    );
  }
  return row;
}
