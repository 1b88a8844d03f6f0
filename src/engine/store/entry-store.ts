import type { EntryKind, Listing, WatchEntry } from '../match.types.ts';
import { sharedInt32 } from './frozen-map.ts';
import { sharedTextAt, shareTexts, type SharedTextData } from './shared-text.ts';

/**
 * Compact per-entry storage indexed by slot: typed arrays for what scoring reads (name tokens,
 * birth date, sex, nationality, kind, listing) and the entry itself as a JSON string, parsed only
 * to explain the few hits returned. Slots grow monotonically; removed slots are dead until a
 * compaction renumbers the live ones.
 */

const KIND_CODES: readonly EntryKind[] = ['person', 'organization', 'phone'];

/** Sex code in the meta byte: 0 unknown, 1 L, 2 P. */
export function encodeSex(sex: 'L' | 'P' | undefined): number {
  return sex === 'L' ? 1 : sex === 'P' ? 2 : 0;
}

/** Packs a YYYY[-MM[-DD]] date into YYYYMMDD with zeros for missing parts; 0 when absent or bad. */
export function encodeDate(text: string | undefined): number {
  if (text === undefined) return 0;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (match === null) return 0;
  return Number(match[1]) * 10000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0);
}

/**
 * Returns the more precise of a stated partial date and the date a NIK encodes, when they agree
 * on every part the statement gives (a list entry often says "1992" while its NIK says the day).
 */
export function refineDate(stated: number, fromNik: number): number {
  if (stated === 0 || fromNik === 0 || stated % 100 !== 0) return stated;
  const year = Math.floor(stated / 10000);
  const month = Math.floor(stated / 100) % 100;
  if (Math.floor(fromNik / 10000) !== year) return stated;
  if (month !== 0 && Math.floor(fromNik / 100) % 100 !== month) return stated;
  return fromNik;
}

