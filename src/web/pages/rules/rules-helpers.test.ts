import { describe, expect, it } from 'vitest';
import { foldFairness } from '../../api/rules.api.ts';
import { needsSupervisor } from '../../api/screening.api.ts';
import { percent } from './FairnessView.tsx';
import { jsonProblem } from './ProposePackForm.tsx';

describe('the fairness view', () => {
  it('folds tallies into shares by sex and by province', () => {
    const fairness = foldFairness([
      { sex: 'P', province: '53', recommendation: 'TUNDA', decision: 'TUNDA', n: 3 },
      { sex: 'P', province: '16', recommendation: 'LANJUT', decision: null, n: 1 },
      { sex: 'L', province: '53', recommendation: 'LANJUT', decision: 'LANJUT', n: 4 },
    ]);
    expect(fairness.total).toBe(8);
    expect(fairness.bySex.map((g) => [g.group, g.total])).toEqual([
      ['L', 4],
      ['P', 4],
    ]);
    const women = fairness.bySex.find((g) => g.group === 'P');
    expect(women?.recommendation).toEqual({ TUNDA: 3, LANJUT: 1 });
    expect(women?.decision).toEqual({ TUNDA: 3 });
    expect(fairness.byProvince[0]).toMatchObject({ group: '53', total: 7 });
    expect(percent(3, 4)).toBe('75%');
    expect(percent(0, 0)).toBe('—');
  });
});

describe('the rule-pack editor', () => {
  it('names the line and column of a JSON mistake', () => {
    expect(jsonProblem('{"a": 1}')).toBeNull();
    expect(jsonProblem('{\n  "a": 1,\n}')).toMatch(/line 3, column 1/);
  });
});

describe('deciding against a recommendation', () => {
  it.each([
    ['LANJUT', 'TUNDA', true],
    ['WAWANCARA', 'TOLAK', true],
    ['TUNDA', 'TOLAK', true],
    ['TOLAK', 'TUNDA', false],
    ['LANJUT', 'WAWANCARA', false],
    ['TUNDA', 'TUNDA', false],
  ] as const)('%s on a %s recommendation goes to a supervisor: %s', (decision, rec, expected) => {
    expect(needsSupervisor(decision, rec)).toBe(expected);
  });
});
