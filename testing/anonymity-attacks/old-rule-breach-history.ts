import type { History } from './random-history';

const answers = (...persons: number[]) =>
  persons.map((person) => ({ type: 'answer' as const, person, score: 1 + (person % 5) }));

/**
 * The history on which the old rule (blocks of each pulse, worked out again on every read from
 * the month's answers so far) gave away one person. Department 1 holds team 1 (person 1), team 2
 * (persons 2–5) and team 3 (persons 6–8); k = 3. In the pulse of week 8, 1, 4 and 3 people answer.
 * When week 8 is over, the old rule pooled team 1 with the smallest team, team 3, and served the
 * department's week 8 beside team 2's week 8. Then person 2 answers the next pulse, still in
 * February: team 2 is now small in the month, so the old rule prefers it as team 1's partner and
 * serves team 3's week 8 instead. Department week 8 − team 2's week 8 (the view before) − team 3's
 * week 8 (the view after) is person 1's answer. Found by the property test, shrunk by hand.
 */
export const oldRuleBreachHistory: History = {
  startDay: 0,
  organisation: {
    departmentParents: [null],
    teams: [
      { department: 1, size: 1, participation: 1 },
      { department: 1, size: 4, participation: 1 },
      { department: 1, size: 3, participation: 1 },
    ],
  },
  minGroupSize: 3,
  commentMinGroupSize: 10,
  events: [
    { type: 'open', gapDays: 0 },
    ...answers(1, 2, 3, 4, 5, 6, 7, 8),
    { type: 'open', gapDays: 7 },
    ...answers(2),
    { type: 'publish' },
  ],
};
