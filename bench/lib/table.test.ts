import { describe, expect, it } from 'vitest';
import { formatPercent, formatTable } from './table.ts';
import { mean, percentile } from './timing.ts';

describe('formatTable', () => {
  it('pads columns to the widest cell and shows null as a dash', () => {
    const out = formatTable(
      ['peer', 'p99'],
      [
        ['engine', '1.2'],
        ['fuse.js', null],
      ],
    );
    expect(out.split('\n')).toEqual([
      '| peer    | p99 |',
      '| ------- | --- |',
      '| engine  | 1.2 |',
      '| fuse.js | –   |',
    ]);
  });
});

describe('percentile and mean', () => {
  it.each([
    [50, 5],
    [99, 10],
    [100, 10],
    [1, 1],
  ])('takes the nearest-rank p%i of 1..10 as %i', (p, expected) => {
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p)).toBe(expected);
  });

  it('returns NaN for no values and formats it as not measured', () => {
    expect(formatPercent(mean([]))).toBeNull();
    expect(formatPercent(0.1234)).toBe('12.3%');
  });
});
