import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SystemActor } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { ingestFiles, type IngestResult } from './news-ingest.service.ts';

/** The repository root, four levels above this module's folder. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the shared seed reports live, beside the repository. */
export const SEEDS_DIR = path.resolve(ROOT, '../shared/seeds');

/**
 * Ingests the seed reports (plain-text files beside the repository) into a fresh demo as the
 * system, so the inbox opens on their event and its Desa Binaan lead; does nothing when the
 * folder is absent.
 */
export async function seedNewsDemo(
  deps: AppDeps,
  dir: string = SEEDS_DIR,
): Promise<IngestResult | null> {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.(txt|html?|xml)$/i.test(name))
    .sort()
    .map((name) => ({ file: name, content: fs.readFileSync(path.join(dir, name)) }));
  if (files.length === 0) return null;
  const system: SystemActor = { system: true, name: 'seed-demo', requestId: 'seed-demo' };
  return ingestFiles(
    deps,
    system,
    files.map((f) => ({ file: f.file, content: new Uint8Array(f.content) })),
    'demo',
  );
}
