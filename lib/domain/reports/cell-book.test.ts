import { describe, expect, it } from 'vitest';
import { buildOrgStructure } from '@/lib/domain/organisation/org-structure';
import { periodLabelsOf } from '@/lib/domain/periods/period-labels';
import { teamUnit } from '@/lib/domain/rollups/units';
import { countsFromScores, meanScore, sampleVariance } from '@/lib/domain/stats/score-counts';
import { welchTest } from '@/lib/domain/stats/welch-test';
import { createCellBook } from './cell-book';
import type { PublishedCell, ReportData } from './report-data';

/** A shown cell where each of the respondents gave every item of a line the same answers, `each` their mean. */
const shown = (
  respondents: number,
  responses: number,
  invited: number,
  counts: number[],
  each: number,
  heldBack = false,
  overlap = NO_OVERLAP,
): PublishedCell => ({
  status: 'shown',
  respondents,
  responses,
  invited,
  heldBack,
  comments: false,
  lines: [1, 2, 3, 4].map(() => counts as unknown as PublishedCell['lines'][number]),
  personMeans: [1, 2, 3, 4].map(() => ({
    n: respondents,
    sum: respondents * each,
    sumOfSquares: respondents * each * each,
  })),
  overlap: [1, 2, 3, 4].map(() => overlap),
  connectionPersonMeans: { n: respondents, sum: respondents * each, sumOfSquares: respondents * each * each },
  connectionOverlap: overlap,
});
const NO_OVERLAP = { n: 0, sumNow: 0, sumBefore: 0, sumOfSquaresNow: 0, sumOfSquaresBefore: 0, sumOfProducts: 0 };
const hidden = (status: 'too-few' | 'protecting'): PublishedCell => ({
  status,
  respondents: 0,
  responses: 0,
  invited: 0,
  heldBack: false,
  comments: false,
  lines: [],
  personMeans: null,
  overlap: [],
  connectionPersonMeans: null,
  connectionOverlap: null,
});

const pulses = ['2026-09-07', '2026-10-05', '2026-11-02', '2026-12-01'].map((day, index) => ({
  id: index + 1,
  labels: periodLabelsOf(new Date(`${day}T08:00:00Z`)),
  closesAt: new Date(`${day}T20:00:00Z`),
}));
const data: ReportData = {
  structure: buildOrgStructure(
    [{ id: 1, name: 'D', parentId: null }],
    [1, 2, 3].map((id) => ({ id, name: `T${id}`, departmentId: 1 })),
  ),
  pulses,
  thresholds: { minGroupSize: 5, commentMinGroupSize: 10 },
  publishedPeriods: new Set(['month|2026-09', 'month|2026-10', 'month|2026-11']),
  cells: new Map([
    ['team:1|month|2026-09', shown(6, 6, 8, [0, 0, 6, 6, 0], 3.5)],
    ['team:1|month|2026-10', shown(7, 9, 12, [0, 0, 0, 9, 9], 4.5, true)],
    ['team:2|month|2026-10', hidden('too-few')],
    ['team:3|month|2026-10', hidden('protecting')],
  ]),
};

