import type { BirthDateRelation } from '../score/birth-date.ts';
import { compareBirthDates } from '../score/birth-date.ts';
import { nikTypoVariants } from '../score/identifier-normalize.ts';
import { MATCHED } from '../score/match-score.ts';
import type { PreparedQuery } from '../score/query-prep.ts';
import { acceptsKind } from '../score/query-prep.ts';
import type { EntryStore } from '../store/entry-store.ts';
import type { IdentifierMap } from '../store/identifier-map.ts';
import type { PostingLists } from '../store/posting-lists.ts';
import type { TokenVocabulary } from '../store/token-vocabulary.ts';
import { TopSlots } from './top-k.ts';

/**
 * Candidate generation: exact identifier maps first, then name tokens through the inverted index.
 * Each query token becomes a group of stored keys (itself, keys one typo away, joined and split
 * forms); groups are read rarest first and each entry collects the rarity of the groups it holds.
 * Once the posting budget is spent, common groups (Siti, Nur, Muhammad) only add to entries already
 * found, so a query of common tokens stays bounded and rare tokens decide who is scored.
 */

/** Everything retrieval reads from an index. */
export interface RetrievalContext {
  vocabulary: TokenVocabulary;
  postings: PostingLists;
  store: EntryStore;
  niks: IdentifierMap;
  passports: IdentifierMap;
  phones: IdentifierMap;
  registrations: IdentifierMap;
  birthDates: IdentifierMap;
  scratch: RetrievalScratch;
}

/**
 * Reusable per-slot accumulators, so a search allocates nothing proportional to the index. The
 * three values a posting touches (query stamp, group stamp, weight) sit side by side in one
 * record of {@link STRIDE} words per slot, so a posting costs one cache line, not three.
 */
export class RetrievalScratch {
  /** Query stamp at `slot * STRIDE`, group stamp at `+ 1`, the entry's birth date at `+ 3`. */
  stamps = new Uint32Array(0);
  /** Weight at `slot * STRIDE + 2` (a view of the same memory as {@link stamps}). */
  weights = new Float32Array(0);
  touched = new Int32Array(0);
  /** Similarity of each key id in the group being confirmed (0 = not in the group). */
  keySims = new Float64Array(0);
  private slots = 0;
  private stamp = 0;

  /** Words per slot record. */
  static readonly STRIDE = 4;

