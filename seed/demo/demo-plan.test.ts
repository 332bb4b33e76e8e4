import { describe, expect, it } from 'vitest';
import { planDemoOrganisation } from './demo-plan';
import {
  DEMO_ACCOUNTS,
  DEMO_DECLINING_DEPARTMENT,
  DEMO_IMPROVING_TEAMS,
  DEMO_INTEGRITY_DROP_PULSE_INDEX,
  DEMO_STABLE_TEAM,
  DEMO_ROLE_DECLINE_LAST_STABLE_INDEX,
  DEMO_TEAM_B,
} from './demo-structure';
import type { PlannedResponse } from '../plan/plan-types';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { QUESTION_BANK } from '../plan/question-bank';

const today = new Date('2026-03-18T10:30:00Z');
const plan = planDemoOrganisation(today);
const latest = plan.pulses.length - 1;
const closed = (index: number) => index < latest;

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const variance = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + (value - mean(values)) ** 2, 0) / (values.length - 1);

function responsesOf(teams: readonly string[], pulses: (index: number) => boolean): PlannedResponse[] {
  return plan.responses.filter((response) => teams.includes(response.team) && pulses(response.pulseIndex));
}

/** Every answer on the line, as the dashboards pool them. */
function scores(teams: readonly string[], line: number, pulses: (index: number) => boolean): number[] {
  return responsesOf(teams, pulses).flatMap((response) =>
    response.answers.filter((answer) => QUESTION_BANK[answer.itemIndex]?.line === line).map((answer) => answer.score),
  );
}

/** Each response's line score (the mean of its items on the line), the unit of a significance test. */
function lineScores(teams: readonly string[], line: number, pulses: (index: number) => boolean): number[] {
  return responsesOf(teams, pulses).map((response) =>
    mean(
      response.answers.filter((answer) => QUESTION_BANK[answer.itemIndex]?.line === line).map((answer) => answer.score),
    ),
  );
}

const between = (from: number, to: number) => (index: number) => index >= from && index <= to;

