/**
 * The latest of `candidates` (oldest first) in which something is shown, else the newest: a page
 * opened just after a period was published, in which a small group's results are held back, shows
 * the last period with results rather than an empty one.
 */
export function latestShownPeriod(candidates: readonly string[], isShown: (label: string) => boolean): string | null {
  return candidates.findLast(isShown) ?? candidates.at(-1) ?? null;
}