  /** Makes room for `slots` slots and returns a fresh stamp for one query or group. */
  nextStamp(slots: number): number {
    if (this.slots < slots) {
      const size = Math.max(slots, this.slots * 2, 1024);
      const memory = new ArrayBuffer(size * RetrievalScratch.STRIDE * 4);
      this.stamps = new Uint32Array(memory);
      this.weights = new Float32Array(memory);
      this.touched = new Int32Array(size);
      this.slots = size;
      this.stamp = 0;
    }
    if (this.stamp >= 0xfffffff0) {
      const stamps = this.stamps;
      for (let at = 0; at < stamps.length; at += RetrievalScratch.STRIDE) {
        stamps[at] = 0;
        stamps[at + 1] = 0;
      }
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

const STRIDE = RetrievalScratch.STRIDE;

interface Group {
  label: string;
  weight: number;
  ids: { id: number; sim: number }[];
  total: number;
}

/** Most entries added because they share the query's full birth date. */
const MAX_BIRTH_DATE_CANDIDATES = 200;

/** Postings read in confirm-only mode, as a multiple of the budget, before retrieval stops. */
const CONFIRM_FACTOR = 3;

/** Returns candidate slots with the identifier matches (bit flags of MATCHED) each one has. */
export function retrieveCandidates(
  context: RetrievalContext,
  query: PreparedQuery,
  maxCandidates: number,
  postingBudget: number,
): Map<number, number> {
  const { store } = context;
  const found = new Map<number, number>();
  const flag = (bit: number) => (slot: number) => {
    if (!store.isLive(slot) || !acceptsKind(query, store.kindCode(slot))) return;
    found.set(slot, (found.get(slot) ?? 0) | bit);
  };
  if (query.nik !== null) {
    context.niks.forEach(query.nik, flag(MATCHED.nik));
    for (const variant of nikTypoVariants(query.nik))
      context.niks.forEach(variant, flag(MATCHED.nikNear));
  }
  if (query.passport !== null) context.passports.forEach(query.passport, flag(MATCHED.passport));
  for (const phone of query.phones) context.phones.forEach(phone, flag(MATCHED.phone));
  for (const number of query.registrations)
    context.registrations.forEach(number, flag(MATCHED.registration));

  const groups = buildGroups(context.vocabulary, query);
  if (groups.length === 0) return found;
  const scratch = context.scratch;
  const slots = store.slotLimit;
  const queryStamp = scratch.nextStamp(slots);
  let touchedCount = 0;
  let read = 0;
  const liveKinds = store.liveKinds;
  const kindMask = query.kindMask;
  for (const [index, group] of groups.entries()) {
    const confirmOnly = index > 0 && read + group.total > postingBudget;
    // Confirming a common group (Siti: 7 % of a million entries) by reading the few entries
    // already found costs far less than reading its whole posting list.
    if (confirmOnly && touchedCount * SLOT_CONFIRM_RATIO < group.total) {
      confirmBySlot(store, context.vocabulary.size, group, scratch, touchedCount);
      continue;
    }
    if (index > 0 && read + group.total > postingBudget * CONFIRM_FACTOR) break;
    const groupStamp = scratch.nextStamp(slots);
    const { stamps, weights, touched } = scratch;
    // A key's postings hold each slot once, so a one-key group needs no per-group stamp.
    const single = group.ids.length === 1;
    for (const { id, sim } of group.ids) {
      const list = context.postings.list(id);
      const length = context.postings.length(id);
      if (list === undefined) continue;
      const gain = group.weight * sim;
      for (let p = 0; p < length; p++) {
        const slot = list[p] ?? 0;
        const at = slot * STRIDE;
        if (!single) {
          if (stamps[at + 1] === groupStamp) continue;
        }
        if (stamps[at] !== queryStamp) {
          if (confirmOnly || ((liveKinds[slot] ?? 0) & kindMask) === 0) continue;
          stamps[at] = queryStamp;
          stamps[at + 3] = (liveKinds[slot] ?? 0) >> 3;
          weights[at + 2] = 0;
          touched[touchedCount++] = slot;
        }
        if (!single) stamps[at + 1] = groupStamp;
        weights[at + 2] = (weights[at + 2] ?? 0) + gain;
      }
      read += length;
    }
  }
  // Entries born on the query's full birth date are few (about one in 20,000) and are always
  // scored: a listed "Endang" must not be lost behind thousands of other Endangs.
  if (query.birth % 100 !== 0) {
    let added = 0;
    context.birthDates.forEach(String(query.birth), (slot) => {
      if (added >= MAX_BIRTH_DATE_CANDIDATES) return;
      if (!store.isLive(slot) || !acceptsKind(query, store.kindCode(slot))) return;
      if (!found.has(slot)) found.set(slot, 0);
      added++;
    });
  }
  for (const slot of bestTouched(scratch, touchedCount, query.birth, maxCandidates)) {
    if (!found.has(slot)) found.set(slot, 0);
  }
  return found;
}

/**
 * Adds the birth-date weight to every touched entry and returns the best `maxCandidates` by weight
 * (ties: lower slot), all of them in touched order when they are no more.
 */
function bestTouched(
  scratch: RetrievalScratch,
  touchedCount: number,
  queryBirth: number,
  maxCandidates: number,
): number[] {
  const { stamps, weights, touched } = scratch;
  const top = touchedCount > maxCandidates ? new TopSlots(maxCandidates) : null;
  for (let n = 0; n < touchedCount; n++) {
    const slot = touched[n] ?? 0;
    const at = slot * STRIDE;
    if (queryBirth !== 0) {
      // Among entries sharing the name's tokens, those whose birth date agrees go first: a common
      // name given with a date must not lose its true entry to namesakes in slot order.
      const bonus = dateBonus(queryBirth, stamps[at + 3] ?? 0);
      if (bonus !== 0) weights[at + 2] = (weights[at + 2] ?? 0) + bonus;
    }
    top?.offer(slot, weights[at + 2] ?? 0);
  }
  return top === null ? Array.from(touched.subarray(0, touchedCount)) : top.slots();
}

/** Confirm by reading found entries when the posting list is this many times longer. */
const SLOT_CONFIRM_RATIO = 4;

/** Adds a group's weight to the entries already found that hold one of its keys. */
function confirmBySlot(
  store: EntryStore,
  vocabularySize: number,
  group: Group,
  scratch: RetrievalScratch,
  touchedCount: number,
): void {
  if (scratch.keySims.length < vocabularySize)
    scratch.keySims = new Float64Array(Math.max(vocabularySize, scratch.keySims.length * 2));
  const sims = scratch.keySims;
  // A group holds each key once; a key's first similarity counts, as before.
  for (const { id, sim } of group.ids) if (sims[id] === 0) sims[id] = sim;
  const pool = store.tokens;
  const { weights, touched } = scratch;
  for (let n = 0; n < touchedCount; n++) {
    const slot = touched[n] ?? 0;
    let best = 0;
    const end = store.namesEnd(slot);
    for (let at = store.namesStart(slot); at < end;) {
      const length = pool[at] ?? 0;
      for (let k = 1; k <= length; k++) {
        const sim = sims[(pool[at + k] ?? 0) >> 1] ?? 0;
        if (sim > best) best = sim;
      }
      at += length + 1;
    }
    const at = slot * STRIDE + 2;
    if (best > 0) weights[at] = (weights[at] ?? 0) + group.weight * best;
  }
  for (const { id } of group.ids) sims[id] = 0;
}

/** Retrieval weight (nats) an agreeing or conflicting birth date adds to a candidate. */
function dateBonus(queryBirth: number, entryBirth: number): number {
  const relation = compareBirthDates(queryBirth, entryBirth);
  if (relation === null) return 0;
  return DATE_BONUS[relation];
}

const DATE_BONUS: Readonly<Record<BirthDateRelation, number>> = {
  exact: 8,
  month_agrees: 4,
  year_agrees: 2,
  day_month_swapped: 4,
  year_slip: 1,
  year_apart: 0,
  day_differs: 0,
  conflict: -2,
};

/** Builds one group per distinct query token (plus joined neighbours), rarest first. */
function buildGroups(vocabulary: TokenVocabulary, query: PreparedQuery): Group[] {
  const groups = new Map<string, Group>();
  const addGroup = (label: string, weight: number, ids: { id: number; sim: number }[]): void => {
    if (ids.length === 0 || groups.has(label)) return;
    let total = 0;
    for (const { id } of ids) total += vocabulary.frequency(id);
    groups.set(label, { label, weight, ids, total });
  };
  for (const name of query.names) {
    name.tokens.forEach((token, i) => {
      const ids: { id: number; sim: number }[] = [];
      const exact = name.keyIds[i] ?? -1;
      if (exact >= 0) ids.push({ id: exact, sim: 1 });
      ids.push(...vocabulary.neighbours(token.key));
      addSplit(vocabulary, token.key, ids);
      addGroup(token.key, token.weight, ids);
      const next = name.tokens[i + 1];
      if (next !== undefined) {
        const joined = vocabulary.idOf(token.key + next.key);
        if (joined !== undefined) {
          addGroup(`${token.key}+${next.key}`, Math.max(token.weight, next.weight), [
            { id: joined, sim: 1 },
          ]);
        }
      }
    });
  }
  return [...groups.values()].sort((a, b) => a.total - b.total || (a.label < b.label ? -1 : 1));
}

/** A query token written as one (Nurhayati) reaches entries that split it (Nur Hayati). */
function addSplit(
  vocabulary: TokenVocabulary,
  key: string,
  ids: { id: number; sim: number }[],
): void {
  if (key.length < 6) return;
  for (let cut = 3; cut <= key.length - 3; cut++) {
    const left = vocabulary.idOf(key.slice(0, cut));
    const right = vocabulary.idOf(key.slice(cut));
    if (left === undefined || right === undefined) continue;
    const rarer = vocabulary.frequency(left) <= vocabulary.frequency(right) ? left : right;
    if (!ids.some((item) => item.id === rarer)) ids.push({ id: rarer, sim: 0.9 });
  }
}