describe('the cell book', () => {
  it('shows a published cell with its statistics, participation and change against the previous published period', () => {
    const book = createCellBook(data);
    const cell = book.cell(teamUnit(1), 'month', '2026-10', 1);
    expect(cell).toMatchObject({
      n: 7,
      score: 87.5,
      favourable: 100,
      suppressed: false,
      hidden: null,
      heldBack: true,
      change: 25,
    });
    expect(book.participation(teamUnit(1), 'month', '2026-10')).toBe(75);
  });

  it('says why a cell is hidden: too few, protecting a smaller group, or not published yet', () => {
    const book = createCellBook(data);
    expect(book.cell(teamUnit(2), 'month', '2026-10', 1)).toMatchObject({
      suppressed: true,
      hidden: 'too-few',
      n: null,
      score: null,
    });
    expect(book.cell(teamUnit(3), 'month', '2026-10', 1)).toMatchObject({
      suppressed: true,
      hidden: 'protecting',
      n: null,
    });
    expect(book.cell(teamUnit(1), 'month', '2026-11', 1).hidden).toBe('too-few');
    expect(book.cell(teamUnit(1), 'month', '2026-12', 1)).toMatchObject({ suppressed: true, hidden: 'pending' });
    expect(book.participation(teamUnit(3), 'month', '2026-10')).toBeNull();
  });

  it('scores the mean of person means, so a person with more answers weighs no more, and falls back to the answers without them', () => {
    // Two people: one answered 1 twice, the other 5 once: person means 1 and 5, answers' mean 7/3.
    const counts = [2, 0, 0, 0, 1];
    const cell = {
      ...shown(2, 2, 2, counts, 0),
      personMeans: [1, 2, 3, 4].map(() => ({ n: 2, sum: 6, sumOfSquares: 26 })),
    };
    const book = (published: PublishedCell) =>
      createCellBook({ ...data, cells: new Map([['team:1|month|2026-09', published]]) });
    expect(book(cell).cell(teamUnit(1), 'month', '2026-09', 1)).toMatchObject({ score: 50, n: 2 });
    const fallback = book({ ...cell, personMeans: null }).cell(teamUnit(1), 'month', '2026-09', 1);
    expect(fallback).toMatchObject({ score: 33.3, n: 2 });
    // From the answers, with the two respondents as n: 1, 1, 5 have a standard deviation of √(16/3).
    const margin = 12.706204736174707 * (Math.sqrt(16 / 3) / Math.sqrt(2)) * 25;
    expect(fallback.ciHigh).toBe(Math.min(100, Math.round((100 / 3 + margin) * 10) / 10));
  });

  it('tests a change from the answers where either period has no person means', () => {
    const cells = new Map([
      ['team:1|month|2026-09', { ...shown(6, 6, 8, [0, 0, 6, 6, 0], 3.5), personMeans: null }],
      ['team:1|month|2026-10', shown(7, 9, 12, [0, 0, 0, 9, 9], 4.5)],
    ]);
    const answers = (counts: number[], respondents: number) => {
      const scores = countsFromScores(counts.flatMap((count, index) => new Array<number>(count).fill(index + 1)));
      return { mean: meanScore(scores)!, variance: sampleVariance(scores)!, n: respondents };
    };
    const expected = welchTest(answers([0, 0, 0, 9, 9], 7), answers([0, 0, 6, 6, 0], 6))!.p;
    expect(createCellBook({ ...data, cells }).changeP(teamUnit(1), 'month', '2026-10', 1)).toBeCloseTo(expected, 12);
    expect(createCellBook({ ...data, cells }).changeP(teamUnit(1), 'month', '2026-09', 1)).toBeNull();
  });

  it('tests a change with the people in both periods where the publication kept them', () => {
    const spread = (n: number, mean: number, variance: number) => ({
      n,
      sum: n * mean,
      sumOfSquares: (n - 1) * variance + n * mean * mean,
    });
    const before = { ...shown(8, 8, 8, [0, 0, 8, 8, 0], 0), personMeans: [1, 2, 3, 4].map(() => spread(8, 3.5, 0.5)) };
    const now = { ...shown(8, 8, 8, [0, 0, 8, 8, 0], 0), personMeans: [1, 2, 3, 4].map(() => spread(8, 3.3, 0.5)) };
    // The same eight people, each 0.2 lower than before: a steady drop hidden in the spread between people.
    const paired = {
      n: 8,
      sumNow: 8 * 3.3,
      sumBefore: 8 * 3.5,
      sumOfSquaresNow: 7 * 0.5 + 8 * 3.3 * 3.3,
      sumOfSquaresBefore: 7 * 0.5 + 8 * 3.5 * 3.5,
      sumOfProducts: 7 * 0.49 + 8 * 3.3 * 3.5,
    };
    const changeP = (overlap: typeof NO_OVERLAP) =>
      createCellBook({
        ...data,
        cells: new Map([
          ['team:1|month|2026-09', before],
          ['team:1|month|2026-10', { ...now, overlap: [1, 2, 3, 4].map(() => overlap) }],
        ]),
      }).changeP(teamUnit(1), 'month', '2026-10', 1)!;
    expect(changeP(NO_OVERLAP)).toBeGreaterThan(0.4);
    expect(changeP(paired)).toBeLessThan(0.01);
  });

  it('lists only published periods', () => {
    expect(createCellBook(data).periods('month')).toEqual(['2026-09', '2026-10', '2026-11']);
  });
});
