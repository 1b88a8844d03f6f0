import type { DataKind } from '../../domain/permissions.ts';
import type { OfficeKind } from './auth.api.ts';
import { request } from './client.ts';

/** One office; the list comes as a tree (children) or flat (parentId). */
export interface Office {
  id: string;
  code: string;
  name: string;
  shortName?: string;
  kind: OfficeKind;
  officeClass?: string | null;
  parentId?: string | null;
  checkpointType?: 'airport' | 'seaport' | 'land' | null;
  partnerType?: 'police' | 'bp3mi' | 'other' | null;
  timeZone: string;
  coverage?: string[];
  active?: boolean;
  children?: Office[];
}

/** A region with its ancestors, from GET /api/regions/:code. */
export interface Region {
  code: string;
  name: string;
  level?: string;
  kind?: string;
  parents?: { code: string; name: string }[];
}

/** The offices whose records of one kind the current user sees. */
export interface ScopeAnswer {
  kind?: string;
  all?: boolean;
  offices: { id: string; name: string }[] | 'all';
}

/** Lists offices and returns them as a tree of roots. */
export async function listOffices(): Promise<Office[]> {
  const answer = await request<Office[] | { items: Office[] } | { offices: Office[] }>(
    'GET',
    '/offices',
  );
  const list = Array.isArray(answer) ? answer : 'items' in answer ? answer.items : answer.offices;
  return buildOfficeTree(list);
}

/** Turns a flat list (parentId) into a tree; a list that is already a tree is kept. */
export function buildOfficeTree(list: Office[]): Office[] {
  if (list.some((o) => o.children && o.children.length > 0)) return list;
  const byId = new Map(list.map((o) => [o.id, { ...o, children: [] as Office[] }]));
  const roots: Office[] = [];
  for (const office of byId.values()) {
    const parent = office.parentId ? byId.get(office.parentId) : undefined;
    if (parent) parent.children.push(office);
    else roots.push(office);
  }
  return roots;
}

/** Every office of a tree, depth first, with its depth. */
export function flattenOffices(tree: Office[], depth = 0): { office: Office; depth: number }[] {
  return tree.flatMap((office) => [
    { office, depth },
    ...flattenOffices(office.children ?? [], depth + 1),
  ]);
}

/** Reads one office with its coverage. */
export function fetchOffice(id: string): Promise<Office> {
  return request('GET', `/offices/${encodeURIComponent(id)}`);
}

/** Reads a region by its Kemendagri code. */
export function fetchRegion(code: string): Promise<Region> {
  return request('GET', `/regions/${encodeURIComponent(code)}`);
}

/** Which offices' records of a kind the current user may see now. */
export function fetchScope(kind: DataKind): Promise<ScopeAnswer> {
  return request('GET', '/access/scope', { query: { kind } });
}
