/** How many departments the comparison overlays: enough to compare, few enough to read. */
export const COMPARISON_LIMITS = { min: 2, max: 5 } as const;

export type ComparisonProblem = 'tooFew' | 'tooMany' | 'unknown';

export type ComparisonChoice = { ok: true; departmentIds: number[] } | { ok: false; problem: ComparisonProblem };

/** Two to five distinct departments that exist, in the order chosen; anything else says what is wrong. */
export function validateComparison(requested: readonly number[], known: ReadonlySet<number>): ComparisonChoice {
  const departmentIds = [...new Set(requested)];
  if (departmentIds.some((id) => !known.has(id))) return { ok: false, problem: 'unknown' };
  if (departmentIds.length < COMPARISON_LIMITS.min) return { ok: false, problem: 'tooFew' };
  if (departmentIds.length > COMPARISON_LIMITS.max) return { ok: false, problem: 'tooMany' };
  return { ok: true, departmentIds };
}
