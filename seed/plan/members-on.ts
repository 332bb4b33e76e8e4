/** A stay in a team, from valid_from up to (not including) valid_to, as 'YYYY-MM-DD'. */
interface Stay<Team, Person> {
  validFrom: string;
  validTo: string | null;
  team: Team;
  person: Person;
}

/** The members of every team on a date, teams in the order their first member appears among the stays. */
export function membersByTeamOn<Team, Person>(stays: Iterable<Stay<Team, Person>>, date: string): Map<Team, Person[]> {
  const byTeam = new Map<Team, Person[]>();
  for (const stay of stays) {
    if (stay.validFrom > date || (stay.validTo !== null && stay.validTo <= date)) continue;
    const members = byTeam.get(stay.team);
    if (members) members.push(stay.person);
    else byTeam.set(stay.team, [stay.person]);
  }
  return byTeam;
}
