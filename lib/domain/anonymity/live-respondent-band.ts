/**
 * The open pulse's respondents as a leader may see them: rounded down to a multiple of k, and
 * nothing below k. Taken once an hour, the figure moves in steps of k, so neither watching it nor
 * subtracting one team's figure from another's tells that one particular person answered.
 */
export function liveRespondentBand(respondents: number, k: number): number | null {
  if (respondents < k) return null;
  return Math.floor(respondents / k) * k;
}
