import type { History } from './random-history';

/**
 * Pulse 1 opens on 31 March (week 14, March, Q1), pulse 2 on 3 April (week 14 too, but April, Q2).
 * Q1, March and week 14 are decided; retention then deletes March's answers while April is still
 * open. Read from the raw answers as the server reads them, team 3's pulse-1 atom then had no
 * people, and deciding April took pulse 2's atom out of its week-14 group: team 3's week 14 minus
 * its April gave away 2 people. An atom whose people can no longer be counted now never lets its
 * group be split. Found by the property test with the server's way of reading people, shrunk.
 */
export const retentionStraddleHistory: History = {
  startDay: 43,
  organisation: {
    departmentParents: [null],
    teams: [
      { department: 1, size: 13, participation: 0.5745286287822043 },
      { department: 1, size: 6, participation: 0.24211246292599736 },
      { department: 1, size: 6, participation: 0.2291147333694747 },
      { department: 1, size: 15, participation: 0.225650577277121 },
      { department: 1, size: 1, participation: 0.33681464413338935 },
      { department: 1, size: 1, participation: 0.16198133963590922 },
    ],
  },
  minGroupSize: 3,
  commentMinGroupSize: 3,
  events: [
    { type: 'open', gapDays: 2 },
    { type: 'answers', hours: 1, seed: 600210031 },
    { type: 'publish' },
    { type: 'open', gapDays: 3 },
    { type: 'answers', hours: 1, seed: 137368430 },
    { type: 'open', gapDays: 3 },
    { type: 'publish' },
    { type: 'open', gapDays: 2 },
    { type: 'retention' },
    { type: 'answers', hours: 1, seed: 0 },
  ],
};
