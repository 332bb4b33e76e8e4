import { describe, expect, it } from 'vitest';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import type { TeamTrends } from '@/lib/domain/reports/team-trends';
import { teamMonthAlerts } from './team-month-alerts';

const shown = (period: string, change: number | null, significant: boolean): ReportCell => ({
  period,
  n: 9,
  score: 60,
  favourable: 55,
  ciLow: 50,
  ciHigh: 70,
  change,
  evidence: null,
  significant,
  suppressed: false,
  hidden: null,
  heldBack: false,
});
const hidden = (period: string): ReportCell => ({
  ...shown(period, null, false),
  n: null,
  score: null,
  favourable: null,
  ciLow: null,
  ciHigh: null,
  suppressed: true,
  hidden: 'too-few',
});

function trends(newest: (line: 1 | 2 | 3 | 4) => ReportCell): TeamTrends {
  return {
    teamId: 7,
    period: 'month',
    pending: null,
    lines: ([1, 2, 3, 4] as const).map((line) => ({ line, points: [shown('2026-10', null, false), newest(line)] })),
    connection: { points: [shown('2026-10', null, false), shown('2026-11', null, false)] },
    comparisons: [],
  };
}

describe('what a newly published month tells a team’s leaders', () => {
  it('says the results are published, with a link to the team page at the month', () => {
    expect(
      teamMonthAlerts(
        trends(() => shown('2026-11', 1, false)),
        '2026-11',
        false,
      ),
    ).toEqual([
      {
        kind: 'published',
        teamId: 7,
        period: '2026-11',
        line: null,
        key: 'published:7:month:2026-11:',
        link: '/team/7?period=month&at=2026-11',
      },
    ]);
  });

  it('alerts a drop only for a fall the view flags as significant, never for an unflagged fall or a flagged rise', () => {
    const alerts = teamMonthAlerts(
      trends((line) =>
        line === 1
          ? shown('2026-11', -9, true)
          : line === 2
            ? shown('2026-11', -12, false)
            : line === 3
              ? shown('2026-11', 8, true)
              : shown('2026-11', null, false),
      ),
      '2026-11',
      false,
    );
    expect(alerts.filter((alert) => alert.kind === 'drop').map((alert) => alert.line)).toEqual([1]);
  });

  it('alerts the comments only when the month shows them', () => {
    const kinds = (comments: boolean) =>
      teamMonthAlerts(
        trends(() => shown('2026-11', 0, false)),
        '2026-11',
        comments,
      ).map((alert) => alert.kind);
    expect(kinds(true)).toEqual(['published', 'comments']);
    expect(kinds(false)).toEqual(['published']);
  });

  it('says nothing about a month whose results are hidden', () => {
    expect(
      teamMonthAlerts(
        trends(() => hidden('2026-11')),
        '2026-11',
        true,
      ),
    ).toEqual([]);
    expect(
      teamMonthAlerts(
        trends(() => shown('2026-11', 0, false)),
        '2026-12',
        true,
      ),
    ).toEqual([]);
  });
});
