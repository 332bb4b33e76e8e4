/** A person's current, open stay in a team. */
export interface OpenStay {
  id: number;
  teamId: number;
  /** 'YYYY-MM-DD' */
  validFrom: string;
}

export type TeamMove =
  | { kind: 'unchanged' }
  /** No current team: a stay opens on the date. */
  | { kind: 'join' }
  /** The current stay began that same day: it is corrected to the new team, as it covered no earlier pulse day. */
  | { kind: 'correct'; stayId: number }
  /** The current stay closes on the date (valid_to) and a new one opens (valid_from), so history is kept. */
  | { kind: 'close-and-open'; stayId: number }
  | { kind: 'refused'; reason: 'moveBeforeCurrentTeam' | 'moveInFuture' };

/**
 * How a move to `targetTeamId` (null: a team that does not exist yet) on `date` changes the team
 * history. Dates are 'YYYY-MM-DD' strings, which compare in calendar order.
 */
export function planTeamMove(
  openStay: OpenStay | null,
  targetTeamId: number | null,
  date: string,
  today: string,
): TeamMove {
  if (openStay && openStay.teamId === targetTeamId) return { kind: 'unchanged' };
  if (date > today) return { kind: 'refused', reason: 'moveInFuture' };
  if (!openStay) return { kind: 'join' };
  if (date < openStay.validFrom) return { kind: 'refused', reason: 'moveBeforeCurrentTeam' };
  if (date === openStay.validFrom) return { kind: 'correct', stayId: openStay.id };
  return { kind: 'close-and-open', stayId: openStay.id };
}
