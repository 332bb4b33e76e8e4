import { addDays, toDateString } from '@/seed/plan/dates';
import { FIRST_NAMES, LAST_NAMES, demoEmail } from '@/seed/demo/demo-names';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import type { Random } from '@/seed/plan/random';
import type { PlannedPulse } from '@/seed/plan/plan-types';
import type { LargeMembership, LargeOrganisation, LargePerson } from './large-types';
import type { PlannedStructure } from './plan-structure';

const ENGLISH_SHARE = 0.15;
/** Share of generated people who join during the history rather than before the first pulse. */
const LATE_JOINER_SHARE = 0.06;
/** Share of generated people who move to another team once, midway. */
const MOVER_SHARE = 0.03;

/** The demo accounts first (same emails, names and roles), then generated people to fill every team. */
export function planPeople(
  random: Random,
  structure: PlannedStructure,
  pulses: readonly PlannedPulse[],
): LargeOrganisation {
  const firstPulse = pulses[0];
  if (!firstPulse) throw new Error('the large seed needs at least one pulse');
  const accounts = Object.values(DEMO_ACCOUNTS);
  const people: LargePerson[] = accounts.map((account, index) => ({
    id: index + 1,
    email: account.email,
    name: account.name,
    locale: 'nl',
    roles: [...account.roles],
  }));
  const accountId = (email: string) => accounts.findIndex((account) => account.email === email) + 1;
  const emails = new Emails(accounts.map((account) => account.email));
  const memberships: LargeMembership[] = [];
  const generatedMembers = new Map<number, number[]>();
  const lateJoiners = new Set<number>();

  for (const team of structure.teams) {
    const accountMembers = accounts
      .filter((account) => account.team === team.name)
      .map((account) => accountId(account.email));
    const generated: number[] = [];
    for (let count = accountMembers.length; count < team.size; count++) {
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      const person: LargePerson = {
        id: people.length + 1,
        email: emails.claim(demoEmail(firstName, lastName)),
        name: `${firstName} ${lastName}`,
        locale: random.bernoulli(ENGLISH_SHARE) ? 'en' : 'nl',
        roles: ['employee'],
      };
      people.push(person);
      generated.push(person.id);
    }
    generatedMembers.set(team.id, generated);
    for (const personId of accountMembers) {
      memberships.push({
        id: memberships.length + 1,
        personId,
        teamId: team.id,
        validFrom: toDateString(addDays(firstPulse.opensAt, -365)),
        validTo: null,
      });
    }
    for (const personId of generated) {
      const late = pulses.length > 3 && random.bernoulli(LATE_JOINER_SHARE);
      const joined = late
        ? addDays(random.pick(pulses.slice(1, -1)).opensAt, -random.int(1, 5))
        : addDays(firstPulse.opensAt, -random.int(14, 3650));
      if (late) lateJoiners.add(personId);
      memberships.push({
        id: memberships.length + 1,
        personId,
        teamId: team.id,
        validFrom: toDateString(joined),
        validTo: null,
      });
    }
  }

  const leaders = structure.teams.map((team) => {
    const account = accounts.find((candidate) => candidate.leads.some((led) => led === team.name));
    const personId = account ? accountId(account.email) : generatedMembers.get(team.id)?.[0];
    if (personId === undefined) throw new Error(`team ${team.name} has no member to lead it`);
    return { teamId: team.id, personId };
  });
  const accountIds = new Set(accounts.map((account) => accountId(account.email)));
  const heads = structure.departments.map((department) => {
    const account = accounts.find((candidate) =>
      candidate.heads.some((headed) => structure.demoDepartmentIds.get(headed) === department.id),
    );
    const teamIds = new Set(
      structure.teams.filter((team) => team.departmentId === department.id).map((team) => team.id),
    );
    const leader = leaders.find((candidate) => teamIds.has(candidate.teamId) && !accountIds.has(candidate.personId));
    const personId = account ? accountId(account.email) : leader?.personId;
    if (personId === undefined) throw new Error(`department ${department.name} has no leader to head it`);
    return { departmentId: department.id, personId };
  });
  const managers = new Set([...leaders.map((leader) => leader.personId), ...heads.map((head) => head.personId)]);
  for (const person of people) {
    if (managers.has(person.id) && !person.roles.includes('leader')) person.roles.push('leader');
  }

  moveSome(
    random,
    memberships,
    structure,
    pulses,
    (personId) => !managers.has(personId) && !accountIds.has(personId) && !lateJoiners.has(personId),
  );
  return { departments: structure.departments, teams: structure.teams, people, memberships, leaders, heads };
}

/** Moves a share of people to another team midweek between two pulses: the old stay ends the day the new one starts. */
function moveSome(
  random: Random,
  memberships: LargeMembership[],
  structure: PlannedStructure,
  pulses: readonly PlannedPulse[],
  movable: (personId: number) => boolean,
): void {
  if (pulses.length < 13) return;
  const fixed = new Set(structure.teams.filter((team) => team.fixed).map((team) => team.id));
  const targets = structure.teams.filter((team) => !team.fixed);
  const candidates = memberships.filter((stay) => !fixed.has(stay.teamId) && movable(stay.personId));
  const moverCount = Math.round(candidates.length * MOVER_SHARE);
  for (const stay of random.shuffle(candidates).slice(0, moverCount)) {
    const pulse = pulses[random.int(6, pulses.length - 6)];
    if (!pulse) continue;
    const switchDate = toDateString(addDays(pulse.opensAt, -3));
    const target = random.pick(targets.filter((team) => team.id !== stay.teamId));
    stay.validTo = switchDate;
    memberships.push({
      id: memberships.length + 1,
      personId: stay.personId,
      teamId: target.id,
      validFrom: switchDate,
      validTo: null,
    });
  }
}

/** Hands out unique emails: the second Jan Peeters becomes jan.peeters2@demo.test. */
class Emails {
  private readonly taken: Set<string>;
  private readonly counts = new Map<string, number>();

  constructor(reserved: readonly string[]) {
    this.taken = new Set(reserved);
  }

  claim(base: string): string {
    let email = base;
    for (let n = this.counts.get(base) ?? 1; this.taken.has(email); n++) {
      email = base.replace('@', `${n + 1}@`);
      this.counts.set(base, n + 1);
    }
    this.taken.add(email);
    return email;
  }
}
