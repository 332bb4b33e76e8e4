import { describe, expect, it } from 'vitest';
import { validateComparison } from './comparison-choice';

const known = new Set([1, 2, 3, 4, 5, 6, 7]);

describe('choosing departments to compare', () => {
  it('takes two to five distinct departments, in the order chosen', () => {
    expect(validateComparison([3, 1], known)).toEqual({ ok: true, departmentIds: [3, 1] });
    expect(validateComparison([1, 2, 3, 4, 5], known)).toEqual({ ok: true, departmentIds: [1, 2, 3, 4, 5] });
    expect(validateComparison([2, 2, 6], known)).toEqual({ ok: true, departmentIds: [2, 6] });
  });

  it('refuses fewer than two', () => {
    expect(validateComparison([], known)).toEqual({ ok: false, problem: 'tooFew' });
    expect(validateComparison([4], known)).toEqual({ ok: false, problem: 'tooFew' });
    expect(validateComparison([4, 4], known)).toEqual({ ok: false, problem: 'tooFew' });
  });

  it('refuses more than five', () => {
    expect(validateComparison([1, 2, 3, 4, 5, 6], known)).toEqual({ ok: false, problem: 'tooMany' });
  });

  it('refuses a department that does not exist', () => {
    expect(validateComparison([1, 99], known)).toEqual({ ok: false, problem: 'unknown' });
  });
});
