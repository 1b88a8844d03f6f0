import { describe, expect, it } from 'vitest';
import { matchPath } from './router.tsx';

describe('path matching', () => {
  it.each([
    ['/perjanjian/:id', '/perjanjian/abc', { id: 'abc' }],
    ['/perjanjian/:id', '/perjanjian/a%20b/', { id: 'a b' }],
    ['/kantor', '/kantor', {}],
    ['/kantor', '/kantor/x', null],
    ['/perjanjian/:id', '/pengguna/abc', null],
    ['/', '/', {}],
  ])('matches %s against %s', (pattern, path, expected) => {
    expect(matchPath(pattern, path)).toEqual(expected);
  });
});
