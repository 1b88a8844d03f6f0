/**
 * Fits the matching engine's scoring weights (src/engine/score/score-model.ts) by logistic
 * regression on labelled training data from the screening generator, with seeds other than the
 * benchmark's. Every candidate the engine retrieves for a query is one row: label 1 when it is the
 * query's true entry. Non-matching rows are thinned (one in NEGATIVE_KEEP, weighted back up) to
 * keep memory small. Identifier rules (NIK, passport, registration, phone-only entry) enter as a
 * fixed offset. Two passes: the second extracts features with the first pass's weights, because
 * the name pair an entry is judged on is the one the model prefers.
 *
 *   npx tsx tools/fit-engine-weights.ts            # prints the fitted model
 *   npx tsx tools/fit-engine-weights.ts --write    # and writes it into score-model.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { forEachEntryChunk, generateQueries } from '../bench/screening/generate/dataset.ts';
import { MatchIndex } from '../src/engine/index.ts';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  FITTED_MODEL,
  type FeatureName,
  type ScoreModel,
} from '../src/engine/score/score-model.ts';

const BENCHMARK_SEED = 20240521;
const NEGATIVE_KEEP = 4;
const L2 = 0.5;

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2,3' },
    size: { type: 'string', default: '100000' },
    positives: { type: 'string', default: '1000' },
    negatives: { type: 'string', default: '5000' },
    passes: { type: 'string', default: '2' },
    write: { type: 'boolean', default: false },
  },
});
const seeds = (values.seeds ?? '1,2,3').split(',').map(Number);
if (seeds.includes(BENCHMARK_SEED)) throw new Error('the benchmark seed may not be used to fit');
const size = Number(values.size);
const positives = Number(values.positives);
const negatives = Number(values.negatives);

/** Training rows in flat typed arrays: features, offset, label and weight per row. */
interface Rows {
  x: Float32Array;
  offset: Float32Array;
  y: Uint8Array;
  w: Float32Array;
  n: number;
}

function pushRow(rows: Rows, features: Float64Array, offset: number, y: number, w: number): Rows {
  let r = rows;
  if (r.n === r.y.length) {
    const cap = r.y.length * 2;
    const grown: Rows = {
      x: new Float32Array(cap * FEATURE_COUNT),
      offset: new Float32Array(cap),
      y: new Uint8Array(cap),
      w: new Float32Array(cap),
      n: r.n,
    };
    grown.x.set(r.x);
    grown.offset.set(r.offset);
    grown.y.set(r.y);
    grown.w.set(r.w);
    r = grown;
  }
  r.x.set(features, r.n * FEATURE_COUNT);
  r.offset[r.n] = offset;
  r.y[r.n] = y;
  r.w[r.n] = w;
  r.n++;
  return r;
}

