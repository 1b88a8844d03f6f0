import { parseNik } from '../domain/nik.ts';
import { ENGINE_VERSION } from './engine-version.ts';
import { bandFor, REPORT_THRESHOLD } from './match-band.ts';
import type {
  Hit,
  MatchIndexOptions,
  MatchQuery,
  SearchOptions,
  SharedMatchIndex,
  WatchEntry,
} from './match.types.ts';
import { normalizeName } from './name/name-normalize.ts';
import { retrieveCandidates, RetrievalScratch } from './search/candidate-retrieval.ts';
import { documentKey, nikKey, phoneKey } from './score/identifier-normalize.ts';
import type { ScoringContext } from './score/match-score.ts';
import { candidateFeatures, scoreCandidate } from './score/match-score.ts';
import type { PreparedQuery } from './score/query-prep.ts';
import { prepareQuery } from './score/query-prep.ts';
import type { ScoreModel } from './score/score-model.ts';
import { FITTED_MODEL, modelForPopulation } from './score/score-model.ts';
import { encodeDate, encodeSex, EntryStore, refineDate } from './store/entry-store.ts';
import { IdentifierMap } from './store/identifier-map.ts';
import { PostingLists } from './store/posting-lists.ts';
import { TokenVocabulary } from './store/token-vocabulary.ts';

const SHARED_FORMAT = 'waspada-shared-index/1';

/**
 * An in-memory watchlist index: add, replace and remove entries one at a time (visible to the
 * next search at once) and search it with a query.
 *
 * @example
 * const index = new MatchIndex();
 * index.add({ id: 'w1', kind: 'person', names: ['H. Moch. Djoko Soesilo'], listing: 'suspect' });
 * index.search({ name: 'Muhammad Joko Susilo' })[0]?.entryId; // 'w1'
 */
export class MatchIndex {
  // Replaced by shared read-only copies in an index attached with {@link fromShared}.
  private vocabulary = new TokenVocabulary();
  private postings = new PostingLists();
  private store = new EntryStore();
  private readonly slotById = new Map<string, number>();
  private niks = new IdentifierMap();
  private passports = new IdentifierMap();
  private phones = new IdentifierMap();
  private registrations = new IdentifierMap();
  private birthDates = new IdentifierMap();
  private readOnly = false;
  private readonly scratch = new RetrievalScratch();
  private readonly minScore: number;
  private readonly maxCandidates: number;
  private readonly postingBudget: number;
  private readonly referenceDate: Date;

  constructor(options: MatchIndexOptions = {}) {
    this.minScore = options.minScore ?? REPORT_THRESHOLD;
    this.maxCandidates = options.maxCandidates ?? 160;
    this.postingBudget = options.postingBudget ?? 25_000;
    this.referenceDate = options.referenceDate ?? new Date();
  }

  /**
   * Copies the index as it is now into SharedArrayBuffers and returns a handle that can be posted
   * to worker threads (postMessage or workerData share the memory, nothing is copied per worker).
   * Later updates to this index do not reach the copy: share again and swap.
   */
  toShared(): SharedMatchIndex {
    return {
      format: SHARED_FORMAT,
      engineVersion: ENGINE_VERSION,
      options: {
        minScore: this.minScore,
        maxCandidates: this.maxCandidates,
        postingBudget: this.postingBudget,
        referenceDate: this.referenceDate.getTime(),
      },
      vocabulary: this.vocabulary.toShared(),
      postings: this.postings.toShared(),
      store: this.store.toShared(),
      niks: this.niks.toShared(),
      passports: this.passports.toShared(),
      phones: this.phones.toShared(),
      registrations: this.registrations.toShared(),
      birthDates: this.birthDates.toShared(),
    };
  }

  /**
   * A read-only index over a handle from {@link toShared} (in any thread): searches return what
   * the shared index returned when it was copied; add, upsert and remove throw.
   */
  static fromShared(handle: SharedMatchIndex): MatchIndex {
    if (handle.format !== SHARED_FORMAT || handle.engineVersion !== ENGINE_VERSION)
      throw new Error(`shared index ${handle.format} of ${handle.engineVersion} is not readable`);
    const { options } = handle;
    const index = new MatchIndex({ ...options, referenceDate: new Date(options.referenceDate) });
    index.vocabulary = TokenVocabulary.fromShared(handle.vocabulary);
    index.postings = PostingLists.fromShared(handle.postings);
    index.store = EntryStore.fromShared(handle.store);
    index.niks = IdentifierMap.fromShared(handle.niks);
    index.passports = IdentifierMap.fromShared(handle.passports);
    index.phones = IdentifierMap.fromShared(handle.phones);
    index.registrations = IdentifierMap.fromShared(handle.registrations);
    index.birthDates = IdentifierMap.fromShared(handle.birthDates);
    index.readOnly = true;
    return index;
  }

  /** Number of entries in the index. */
  get size(): number {
    return this.store.size;
  }

  /** Adds an entry; an entry with the same id must not exist (use {@link upsert} to replace). */
  add(entry: WatchEntry): void {
    this.assertMutable();
    if (this.slotById.has(entry.id)) throw new Error(`entry ${entry.id} is already indexed`);
    this.insert(entry);
  }

  /** Adds an entry or replaces the one with the same id. */
  upsert(entry: WatchEntry): void {
    this.assertMutable();
    this.remove(entry.id);
    this.insert(entry);
  }

