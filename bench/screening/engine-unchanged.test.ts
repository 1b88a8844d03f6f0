/**
 * The engine's results on fixed generated scenarios must stay exactly what they were when the
 * fixtures were written (same hits, scores, bands, order and reasons): speed work may not move a
 * result. After a deliberate scoring change (an ENGINE_VERSION bump), rewrite the fixtures with
 * UPDATE_ENGINE_FIXTURES=1 and record the new recall and false-alert figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildProbeIndex,
  fingerprint,
  probeQueries,
  SCENARIOS,
  type ProbeScenario,
} from './engine-fingerprint.ts';

function fixturePath(scenario: ProbeScenario): string {
  return new URL(`./fixtures/engine-results-${scenario.name}.jsonl`, import.meta.url).pathname;
}

describe('engine results stay unchanged', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s matches its fixture',
    (_name, scenario) => {
      const index = buildProbeIndex(scenario);
      const lines = fingerprint((q) => index.search(q, { limit: 10 }), probeQueries(scenario));
      const path = fixturePath(scenario);
      if (process.env['UPDATE_ENGINE_FIXTURES'] === '1' || !existsSync(path))
        writeFileSync(path, `${lines.join('\n')}\n`);
      const expected = readFileSync(path, 'utf8').trimEnd().split('\n');
      expect(lines.length).toBe(expected.length);
      // Compare line by line so a failure names the first query whose results moved.
      for (let i = 0; i < lines.length; i++) expect(lines[i]).toBe(expected[i]);
      // The scenario exercises alerts, not only empty results.
      expect(lines.filter((l) => l.includes('"strong"')).length).toBeGreaterThan(20);
    },
    60_000,
  );
});
