import { describe, expect, it } from 'vitest';
import {
  FEATURE_NAMES,
  FIT_POPULATION,
  FITTED_MODEL,
  modelForPopulation,
  ruleWeight,
  singleWordCap,
} from './score-model.ts';

describe('score model', () => {
  it('has one fitted weight per feature', () => {
    expect(Object.keys(FITTED_MODEL.weights).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  it.each([
    [1_000, 0],
    [FIT_POPULATION, 0],
    [1_000_000, Math.log(10)],
    [4_000_000, Math.log(40)],
  ])('lowers the prior for a list of %i entries by %f', (population, drop) => {
    expect(modelForPopulation(FITTED_MODEL, population).bias).toBeCloseTo(
      FITTED_MODEL.bias - drop,
      9,
    );
  });

  it('keeps identifier rules and the single-word cap at their level whatever the list size', () => {
    const large = modelForPopulation(FITTED_MODEL, 2_000_000);
    expect(large.bias + ruleWeight(large, 'nik')).toBeCloseTo(
      FITTED_MODEL.bias + ruleWeight(FITTED_MODEL, 'nik'),
      9,
    );
    const nameAlone = 1 / (1 + Math.exp(-(large.bias + singleWordCap(large))));
    expect(nameAlone).toBeCloseTo(0.25, 9);
  });
});
