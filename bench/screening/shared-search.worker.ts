/**
 * Test worker: opens a shared engine index handed over in workerData, screens a probe scenario's
 * queries on it and posts back one fingerprint line per query.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fingerprint, probeQueries, type ProbeScenario } from './engine-fingerprint.ts';
import { MatchIndex, type SharedMatchIndex } from '../../src/engine/index.ts';

const { handle, scenario } = workerData as { handle: SharedMatchIndex; scenario: ProbeScenario };
const index = MatchIndex.fromShared(handle);
parentPort?.postMessage(fingerprint((q) => index.search(q, { limit: 10 }), probeQueries(scenario)));
