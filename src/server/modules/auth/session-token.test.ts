import { describe, it } from 'vitest';
import fc from 'fast-check';
import { secretsEqual } from './session-token.ts';

describe('secretsEqual', () => {
  it('is true only for identical strings', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => secretsEqual(a, b) === (a === b)));
  });
});
