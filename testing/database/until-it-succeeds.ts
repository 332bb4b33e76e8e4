/**
 * Runs `work` every 200 ms until it succeeds, for at most `withinMs`; `onFailure` sees each failure on
 * the way (to assert what kind it is). The last failure is thrown when time runs out.
 */
export async function untilItSucceeds<T>(
  work: () => Promise<T>,
  withinMs: number,
  onFailure: (error: unknown) => void = () => {},
): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      onFailure(error);
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
