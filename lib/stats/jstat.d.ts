/** The part of jStat (dev dependency, no bundled types) that the statistics tests compare against. */
declare module 'jstat' {
  interface JStat {
    mean(values: readonly number[]): number;
    median(values: readonly number[]): number;
    /** `sample: true` divides by n - 1. */
    variance(values: readonly number[], sample?: boolean): number;
    stdev(values: readonly number[], sample?: boolean): number;
    studentt: { inv(p: number, dof: number): number };
  }
  const jStat: JStat;
  export = jStat;
}
