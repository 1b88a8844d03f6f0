import { describe, expect, it } from 'vitest';
import { TokenVocabulary } from './token-vocabulary.ts';

function vocabularyOf(keys: string[]): TokenVocabulary {
  const vocabulary = new TokenVocabulary();
  for (const key of keys) vocabulary.intern(key);
  return vocabulary;
}

function neighbourKeys(vocabulary: TokenVocabulary, key: string): string[] {
  return vocabulary.neighbours(key).map(({ id }) => vocabulary.keyOf(id));
}

describe('TokenVocabulary', () => {
  const vocabulary = vocabularyOf(['setyowati', 'kurniasih', 'dewi', 'hartono', 'siti']);

  it.each([
    ['setyowat', 'setyowati'], // one deletion
    ['sityowqti', 'setyowati'], // two substitutions in a long key
    ['kurnaisih', 'kurniasih'], // transposition
    ['krniasihh', 'kurniasih'], // a deletion and an insertion
    ['dwei', 'dewi'], // transposition in a short key
    ['hartonno', 'hartono'], // insertion
  ])('finds the stored key near %s', (query, stored) => {
    expect(neighbourKeys(vocabulary, query)).toContain(stored);
  });

  it.each([
    ['dawu', 'dewi'], // two edits in a short key: its budget is one
    ['hirtona', 'hartono'], // two edits in a seven-letter key
    ['sit', 'siti'], // three letters must match exactly
  ])('keeps %s out of reach of %s when its budget is spent', (query, stored) => {
    expect(neighbourKeys(vocabulary, query)).not.toContain(stored);
  });
});
