import { addDays, toDateString } from '../plan/dates';
import { FIRST_NAMES, LAST_NAMES, demoEmail } from './demo-names';
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_SMALL_TEAM, DEMO_TEAM_A, DEMO_TEAM_B } from './demo-structure';
import type { DemoPlan, PlannedMembership, PlannedPerson, PlannedPulse } from '../plan/plan-types';
import type { Random } from '../plan/random';

const TEAM_SWITCHERS = 10;
const ENGLISH_SHARE = 0.15;
/** Teams whose membership never changes: their sizes matter to the demo. */
const FIXED_TEAMS: readonly string[] = [DEMO_TEAM_A, DEMO_TEAM_B, DEMO_SMALL_TEAM];

type Organisation = Omit<DemoPlan, 'pulses' | 'responses'>;

/** Departments, teams and people with their team history, leaders and heads. */
export function planOrganisation(random: Random, today: Date, pulses: readonly PlannedPulse[]): Organisation {
  const accounts = Object.values(DEMO_ACCOUNTS);
  const departments = DEMO_DEPARTMENTS.map(({ name, parent }) => ({ name, parent }));
  const teams = DEMO_DEPARTMENTS.flatMap((department) =>
    department.teams.map((team) => ({ name: team.name, department: department.name })),
  );

  const people: PlannedPerson[] = accounts.map(({ email, name, roles }) => ({
    email,
    name,
    locale: 'nl',
    roles: [...roles],
  }));
  // Emails and display names already given, so that no generated person doubles a demo account.
  const taken = new Set(accounts.flatMap((account) => [account.email, account.name]));
  const memberships: PlannedMembership[] = [];
  const generatedMembers = new Map<string, string[]>();

  for (const department of DEMO_DEPARTMENTS) {
    for (const team of department.teams) {
      const accountMembers = accounts.filter((account) => account.team === team.name).map((account) => account.email);
      const generated = Array.from({ length: team.size - accountMembers.length }, () => {
        const person = newPerson(random, taken);
        people.push(person);
        return person.email;
      });
      generatedMembers.set(team.name, generated);
      for (const email of [...accountMembers, ...generated]) {
        const joined = addDays(today, -(isAccount(email) ? 365 : joinedDaysAgo(random)));
        memberships.push({ email, team: team.name, validFrom: toDateString(joined), validTo: null });
      }
    }
  }

  const leaders = teams.map(({ name }) => ({
    team: name,
    email:
      accounts.find((account) => account.leads.some((led) => led === name))?.email ?? firstOf(generatedMembers, name),
  }));
  const heads = DEMO_DEPARTMENTS.map((department) => ({
    department: department.name,
    email:
      accounts.find((account) => account.heads.some((headed) => headed === department.name))?.email ??
      generatedLeaderIn(
        leaders,
        department.teams.map((team) => team.name),
      ),
  }));
  const managers = new Set([...leaders.map((l) => l.email), ...heads.map((h) => h.email)]);
  for (const person of people) {
    if (managers.has(person.email) && !person.roles.includes('leader')) person.roles.push('leader');
  }

  switchTeams(
    random,
    memberships,
    pulses,
    managers,
    teams.map((team) => team.name),
  );
  return { departments, teams, people, memberships, leaders, heads };
}

function isAccount(email: string): boolean {
  return Object.values(DEMO_ACCOUNTS).some((account) => account.email === email);
}

/** Most joined about a year ago; some later, but all before the first pulse. */
function joinedDaysAgo(random: Random): number {
  return random.bernoulli(0.85) ? random.int(350, 380) : random.int(190, 340);
}

function newPerson(random: Random, taken: Set<string>): PlannedPerson {
  for (;;) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const email = demoEmail(firstName, lastName);
    const name = `${firstName} ${lastName}`;
    if (taken.has(email) || taken.has(name)) continue;
    taken.add(email).add(name);
    return {
      email,
      name,
      locale: random.bernoulli(ENGLISH_SHARE) ? 'en' : 'nl',
      roles: ['employee'],
    };
  }
}

function firstOf(membersByTeam: Map<string, string[]>, team: string): string {
  const first = membersByTeam.get(team)?.[0];
  if (!first) throw new Error(`team ${team} has no member to lead it`);
  return first;
}

/** The leader of the department's first team that a demo account does not lead. */
function generatedLeaderIn(leaders: { team: string; email: string }[], teams: readonly string[]): string {
  const leader = leaders.find((candidate) => teams.includes(candidate.team) && !isAccount(candidate.email));
  if (!leader) throw new Error(`no leader to head the department of ${teams.join(', ')}`);
  return leader.email;
}

/**
 * Moves a few people (no leaders, heads or demo accounts) to another team midweek between two
 * pulses: the old stay ends on the day the new one starts, so stays never overlap.
 */
function switchTeams(
  random: Random,
  memberships: PlannedMembership[],
  pulses: readonly PlannedPulse[],
  managers: ReadonlySet<string>,
  teamNames: readonly string[],
): void {
  const movable = memberships.filter(
    (stay) => !managers.has(stay.email) && !isAccount(stay.email) && !FIXED_TEAMS.includes(stay.team),
  );
  for (const stay of random.shuffle(movable).slice(0, TEAM_SWITCHERS)) {
    const pulse = pulses[random.int(6, pulses.length - 6)];
    if (!pulse) throw new Error('too few pulses to plan team switches');
    const switchDate = toDateString(addDays(pulse.opensAt, -3));
    const target = random.pick(teamNames.filter((name) => name !== stay.team && !FIXED_TEAMS.includes(name)));
    stay.validTo = switchDate;
    memberships.push({ email: stay.email, team: target, validFrom: switchDate, validTo: null });
  }
}