/** Extracts the rows of every training seed under a model. */
function collectRows(model: ScoreModel): Rows {
  let rows: Rows = {
    x: new Float32Array(1 << 16),
    offset: new Float32Array(1 << 12),
    y: new Uint8Array(1 << 12),
    w: new Float32Array(1 << 12),
    n: 0,
  };
  rows.x = new Float32Array(rows.y.length * FEATURE_COUNT);
  for (const seed of seeds) {
    const t0 = performance.now();
    // A fixed reference date keeps NIK centuries, and so the fit, reproducible.
    const index = new MatchIndex({ referenceDate: new Date(Date.UTC(2026, 0, 1)) });
    forEachEntryChunk({ seed, size }, 10_000, (chunk) => {
      for (const entry of chunk) index.add(entry);
    });
    let counter = 0;
    for (const q of generateQueries({ seed, size, positives, negatives })) {
      for (const row of index.candidateFeatureRows(q.query, model)) {
        const truth = row.entryId === q.truth ? 1 : 0;
        counter++;
        if (truth === 0 && counter % NEGATIVE_KEEP !== 0) continue;
        rows = pushRow(rows, row.features, row.ruleZ, truth, truth === 1 ? 1 : NEGATIVE_KEEP);
      }
    }
    console.error(
      `seed ${seed}: ${rows.n} rows so far (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  }
  return rows;
}

/** Weighted L2-regularised logistic regression with an offset, by Newton steps. */
function fit(rows: Rows, start: ScoreModel): ScoreModel {
  const d = FEATURE_COUNT + 1; // last = bias
  const beta = new Float64Array(d);
  FEATURE_NAMES.forEach((name, k) => (beta[k] = start.weights[name]));
  beta[d - 1] = start.bias;
  for (let iter = 0; iter < 30; iter++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    let loss = 0;
    const xi = new Float64Array(d);
    for (let i = 0; i < rows.n; i++) {
      for (let k = 0; k < FEATURE_COUNT; k++) xi[k] = rows.x[i * FEATURE_COUNT + k] ?? 0;
      xi[d - 1] = 1;
      let z = rows.offset[i] ?? 0;
      for (let k = 0; k < d; k++) z += (beta[k] ?? 0) * (xi[k] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const y = rows.y[i] ?? 0;
      const w = rows.w[i] ?? 1;
      loss -= w * (y ? Math.log(Math.max(p, 1e-300)) : Math.log(Math.max(1 - p, 1e-300)));
      const g = w * (p - y);
      const h = w * p * (1 - p);
      for (let a = 0; a < d; a++) {
        const xa = xi[a] ?? 0;
        if (xa === 0) continue;
        grad[a] = (grad[a] ?? 0) + g * xa;
        for (let b = a; b < d; b++)
          hess[a * d + b] = (hess[a * d + b] ?? 0) + h * xa * (xi[b] ?? 0);
      }
    }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) hess[a * d + b] = hess[b * d + a] ?? 0;
    for (let k = 0; k < d - 1; k++) {
      loss += 0.5 * L2 * (beta[k] ?? 0) ** 2;
      grad[k] = (grad[k] ?? 0) + L2 * (beta[k] ?? 0);
      hess[k * d + k] = (hess[k * d + k] ?? 0) + L2;
    }
    // A small ridge keeps features that never fire (all-zero columns) solvable.
    for (let k = 0; k < d; k++) hess[k * d + k] = (hess[k * d + k] ?? 0) + 1e-6;
    const step = solve(hess, grad, d);
    let change = 0;
    for (let k = 0; k < d; k++) {
      beta[k] = (beta[k] ?? 0) - (step[k] ?? 0);
      change = Math.max(change, Math.abs(step[k] ?? 0));
    }
    console.error(
      `  newton ${iter}: loss ${loss.toFixed(2)}, largest step ${change.toExponential(2)}`,
    );
    if (change < 1e-5) break;
  }
  const weights = Object.fromEntries(
    FEATURE_NAMES.map((name, k) => [name, round(beta[k] ?? 0)]),
  ) as Record<FeatureName, number>;
  return { bias: round(beta[d - 1] ?? 0), weights };
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < d; col++) {
    let pivot = col;
    for (let r = col + 1; r < d; r++)
      if (Math.abs(m[r * d + col] ?? 0) > Math.abs(m[pivot * d + col] ?? 0)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < d; c++) {
        const t = m[col * d + c] ?? 0;
        m[col * d + c] = m[pivot * d + c] ?? 0;
        m[pivot * d + c] = t;
      }
      const t = x[col] ?? 0;
      x[col] = x[pivot] ?? 0;
      x[pivot] = t;
    }
    const diag = m[col * d + col] ?? 1;
    for (let r = col + 1; r < d; r++) {
      const factor = (m[r * d + col] ?? 0) / diag;
      if (factor === 0) continue;
      for (let c = col; c < d; c++)
        m[r * d + c] = (m[r * d + c] ?? 0) - factor * (m[col * d + c] ?? 0);
      x[r] = (x[r] ?? 0) - factor * (x[col] ?? 0);
    }
  }
  for (let r = d - 1; r >= 0; r--) {
    let s = x[r] ?? 0;
    for (let c = r + 1; c < d; c++) s -= (m[r * d + c] ?? 0) * (x[c] ?? 0);
    x[r] = s / (m[r * d + r] ?? 1);
  }
  return x;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function render(model: ScoreModel): string {
  const lines = FEATURE_NAMES.map((name) => `    ${name}: ${model.weights[name]},`);
  return `export const FITTED_MODEL: ScoreModel = {\n  bias: ${model.bias},\n  weights: {\n${lines.join('\n')}\n  },\n};`;
}

let model = FITTED_MODEL;
for (let pass = 0; pass < Number(values.passes); pass++) {
  const rows = collectRows(model);
  const positivesRows = rows.y.subarray(0, rows.n).reduce((s, y) => s + y, 0);
  console.error(`pass ${pass + 1}: ${rows.n} rows, ${positivesRows} true`);
  model = fit(rows, model);
  console.error(render(model));
}
console.log(render(model));
if (values.write) {
  const path = new URL('../src/engine/score/score-model.ts', import.meta.url);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(
    /export const FITTED_MODEL: ScoreModel = \{[\s\S]*?\n\};/,
    render(model),
  );
  writeFileSync(path, next);
  console.error('wrote src/engine/score/score-model.ts');
}
