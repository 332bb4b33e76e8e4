/** A stay in a team, from valid_from up to (not including) valid_to, as 'YYYY-MM-DD'. */
interface Stay {
  personId: number;
  teamId: number;
  validFrom: string;
  validTo: string | null;
}

/** The members of every team on a date, teams in the order their first member appears among the stays. */
export function membersByTeamOn(stays: readonly Stay[], date: string): Map<number, number[]> {
  const byTeam = new Map<number, number[]>();
  for (const stay of stays) {
    if (stay.validFrom > date || (stay.validTo !== null && stay.validTo <= date)) continue;
    const members = byTeam.get(stay.teamId);
    if (members) members.push(stay.personId);
    else byTeam.set(stay.teamId, [stay.personId]);
  }
  return byTeam;
}
