import { describe, expect, it } from 'vitest';
import { buildOrgStructure } from '@/lib/organisation/org-structure';
import { periodLabelsOf } from '@/lib/periods/period-labels';
import { teamUnit } from '@/lib/rollups/units';
import { createCellBook } from './cell-book';
import type { PublishedCell, ReportData } from './report-data';

const shown = (respondents: number, responses: number, invited: number, counts: number[], heldBack = false): PublishedCell => ({
  status: 'shown',
  respondents,
  responses,
  invited,
  heldBack,
  comments: false,
  lines: [1, 2, 3, 4].map(() => counts as unknown as PublishedCell['lines'][number]),
});
const hidden = (status: 'too-few' | 'protecting'): PublishedCell => ({ status, respondents: 0, responses: 0, invited: 0, heldBack: false, comments: false, lines: [] });

const pulses = ['2026-09-07', '2026-10-05', '2026-11-02', '2026-12-01'].map((day, index) => ({ id: index + 1, labels: periodLabelsOf(new Date(`${day}T08:00:00Z`)), closesAt: new Date(`${day}T20:00:00Z`) }));
const data: ReportData = {
  structure: buildOrgStructure([{ id: 1, name: 'D', parentId: null }], [1, 2, 3].map((id) => ({ id, name: `T${id}`, departmentId: 1 }))),
  pulses,
  thresholds: { minGroupSize: 5, commentMinGroupSize: 10 },
  publishedPeriods: new Set(['month|2026-09', 'month|2026-10', 'month|2026-11']),
  cells: new Map([
    ['team:1|month|2026-09', shown(6, 6, 8, [0, 0, 6, 6, 0])],
    ['team:1|month|2026-10', shown(7, 9, 12, [0, 0, 0, 9, 9], true)],
    ['team:2|month|2026-10', hidden('too-few')],
    ['team:3|month|2026-10', hidden('protecting')],
  ]),
};

describe('the cell book', () => {
  it('shows a published cell with its statistics, participation and change against the previous published period', () => {
    const book = createCellBook(data);
    const cell = book.cell(teamUnit(1), 'month', '2026-10', 1);
    expect(cell).toMatchObject({ n: 7, score: 87.5, favourable: 100, suppressed: false, hidden: null, heldBack: true, change: 25 });
    expect(book.participation(teamUnit(1), 'month', '2026-10')).toBe(75);
  });

  it('says why a cell is hidden: too few, protecting a smaller group, or not published yet', () => {
    const book = createCellBook(data);
    expect(book.cell(teamUnit(2), 'month', '2026-10', 1)).toMatchObject({ suppressed: true, hidden: 'too-few', n: null, score: null });
    expect(book.cell(teamUnit(3), 'month', '2026-10', 1)).toMatchObject({ suppressed: true, hidden: 'protecting', n: null });
    expect(book.cell(teamUnit(1), 'month', '2026-11', 1).hidden).toBe('too-few');
    expect(book.cell(teamUnit(1), 'month', '2026-12', 1)).toMatchObject({ suppressed: true, hidden: 'pending' });
    expect(book.participation(teamUnit(3), 'month', '2026-10')).toBeNull();
  });

  it('lists only published periods', () => {
    expect(createCellBook(data).periods('month')).toEqual(['2026-09', '2026-10', '2026-11']);
  });
});
