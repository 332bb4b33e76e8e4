/** The value below which `fraction` of the samples fall (nearest rank); NaN for no samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** Rounded to `digits` decimals, for reports. */
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Milliseconds a call takes, `runs` times (at least once) after an unmeasured warm-up unless `warmUp` is false; returns the samples and the last result. */
export async function timeRuns<T>(
  runs: number,
  call: () => Promise<T>,
  warmUp = true,
): Promise<{ samples: number[]; result: T }> {
  if (warmUp) await call();
  const samples: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < Math.max(1, runs); run++) {
    const started = performance.now();
    result = await call();
    samples.push(performance.now() - started);
  }
  return { samples, result: result as T };
}
