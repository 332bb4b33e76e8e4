import type { LargeSizes } from './large-types';

/** The brief's target organisation: 20,000 employees in 500 teams answering weekly for two years. */
export const LARGE_DEFAULTS: LargeSizes = { employees: 20_000, teams: 500, weeks: 104 };

/** Sizes from command-line strings, each a positive whole number. */
export function parseSizes(values: { employees?: string; teams?: string; weeks?: string }): LargeSizes {
  const parse = (name: keyof LargeSizes) => {
    const raw = values[name];
    const value = raw === undefined ? LARGE_DEFAULTS[name] : Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, got ${raw}`);
    return value;
  };
  return { employees: parse('employees'), teams: parse('teams'), weeks: parse('weeks') };
}
