/**
 * Reads the labelled news corpus from test/fixtures/news: the labels and the raw documents, with
 * file names relative to the corpus folder (the keys used in labels.json).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { NewsLabels } from './corpus.types.ts';

/** Folder of the corpus, resolved from this file so any working directory works. */
export const CORPUS_DIR = fileURLToPath(new URL('../../test/fixtures/news/', import.meta.url));

/** One corpus document as the pipeline takes it. */
export interface CorpusDocument {
  file: string;
  content: string;
}

/** Loads labels.json. */
export async function loadLabels(dir: string = CORPUS_DIR): Promise<NewsLabels> {
  return JSON.parse(await readFile(`${dir}labels.json`, 'utf8')) as NewsLabels;
}

/** Loads every document the labels name once (feed items share their feed file). */
export async function loadDocuments(
  labels: NewsLabels,
  dir: string = CORPUS_DIR,
): Promise<CorpusDocument[]> {
  const paths = [...new Set(Object.keys(labels.files).map((key) => key.split('#')[0] as string))];
  paths.sort();
  return Promise.all(
    paths.map(async (file) => ({ file, content: await readFile(`${dir}${file}`, 'utf8') })),
  );
}