/** Folds a birth place for equality: case, accents, "Kota"/"Kabupaten" prefixes and spaces. */
export function foldPlace(text: string | undefined): string {
  if (text === undefined) return '';
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(kota|kabupaten|kab\.?)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Packs an ISO alpha-2 country code into 16 bits; 0 when absent. */
export function encodeCountry(text: string | undefined): number {
  if (text === undefined) return 0;
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return 0;
  return code.charCodeAt(0) * 256 + code.charCodeAt(1);
}

/** What scoring reads of one entry, decoded from the typed arrays. */
export interface EntryFacts {
  kind: EntryKind;
  listing: Listing;
  sex: number;
  nikSex: number;
  birth: number;
  nikBirth: number;
  country: number;
  /** Interned folded birth place; 0 when unknown. */
  birthPlace: number;
}

/** The columns of a store in shared memory (see {@link EntryStore.toShared}). */
export interface SharedStore {
  slots: number;
  live: number;
  meta: Uint16Array;
  alive: Int32Array;
  birth: Int32Array;
  nikBirth: Int32Array;
  country: Uint16Array;
  place: Uint16Array;
  places: [string, number][];
  nameStart: Int32Array;
  nameEnd: Int32Array;
  pool: Int32Array;
  ids: SharedTextData;
  json: SharedTextData;
}

/** Slot-indexed storage of the entries of one index. */
export class EntryStore {
  private ids: (string | undefined)[] = [];
  private json: (string | undefined)[] = [];
  /** Ids and entries in shared memory, in a read-only store attached with {@link fromShared}. */
  private sharedText: { ids: SharedTextData; json: SharedTextData } | null = null;
  private meta: Uint16Array = new Uint16Array(1024);
  /** Per slot what retrieval reads on first touch: see {@link liveKinds}. */
  private alive: Int32Array = new Int32Array(1024);
  private birth: Int32Array = new Int32Array(1024);
  private nikBirth: Int32Array = new Int32Array(1024);
  private country: Uint16Array = new Uint16Array(1024);
  private place: Uint16Array = new Uint16Array(1024);
  private readonly placeIds = new Map<string, number>();
  private nameStart: Int32Array = new Int32Array(1024);
  private nameEnd: Int32Array = new Int32Array(1024);
  private pool: Int32Array = new Int32Array(4096);
  private poolLength = 0;
  private poolWaste = 0;
  private next = 0;
  private live = 0;

  /** Copies the store into shared memory: typed columns cut to the slots used, texts as UTF-8. */
  toShared(): SharedStore {
    const slots = this.next;
    const int32 = (from: Int32Array, length = slots): Int32Array => {
      const to = sharedInt32(length);
      to.set(from.subarray(0, length));
      return to;
    };
    const uint16 = (from: Uint16Array): Uint16Array => {
      const to = new Uint16Array(new SharedArrayBuffer(Math.max(1, slots) * 2));
      to.set(from.subarray(0, slots));
      return to;
    };
    return {
      slots,
      live: this.live,
      meta: uint16(this.meta),
      alive: int32(this.alive),
      birth: int32(this.birth),
      nikBirth: int32(this.nikBirth),
      country: uint16(this.country),
      place: uint16(this.place),
      places: [...this.placeIds],
      nameStart: int32(this.nameStart),
      nameEnd: int32(this.nameEnd),
      pool: int32(this.pool, this.poolLength),
      ids: shareTexts(slots, (slot) => this.ids[slot]),
      json: shareTexts(slots, (slot) => this.json[slot]),
    };
  }

  /** A read-only store over the shared columns of {@link toShared}. */
  static fromShared(shared: SharedStore): EntryStore {
    const store = new EntryStore();
    store.meta = shared.meta;
    store.alive = shared.alive;
    store.birth = shared.birth;
    store.nikBirth = shared.nikBirth;
    store.country = shared.country;
    store.place = shared.place;
    for (const [folded, id] of shared.places) store.placeIds.set(folded, id);
    store.nameStart = shared.nameStart;
    store.nameEnd = shared.nameEnd;
    store.pool = shared.pool;
    store.poolLength = shared.pool.length;
    store.sharedText = { ids: shared.ids, json: shared.json };
    store.next = shared.slots;
    store.live = shared.live;
    return store;
  }

  /** Number of live entries. */
  get size(): number {
    return this.live;
  }

  /** One past the highest slot ever used (scratch arrays are sized by it). */
  get slotLimit(): number {
    return this.next;
  }

  /** Share of slots that are dead: compaction pays off above one half. */
  get deadShare(): number {
    return this.next === 0 ? 0 : (this.next - this.live) / this.next;
  }

  /**
   * Stores an entry; `names` holds each name as its token codes (key id × 2 + patronymic bit);
   * returns the new slot.
   */
  append(
    entry: WatchEntry,
    names: readonly (readonly number[])[],
    nik: { birth: number; sex: number },
  ): number {
    this.assertMutable();
    const slot = this.next++;
    this.ensureSlots(slot + 1);
    this.ids[slot] = entry.id;
    this.json[slot] = JSON.stringify(entry);
    const kind = Math.max(0, KIND_CODES.indexOf(entry.kind));
    const protective = entry.listing === 'protective' ? 1 : 0;
    this.meta[slot] = kind | (protective << 2) | (encodeSex(entry.sex) << 3) | (nik.sex << 5);
    this.birth[slot] = refineDate(encodeDate(entry.birthDate), nik.birth);
    this.nikBirth[slot] = nik.birth;
    this.alive[slot] = this.birthAt(slot) * 8 + (1 << kind);
    this.country[slot] = encodeCountry(entry.nationality);
    this.place[slot] = this.internPlace(foldPlace(entry.birthPlace));
    let needed = this.poolLength;
    for (const name of names) needed += name.length + 1;
    this.ensurePool(needed);
    this.nameStart[slot] = this.poolLength;
    for (const name of names) {
      this.pool[this.poolLength++] = name.length;
      for (const code of name) this.pool[this.poolLength++] = code;
    }
    this.nameEnd[slot] = this.poolLength;
    this.live++;
    return slot;
  }

  /** Marks a slot dead; its postings are skipped until compaction. */
  kill(slot: number): void {
    this.assertMutable();
    if (this.ids[slot] === undefined) return;
    this.ids[slot] = undefined;
    this.json[slot] = undefined;
    this.alive[slot] = 0;
    this.poolWaste += (this.nameEnd[slot] ?? 0) - (this.nameStart[slot] ?? 0);
    this.live--;
  }

  /** Tells whether a slot holds a live entry. */
  isLive(slot: number): boolean {
    return this.alive[slot] !== 0;
  }

  /**
   * Per slot, `birthAt(slot) × 8 + (1 << kind code)` while the slot is live and 0 once dead:
   * `liveKinds[slot] & mask` tells in one read whether a slot is live and of a searched kind, and
   * `liveKinds[slot] >> 3` is its birth date, so retrieval reads one column per new candidate.
   */
  get liveKinds(): Int32Array {
    return this.alive;
  }

  /** Returns the entry id of a live slot. */
  idAt(slot: number): string {
    if (this.sharedText !== null) return sharedTextAt(this.sharedText.ids, slot);
    return this.ids[slot] ?? '';
  }

  /** Parses the stored entry of a live slot. */
  entryAt(slot: number): WatchEntry {
    if (this.sharedText !== null)
      return JSON.parse(sharedTextAt(this.sharedText.json, slot) || 'null') as WatchEntry;
    return JSON.parse(this.json[slot] ?? 'null') as WatchEntry;
  }

  /** Returns the kind code (0 person, 1 organisation, 2 phone) of a slot. */
  kindCode(slot: number): number {
    return (this.meta[slot] ?? 0) & 3;
  }

  /** Returns the packed birth date of a slot (stated, else from its NIK; 0 when unknown). */
  birthAt(slot: number): number {
    const stated = this.birth[slot] ?? 0;
    return stated !== 0 ? stated : (this.nikBirth[slot] ?? 0);
  }

  /** Decodes what scoring reads of a slot. */
  factsAt(slot: number): EntryFacts {
    const meta = this.meta[slot] ?? 0;
    return {
      kind: KIND_CODES[meta & 3] ?? 'person',
      listing: (meta >> 2) & 1 ? 'protective' : 'suspect',
      sex: (meta >> 3) & 3,
      nikSex: (meta >> 5) & 3,
      birth: this.birth[slot] ?? 0,
      nikBirth: this.nikBirth[slot] ?? 0,
      country: this.country[slot] ?? 0,
      birthPlace: this.place[slot] ?? 0,
    };
  }

  /** Returns the id of a folded birth place, 0 when unknown or never stored. */
  placeIdOf(folded: string): number {
    return folded === '' ? 0 : (this.placeIds.get(folded) ?? 0);
  }

  private internPlace(folded: string): number {
    if (folded === '') return 0;
    const known = this.placeIds.get(folded);
    if (known !== undefined) return known;
    // Places are few (regencies and cities); past 65,535 the rest compare as unknown.
    if (this.placeIds.size >= 0xfffe) return 0;
    const id = this.placeIds.size + 1;
    this.placeIds.set(folded, id);
    return id;
  }

  /** Calls `visit(start, length, nameIndex)` for each name of a slot, pointing into {@link tokens}. */
  forEachName(
    slot: number,
    visit: (start: number, length: number, nameIndex: number) => void,
  ): void {
    let at = this.nameStart[slot] ?? 0;
    const end = this.nameEnd[slot] ?? 0;
    let nameIndex = 0;
    while (at < end) {
      const length = this.pool[at] ?? 0;
      visit(at + 1, length, nameIndex++);
      at += length + 1;
    }
  }

  /** Start of a slot's names in {@link tokens}: per name, its length then its token codes. */
  namesStart(slot: number): number {
    return this.nameStart[slot] ?? 0;
  }

  /** End (exclusive) of a slot's names in {@link tokens}. */
  namesEnd(slot: number): number {
    return this.nameEnd[slot] ?? 0;
  }

  /** The token pool that {@link forEachName} points into. */
  get tokens(): Int32Array {
    return this.pool;
  }

  /** Renumbers live slots densely; returns old slot → new slot (-1 for dead). */
  compact(): Int32Array {
    this.assertMutable();
    const remap = new Int32Array(this.next).fill(-1);
    const pool = new Int32Array(Math.max(4096, this.poolLength - this.poolWaste + 1024));
    let poolLength = 0;
    let to = 0;
    for (let from = 0; from < this.next; from++) {
      if (this.ids[from] === undefined) continue;
      remap[from] = to;
      this.ids[to] = this.ids[from];
      this.json[to] = this.json[from];
      this.meta[to] = this.meta[from] ?? 0;
      this.alive[to] = this.alive[from] ?? 0;
      this.birth[to] = this.birth[from] ?? 0;
      this.nikBirth[to] = this.nikBirth[from] ?? 0;
      this.country[to] = this.country[from] ?? 0;
      this.place[to] = this.place[from] ?? 0;
      const start = this.nameStart[from] ?? 0;
      const end = this.nameEnd[from] ?? 0;
      pool.set(this.pool.subarray(start, end), poolLength);
      this.nameStart[to] = poolLength;
      poolLength += end - start;
      this.nameEnd[to] = poolLength;
      to++;
    }
    this.alive.fill(0, to);
    this.ids.length = to;
    this.json.length = to;
    this.pool = pool;
    this.poolLength = poolLength;
    this.poolWaste = 0;
    this.next = to;
    return remap;
  }

  private assertMutable(): void {
    if (this.sharedText !== null) throw new Error('a shared entry store is read-only');
  }

  private ensureSlots(count: number): void {
    if (count <= this.meta.length) return;
    const size = Math.max(count, this.meta.length * 2);
    this.meta = grow(this.meta, new Uint16Array(size));
    this.alive = grow(this.alive, new Int32Array(size));
    this.birth = grow(this.birth, new Int32Array(size));
    this.nikBirth = grow(this.nikBirth, new Int32Array(size));
    this.country = grow(this.country, new Uint16Array(size));
    this.place = grow(this.place, new Uint16Array(size));
    this.nameStart = grow(this.nameStart, new Int32Array(size));
    this.nameEnd = grow(this.nameEnd, new Int32Array(size));
  }

  private ensurePool(count: number): void {
    if (count <= this.pool.length) return;
    this.pool = grow(this.pool, new Int32Array(Math.max(count, Math.ceil(this.pool.length * 1.5))));
  }
}

function grow<T extends Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
