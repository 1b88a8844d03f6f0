import type { OfficeKind } from '../../db/schema.ts';

/** The fields of an office that the organisation tree needs. */
export interface OfficeLink {
  id: string;
  kind: OfficeKind;
  parentId: string | null;
}

/** The organisation tree: who is under whom, built once from the office rows. */
export interface OfficeGraph {
  has(officeId: string): boolean;
  kindOf(officeId: string): OfficeKind | undefined;
  /** The office itself, then its parent, up to the root. */
  chainOf(officeId: string): string[];
  /** The Kanwil an office belongs to (itself for a Kanwil); null for an unattached partner. */
  kanwilOf(officeId: string): string | null;
  /**
   * The office and every immigration office beneath it. Partner agencies hang under the Kanwil
   * they coordinate with but are not part of its hierarchy, so they are left out.
   */
  subtreeOf(officeId: string): string[];
}

/** Builds the tree from office rows; unknown parents are treated as roots. */
export function buildOfficeGraph(links: readonly OfficeLink[]): OfficeGraph {
  const byId = new Map(links.map((l) => [l.id, l]));
  const children = new Map<string, string[]>();
  for (const link of links) {
    if (link.parentId === null || !byId.has(link.parentId)) continue;
    const list = children.get(link.parentId) ?? [];
    list.push(link.id);
    children.set(link.parentId, list);
  }
  function chainOf(officeId: string): string[] {
    const chain: string[] = [];
    const seen = new Set<string>();
    let current = byId.get(officeId);
    // The kind rules make cycles impossible, but a corrupted row must not hang a request.
    while (current && !seen.has(current.id)) {
      chain.push(current.id);
      seen.add(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return chain;
  }
  function kanwilOf(officeId: string): string | null {
    return chainOf(officeId).find((id) => byId.get(id)?.kind === 'kanwil') ?? null;
  }
  function subtreeOf(officeId: string): string[] {
    if (!byId.has(officeId)) return [];
    const out: string[] = [];
    const stack = [officeId];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      for (const child of children.get(id) ?? []) {
        if (byId.get(child)?.kind !== 'partner') stack.push(child);
      }
    }
    return out;
  }
  return {
    has: (officeId) => byId.has(officeId),
    kindOf: (officeId) => byId.get(officeId)?.kind,
    chainOf,
    kanwilOf,
    subtreeOf,
  };
}
