import { describe, expect, it } from 'vitest';
import { needsSupervisor } from '../../api/screening.api.ts';
import { percent } from './FairnessView.tsx';
import { jsonProblem, jsonProblemText } from './ProposePackForm.tsx';

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
    const problem = jsonProblem('{\n  "a": 1,\n}');
    expect(problem).toEqual({ at: { line: 3, column: 1 } });
    const id = jsonProblemText(problem ?? { at: null }, 'id');
    expect(id).toBe(
      'JSON tidak valid pada baris 3, kolom 1: periksa tanda kutip, koma dan kurung di sekitarnya.',
    );
    // Said once, in the UI language: no engine text, no second position.
    expect(id).not.toMatch(/position|line|Expected|Unexpected/);
    expect(jsonProblemText({ at: null }, 'en')).toBe(
      'Invalid JSON: check the quotes, commas and brackets.',
    );
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
