/** A response to one pulse moving from the team it counted in (`before`) to the one it counts in now (`after`); null = absent. */
export interface ResponseChange {
  pulseId: number;
  before: number | null;
  after: number | null;
}

export interface TeamPulseDelta {
  team_id: number;
  pulse_id: number;
  respondents: number;
}

/**
 * The signed changes a response change makes to the respondents per team per pulse: none for a
 * revision in the same team, −1 and +1 for one that now counts in another team. Computed under
 * the person's advisory lock, they are exact and may be applied in any order.
 */
export function teamPulseDeltas({ pulseId, before, after }: ResponseChange): TeamPulseDelta[] {
  const deltas = new Map<number, number>();
  if (before !== null) deltas.set(before, (deltas.get(before) ?? 0) - 1);
  if (after !== null) deltas.set(after, (deltas.get(after) ?? 0) + 1);
  return [...deltas]
    .filter(([, delta]) => delta !== 0)
    .map(([teamId, respondents]) => ({ team_id: teamId, pulse_id: pulseId, respondents }));
}