describe('planDemoOrganisation', () => {
  it('gives the identical plan for the same day', () => {
    expect(planDemoOrganisation(new Date('2026-03-18T23:59:00Z'))).toEqual(plan);
  });

  it('shifts the same plan in time when today moves by whole days', () => {
    const week = 7 * 86_400_000;
    const later = planDemoOrganisation(new Date(today.getTime() + week));
    expect(later.people).toEqual(plan.people);
    const withoutTimes = (responses: PlannedResponse[]) => responses.map(({ submittedAt: _, ...rest }) => rest);
    expect(withoutTimes(later.responses)).toEqual(withoutTimes(plan.responses));
    // Pulses open at 06:00 Brussels time: a week that crosses a change of the clocks moves by an hour more or less.
    const shifts = later.responses.map(
      (response, index) => response.submittedAt.getTime() - plan.responses[index]!.submittedAt.getTime() - week,
    );
    expect(shifts.every((shift) => Math.abs(shift) <= 3_600_000)).toBe(true);
  });

  it('opens and closes every pulse at 06:00 Brussels time, a week apart, also across a change of the clocks', () => {
    const longPlan = planDemoOrganisation(new Date('2026-11-04T10:00:00Z'));
    const hourInBrussels = (moment: Date) =>
      moment.toLocaleTimeString('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' });
    for (const pulse of longPlan.pulses) {
      expect([hourInBrussels(pulse.opensAt), hourInBrussels(pulse.closesAt)]).toEqual(['06:00', '06:00']);
    }
    const acrossOctober = longPlan.pulses.find((pulse) => pulse.opensAt.toISOString() === '2026-10-19T04:00:00.000Z');
    expect(acrossOctober?.closesAt.toISOString()).toBe('2026-10-26T05:00:00.000Z');
    expect(longPlan.pulses.at(-1)?.opensAt.toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('gives unique, lowercase ASCII emails and about 15% English speakers', () => {
    const emails = plan.people.map((person) => person.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z]+(\.[a-z]+)?@demo\.test$/);
    const english = plan.people.filter((person) => person.locale === 'en').length / plan.people.length;
    expect(english).toBeGreaterThan(0.08);
    expect(english).toBeLessThan(0.22);
  });

  it("declines team B's role line: the last 4 closed pulses at least 0.8 below pulses 4-11", () => {
    const early = mean(scores([DEMO_TEAM_B], 2, between(4, 11)));
    const recent = mean(scores([DEMO_TEAM_B], 2, between(latest - 4, latest - 1)));
    expect(early - recent).toBeGreaterThanOrEqual(0.8);
  });

  it("declines team B's role line significantly from the 4 weeks before the decline to 4 weeks after it (Welch)", () => {
    const before = lineScores(
      [DEMO_TEAM_B],
      2,
      between(DEMO_ROLE_DECLINE_LAST_STABLE_INDEX - 3, DEMO_ROLE_DECLINE_LAST_STABLE_INDEX),
    );
    const after = lineScores(
      [DEMO_TEAM_B],
      2,
      between(DEMO_ROLE_DECLINE_LAST_STABLE_INDEX + 6, DEMO_ROLE_DECLINE_LAST_STABLE_INDEX + 9),
    );
    const se2 = variance(before) / before.length + variance(after) / after.length;
    const t = (mean(before) - mean(after)) / Math.sqrt(se2);
    const df =
      se2 ** 2 /
      ((variance(before) / before.length) ** 2 / (before.length - 1) +
        (variance(after) / after.length) ** 2 / (after.length - 1));
    // With at least 40 degrees of freedom the two-sided 5% critical value of t is below 2.03.
    expect(df).toBeGreaterThan(40);
    expect(t).toBeGreaterThan(2.03);
  });

  it('drops integrity (line 4) in the declining department from the drop index on by at least 0.6', () => {
    const departmentTeams = plan.teams
      .filter((team) => team.department === DEMO_DECLINING_DEPARTMENT)
      .map((team) => team.name);
    const before = mean(scores(departmentTeams, 4, (index) => index < DEMO_INTEGRITY_DROP_PULSE_INDEX));
    const after = mean(scores(departmentTeams, 4, (index) => index >= DEMO_INTEGRITY_DROP_PULSE_INDEX));
    expect(before - after).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps the stable team within ±0.4 of its half-year mean, month by month, on every line', () => {
    for (const line of CONNECTION_LINES) {
      const overall = mean(scores([DEMO_STABLE_TEAM], line, closed));
      for (let start = 0; start + 4 <= latest; start += 4) {
        expect(Math.abs(mean(scores([DEMO_STABLE_TEAM], line, between(start, start + 3))) - overall)).toBeLessThan(0.4);
      }
    }
  });

  it('raises the improving teams over the half year', () => {
    for (const team of DEMO_IMPROVING_TEAMS) {
      const first = mean(CONNECTION_LINES.flatMap((line) => scores([team], line, between(0, 7))));
      const last = mean(CONNECTION_LINES.flatMap((line) => scores([team], line, between(latest - 8, latest - 1))));
      expect(last - first).toBeGreaterThan(0.25);
    }
  });

  it('keeps every team between 50% and 95% participation over the closed pulses', () => {
    for (const team of plan.teams) {
      let eligible = 0;
      plan.pulses.slice(0, latest).forEach((pulse) => {
        const date = pulse.opensAt.toISOString().slice(0, 10);
        eligible += plan.memberships.filter(
          (stay) => stay.team === team.name && stay.validFrom <= date && (stay.validTo === null || date < stay.validTo),
        ).length;
      });
      const participation = responsesOf([team.name], closed).length / eligible;
      expect(participation, team.name).toBeGreaterThanOrEqual(0.5);
      expect(participation, team.name).toBeLessThanOrEqual(0.95);
    }
  });

  it('leaves the open pulse partly answered, and unanswered by employee@', () => {
    const open = plan.responses.filter((response) => response.pulseIndex === latest);
    const share = open.length / (plan.people.length - 1);
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
    expect(open.some((response) => response.email === DEMO_ACCOUNTS.employee.email)).toBe(false);
    for (const response of open) expect(response.submittedAt.getTime()).toBeLessThan(today.getTime());
  });

  it('comments on about 5% of responses', () => {
    const share = plan.responses.filter((response) => response.comment !== null).length / plan.responses.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.07);
  });
});
