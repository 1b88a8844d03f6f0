import { describe, expect, it } from 'vitest';
import { needsSupervisor } from '../../api/screening.api.ts';
import { percent } from './FairnessView.tsx';
import { jsonProblem } from './ProposePackForm.tsx';

describe('the fairness view', () => {
  it('shows a share as a percentage with its count, and a dash for none', () => {
    expect(percent({ count: 3, share: 0.75 })).toBe('75% (3)');
    expect(percent({ count: 0, share: 0 })).toBe('—');
    expect(percent(undefined)).toBe('—');
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
