/** Small histories that hold the figures over person means to the rule. */
import type { History } from './random-history';

const answers = (...persons: number[]) =>
  persons.map((person) => ({ type: 'answer' as const, person, score: 1 + (person % 5) }));

/**
 * Department 1 holds team 1 (persons 1–4) and team 2 (persons 5–7); k = 3. Everyone answers the
 * pulse of Monday 16 February; person 4 then moves to team 2 and everyone answers the pulse of
 * Wednesday 18 February. Both pulses lie in week 8, February and Q1, so each team's cells and the
 * department's hold the same answers in every kind. A person mean keyed by person alone would mix
 * person 4's two answers in the department's cells, and the department minus its two teams would be
 * person 4's mean minus their two answers; keyed by person and team, the department's sums are the
 * sums of its teams'.
 */
export const teamMoveHistory: History = {
  startDay: 0,
  organisation: {
    departmentParents: [null],
    teams: [
      { department: 1, size: 4, participation: 1 },
      { department: 1, size: 3, participation: 1 },
    ],
  },
  minGroupSize: 3,
  commentMinGroupSize: 10,
  events: [
    { type: 'open', gapDays: 0 },
    ...answers(1, 2, 3, 4, 5, 6, 7),
    { type: 'move-person', person: 4, team: 2 },
    { type: 'open', gapDays: 2 },
    ...answers(1, 2, 3, 4, 5, 6, 7),
  ],
};

/**
 * As teamMoveHistory, with three movers: department 1 holds team 1 (persons 1–6) and team 2
 * (persons 7–9); k = 3. Everyone answers the pulse of Monday 16 February (week 8); persons 4–6 then
 * move to team 2 and everyone answers the pulse of Monday 23 February (week 9). In each team's
 * February the movers' one answer there is as many people as the rest of the team's answers to that
 * pulse, so the rule serves every February, and the department's holds persons 4–6 in both teams.
 */
export const groupMoveHistory: History = {
  startDay: 0,
  organisation: {
    departmentParents: [null],
    teams: [
      { department: 1, size: 6, participation: 1 },
      { department: 1, size: 3, participation: 1 },
    ],
  },
  minGroupSize: 3,
  commentMinGroupSize: 10,
  events: [
    { type: 'open', gapDays: 0 },
    ...answers(1, 2, 3, 4, 5, 6, 7, 8, 9),
    ...[4, 5, 6].map((person) => ({ type: 'move-person' as const, person, team: 2 })),
    { type: 'open', gapDays: 7 },
    ...answers(1, 2, 3, 4, 5, 6, 7, 8, 9),
  ],
};

/**
 * One team of 5, k = 3: persons 1–3 answer the pulse of week 8, persons 3–5 the pulse of week 9,
 * both in February. Person 3's mean in the month is over two answers, everyone else's is their one
 * answer, which their week's counts sum too: the month's person means minus its weeks' counts is
 * person 3's mean of two answers minus their two answers.
 */
export const monthOfWeeksHistory: History = {
  startDay: 0,
  organisation: { departmentParents: [null], teams: [{ department: 1, size: 5, participation: 1 }] },
  minGroupSize: 3,
  commentMinGroupSize: 10,
  events: [{ type: 'open', gapDays: 0 }, ...answers(1, 2, 3), { type: 'open', gapDays: 7 }, ...answers(3, 4, 5)],
};

/**
 * Department 1 holds team 1 (persons 1–5) and team 2 (persons 6–9); k = 3. Persons 1–3 and team 2
 * answer the pulse of Monday 30 March (week 14, March, Q1), persons 3–5 and team 2 the pulse of
 * Monday 6 April (week 15, April, Q2). Every cell of April has person means, and so does the one
 * before it. The overlap of the department's April with its March holds 5 pairs and team 2's 4,
 * both at least k; team 1's holds person 3 alone. Were the overlap sums served, the department's
 * minus team 2's would be person 3's means now and before, and the department's April minus its
 * overlap the means of persons 4 and 5, who joined.
 */
export const departmentOverlapHistory: History = {
  startDay: 42,
  organisation: {
    departmentParents: [null],
    teams: [
      { department: 1, size: 5, participation: 1 },
      { department: 1, size: 4, participation: 1 },
    ],
  },
  minGroupSize: 3,
  commentMinGroupSize: 10,
  events: [
    { type: 'open', gapDays: 0 },
    ...answers(1, 2, 3, 6, 7, 8, 9),
    { type: 'open', gapDays: 7 },
    ...answers(3, 4, 5, 6, 7, 8, 9),
  ],
};
