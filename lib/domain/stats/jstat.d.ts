/** The part of jStat (dev dependency, no bundled types) that the statistics tests compare against. */
declare module 'jstat' {
  interface JStat {
    mean(values: readonly number[]): number;
    median(values: readonly number[]): number;
    /** `sample: true` divides by n - 1. */
    variance(values: readonly number[], sample?: boolean): number;
    stdev(values: readonly number[], sample?: boolean): number;
    /** Pearson's correlation of two equally long arrays. */
    corrcoeff(a: readonly number[], b: readonly number[]): number;
    studentt: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number };
  }
  const jStat: JStat;
  export = jStat;
}
