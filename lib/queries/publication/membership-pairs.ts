/**
 * Membership pairs as SQL aggregates them into one string ('atom cell;atom cell;…'): one string
 * crosses the wire and parses far faster than a row per pair. Atom ids (atomId), cell keys
 * (publishedCellKey) and question figure keys (questionFigureKey) hold neither a space nor a ';'.
 */
export function membershipPairs(aggregated: string | null): [string, string][] {
  if (!aggregated) return [];
  return aggregated.split(';').map((pair) => pair.split(' ') as [string, string]);
}
