import type { DataKind, ScopeLevel } from '../../../domain/permissions.ts';
import type { RulePack } from '../../../domain/screening/indicator-rules.ts';
import type { Database } from '../../db/connection.ts';
import type { OfficeRow } from '../../db/schema.ts';
import { scopeFromData } from '../access/access.service.ts';
import { buildOfficeGraph, type OfficeGraph } from '../access/office-graph.ts';
import { loadActiveRulePack } from '../rules/rules.service.ts';
import {
  listAllActiveAgreements,
  listAllCoverage,
  listAllOffices,
  listAllSettings,
  readReferenceFingerprint,
  type ActiveAgreementWithKinds,
} from './screening-reference.repository.ts';
import { numberSettingFrom, type ScreeningSettingKey } from './screening-settings.ts';

/**
 * The rarely changing rows a screening reads (offices, coverage, active agreements, settings,
 * the active rule pack), held in memory between requests.
 */
export interface ReferenceData {
  offices: ReadonlyMap<string, OfficeRow>;
  graph: OfficeGraph;
  coverage: ReadonlyMap<string, readonly string[]>;
  agreements: readonly ActiveAgreementWithKinds[];
  settings: ReadonlyMap<string, unknown>;
  rulePack: RulePack;
}

/**
 * The longest a snapshot is served without reloading, whatever the fingerprint says: a bound
 * on any change the fingerprint could miss, so a wider scope than the rows allow never lasts.
 */
export const REFERENCE_MAX_AGE_MS = 5_000;

interface Snapshot {
  fingerprint: string;
  loadedAt: number;
  data: ReferenceData;
}

interface CacheSlot {
  current: Snapshot | null;
  loading: { fingerprint: string; promise: Promise<Snapshot> } | null;
}

// One cache per database handle: test apps on fresh databases never share rows.
const slots = new WeakMap<Database, CacheSlot>();

async function loadSnapshot(database: Database, fingerprint: string): Promise<Snapshot> {
  const db = database.db;
  const loadedAt = performance.now();
  // The fingerprint was read first, so these rows are at least as new as it says.
  const [offices, coverage, agreements, settings, rulePack] = await Promise.all([
    listAllOffices(db),
    listAllCoverage(db),
    listAllActiveAgreements(db),
    listAllSettings(db),
    loadActiveRulePack(db),
  ]);
  return {
    fingerprint,
    loadedAt,
    data: {
      offices: new Map(offices.map((o) => [o.id, o])),
      graph: buildOfficeGraph(
        offices.map((o) => ({ id: o.id, kind: o.kind, parentId: o.parent_id })),
      ),
      coverage,
      agreements,
      settings,
      rulePack,
    },
  };
}

/**
 * The reference rows as they stand now: one fingerprint query per call, and a reload only when
 * a row changed (in this process or another node) or the snapshot is older than
 * REFERENCE_MAX_AGE_MS. Concurrent callers share one reload.
 */
export async function loadReferenceData(database: Database): Promise<ReferenceData> {
  let slot = slots.get(database);
  if (!slot) {
    slot = { current: null, loading: null };
    slots.set(database, slot);
  }
  const fingerprint = await readReferenceFingerprint(database.db);
  const current = slot.current;
  if (
    current?.fingerprint === fingerprint &&
    performance.now() - current.loadedAt < REFERENCE_MAX_AGE_MS
  ) {
    return current.data;
  }
  let loading = slot.loading;
  if (loading?.fingerprint !== fingerprint) {
    const started = { fingerprint, promise: loadSnapshot(database, fingerprint) };
    loading = started;
    slot.loading = started;
    const owner = slot;
    // Only the latest load may become current: an older one finishing late holds older rows.
    started.promise.then(
      (snapshot) => {
        if (owner.loading !== started) return;
        owner.loading = null;
        owner.current = snapshot;
      },
      () => {
        if (owner.loading === started) owner.loading = null;
      },
    );
  }
  return (await loading.promise).data;
}

/**
 * The offices whose records of `dataKind` an office reaches at a scope level at `at`, worked
 * out from the snapshot exactly as visibleOfficeIds works it out from the tables.
 */
export function reachFrom(
  data: ReferenceData,
  officeId: string,
  scopeLevel: ScopeLevel,
  dataKind: DataKind,
  at: Date,
): Set<string> | 'all' {
  const agreements = data.agreements.filter((a) => a.dataKinds.includes(dataKind));
  const scope = scopeFromData(data.graph, agreements, { officeId, scopeLevel }, at);
  return scope.all ? 'all' : new Set(scope.offices.keys());
}

/** A numeric screening setting from the snapshot (its default when missing or malformed). */
export function settingFrom(data: ReferenceData, key: ScreeningSettingKey): number {
  return numberSettingFrom(data.settings.get(key), key);
}