  /** Removes an entry; returns whether it was there. */
  remove(id: string): boolean {
    this.assertMutable();
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    const entry = this.store.entryAt(slot);
    const keys = new Set<number>();
    this.store.forEachName(slot, (start, length) => {
      for (let k = 0; k < length; k++) keys.add((this.store.tokens[start + k] ?? 0) >> 1);
    });
    for (const key of keys) this.vocabulary.count(key, -1);
    this.forEachIdentifier(entry, (map, value) => map.delete(value, slot));
    this.store.kill(slot);
    this.slotById.delete(id);
    if (this.store.deadShare > 0.5 && this.store.slotLimit > 1024) this.compact();
    return true;
  }

  /**
   * Finds the entries that may be the queried person, organisation or phone, best first; equal
   * scores are ordered by entry id. Hits below the reporting threshold are left out.
   */
  search(query: MatchQuery, options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const minScore = options.minScore ?? this.minScore;
    const { prepared, candidates } = this.retrieve(query);
    const context = { ...this.scoringContext(FITTED_MODEL), tokens: new Map() };
    const scored: { slot: number; id: string; score: number; matched: number }[] = [];
    for (const [slot, matched] of candidates) {
      const id = this.store.idAt(slot);
      if (options.excludeIds?.has(id)) continue;
      const { score } = scoreCandidate(context, prepared, slot, matched, false);
      if (score >= minScore) scored.push({ slot, id, score, matched });
    }
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return scored.slice(0, limit).map(({ slot, id, score, matched }) => {
      const explained = scoreCandidate(context, prepared, slot, matched, true);
      return {
        entryId: id,
        score,
        band: bandFor(score) ?? 'weak',
        listing: this.store.factsAt(slot).listing,
        reasons: explained.reasons,
      };
    });
  }

  /**
   * The fitted features of every retrieved candidate of a query under a given model, for fitting
   * the scoring weights offline (tools/fit-engine-weights.ts); not used in screening.
   */
  candidateFeatureRows(
    query: MatchQuery,
    model: ScoreModel,
  ): { entryId: string; features: Float64Array; ruleZ: number }[] {
    const { prepared, candidates } = this.retrieve(query);
    const context = this.scoringContext(model);
    return [...candidates].map(([slot, matched]) => ({
      entryId: this.store.idAt(slot),
      ...candidateFeatures(context, prepared, slot, matched),
    }));
  }

  private retrieve(query: MatchQuery): {
    prepared: PreparedQuery;
    candidates: Map<number, number>;
  } {
    const prepared = prepareQuery(
      query,
      this.vocabulary,
      this.store.size,
      this.referenceDate,
      (p) => this.store.placeIdOf(p),
    );
    const candidates = retrieveCandidates(
      {
        vocabulary: this.vocabulary,
        postings: this.postings,
        store: this.store,
        niks: this.niks,
        passports: this.passports,
        phones: this.phones,
        registrations: this.registrations,
        birthDates: this.birthDates,
        scratch: this.scratch,
      },
      prepared,
      this.maxCandidates,
      this.postingBudget,
    );
    return { prepared, candidates };
  }

  private scoringContext(model: ScoreModel): ScoringContext {
    const population = this.store.size;
    return {
      vocabulary: this.vocabulary,
      store: this.store,
      population,
      model: modelForPopulation(model, population),
    };
  }

  private assertMutable(): void {
    if (this.readOnly)
      throw new Error('a shared index is read-only: update the owner and share again');
  }

  private insert(entry: WatchEntry): void {
    const names = entry.kind === 'phone' ? [] : entry.names;
    const encoded: number[][] = [];
    const keys = new Set<number>();
    for (const name of names) {
      const codes: number[] = [];
      for (const token of normalizeName(name)) {
        const id = this.vocabulary.intern(token.key);
        codes.push(id * 2 + (token.patronymic ? 1 : 0));
        keys.add(id);
      }
      encoded.push(codes);
    }
    const nik = nikKey(entry.nik);
    const parsed = nik === null ? null : parseNik(nik, this.referenceDate);
    const slot = this.store.append(entry, encoded, {
      birth: parsed?.ok ? encodeDate(parsed.birthDate) : 0,
      sex: parsed?.ok ? encodeSex(parsed.sex) : 0,
    });
    for (const key of [...keys].sort((a, b) => a - b)) {
      this.vocabulary.count(key, 1);
      this.postings.add(key, slot);
    }
    this.forEachIdentifier(entry, (map, value) => map.add(value, slot));
    this.slotById.set(entry.id, slot);
  }

  private forEachIdentifier(
    entry: WatchEntry,
    visit: (map: IdentifierMap, value: string) => void,
  ): void {
    const nik = nikKey(entry.nik);
    if (nik !== null) visit(this.niks, nik);
    for (const passport of entry.passportNumbers ?? []) {
      const key = documentKey(passport);
      if (key !== null) visit(this.passports, key);
    }
    for (const phone of entry.phones ?? []) {
      const key = phoneKey(phone);
      if (key !== null) visit(this.phones, key);
    }
    for (const number of entry.registrationNumbers ?? []) {
      const key = documentKey(number);
      if (key !== null) visit(this.registrations, key);
    }
    const nikParsed = nik === null ? null : parseNik(nik, this.referenceDate);
    const nikBirth = nikParsed?.ok ? encodeDate(nikParsed.birthDate) : 0;
    const birth = refineDate(encodeDate(entry.birthDate), nikBirth);
    if (birth % 100 !== 0) visit(this.birthDates, String(birth));
  }

  private compact(): void {
    const remap = this.store.compact();
    this.postings.compact(remap);
    for (const map of [this.niks, this.passports, this.phones, this.registrations])
      map.remap(remap);
    for (const [id, slot] of this.slotById) this.slotById.set(id, remap[slot] ?? slot);
  }
}
