import type { DataKind } from '../../domain/permissions.ts';
import type { OfficeKind } from './auth.api.ts';
import { request } from './client.ts';

/** A region reference: Kemendagri code, name and level. */
export interface RegionRef {
  code: string;
  name: string;
  level: string;
}

/** One office; GET /api/offices lists them in tree pre-order with parentId and depth. */
export interface Office {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: OfficeKind;
  officeClass: string | null;
  parentId: string | null;
  checkpointType: 'airport' | 'seaport' | 'land' | null;
  partnerType: 'police' | 'bp3mi' | 'other' | null;
  timeZone: string;
  seatRegion: RegionRef | null;
  address: string | null;
  active: boolean;
  depth: number;
  children?: Office[];
}

/** One office with its parent, children and coverage (region names included). */
export interface OfficeDetail extends Omit<Office, 'children'> {
  parent: { id: string; name: string; kind: OfficeKind } | null;
  children: { id: string; name: string; kind: OfficeKind }[];
  coverage: RegionRef[];
}

/** The offices whose records of one kind the current user sees, and why. */
export interface ScopeAnswer {
  userId: string;
  kind: DataKind;
  scopeLevel: string;
  all: boolean;
  offices: {
    id: string;
    code: string;
    name: string;
    kind: OfficeKind;
    reason: 'own_office' | 'kanwil' | 'agreement' | 'national';
  }[];
  agreementIds: string[];
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

/** Turns a flat list (parentId) into a tree, keeping the server's order among siblings. */
export function buildOfficeTree(list: Office[]): Office[] {
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
export function fetchOffice(id: string): Promise<OfficeDetail> {
  return request('GET', `/offices/${encodeURIComponent(id)}`);
}

/** Which offices' records of a kind the current user may see now. */
export function fetchScope(kind: DataKind): Promise<ScopeAnswer> {
  return request('GET', '/access/scope', { query: { kind } });
}

/** What an administrator gives to create an office (POST /api/offices). */
export interface NewOffice {
  kind: OfficeKind;
  code: string;
  name: string;
  shortName: string;
  parentId: string | null;
  officeClass: string | null;
  checkpointType: Office['checkpointType'];
  partnerType: Office['partnerType'];
  /** Left out to take the parent's zone. */
  timeZone?: string;
}

/** Creates an office; the answer carries its detail. */
export function createOffice(input: NewOffice): Promise<OfficeDetail> {
  return request('POST', '/offices', { body: input });
}

/** Replaces an office's coverage with these region codes. */
export function setOfficeCoverage(id: string, coverage: string[]): Promise<OfficeDetail> {
  return request('PUT', `/offices/${encodeURIComponent(id)}/coverage`, { body: { coverage } });
}
