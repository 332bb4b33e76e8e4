import ttest from '@stdlib/stats-ttest';
import ttest2 from '@stdlib/stats-ttest2';
import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { comparisonTest } from './comparison-test';
import { connectionChangeTest } from './connection-change-test';
import { type ConnectionStatistics, connectionStatistics } from './connection-score';
import { lineStatistics } from './line-statistics';
import { summariseOverlap, summarisePersonMeans } from './person-means';
import { countsFromScores } from './score-counts';

/** One person's answers in a period: per line, the 1–5 answers they gave. */
type Person = number[][];

const toScore = (mean: number) => ((mean - 1) / 4) * 100;
const meanOf = (values: readonly number[]) => jStat.mean(values);
const composite = (person: Person) => meanOf(person.map(meanOf));

/** What the publication would hold for a group, computed from the raw answers here. */
function group(people: readonly Person[]) {
  const lines = [0, 1, 2, 3].map((line) =>
    lineStatistics(
      countsFromScores(people.flatMap((person) => person[line]!)),
      summarisePersonMeans(people.map((person) => meanOf(person[line]!))),
      people.length,
    ),
  );
  return { lines, composites: people.map(composite) };
}

const statisticsOf = (people: readonly Person[], withComposite = true): ConnectionStatistics => {
  const { lines, composites } = group(people);
  return connectionStatistics(lines, withComposite ? summarisePersonMeans(composites) : null)!;
};

const answer = fc.integer({ min: 1, max: 5 });
/** Everyone answers every line with one to three items. */
const person = fc.array(fc.array(answer, { minLength: 1, maxLength: 3 }), { minLength: 4, maxLength: 4 });
const people = fc.array(person, { minLength: 5, maxLength: 25 });
const hasSpread = (values: readonly number[]) => Math.max(...values) - Math.min(...values) > 1e-9;

describe('the connection score', () => {
  it('is the mean of the four line scores, its interval the t interval of the composite person means (stdlib ttest)', () => {
    fc.assert(
      fc.property(people, (group) => {
        const composites = group.map(composite);
        fc.pre(hasSpread(composites));
        const score = statisticsOf(group);
        const lineScores = [0, 1, 2, 3].map((line) => toScore(meanOf(group.map((person) => meanOf(person[line]!)))));
        expect(score.score).toBeCloseTo(meanOf(lineScores), 9);
        const reference = ttest(composites, { alpha: 0.05 });
        expect(score.method).toBe('person-means');
        expect(score.people).toBe(group.length);
        expect(score.ciLow).toBeCloseTo(Math.max(0, toScore(reference.ci[0]!)), 9);
        expect(score.ciHigh).toBeCloseTo(Math.min(100, toScore(reference.ci[1]!)), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('without composite person means, bounds the interval: never narrower than the composite one', () => {
    fc.assert(
      fc.property(people, (group) => {
        const composites = group.map(composite);
        fc.pre(hasSpread(composites));
        const bound = statisticsOf(group, false);
        const reference = ttest(composites, { alpha: 0.05 });
        expect(bound.method).toBe('bound');
        expect(bound.score).toBeCloseTo(toScore(meanOf(composites)), 9);
        expect(bound.ciLow!).toBeLessThanOrEqual(Math.max(0, toScore(reference.ci[0]!)) + 1e-9);
        expect(bound.ciHigh!).toBeGreaterThanOrEqual(Math.min(100, toScore(reference.ci[1]!)) - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('is not given unless all four lines are shown', () => {
    const { lines, composites } = group([
      [[4], [3], [5], [2]],
      [[3], [3], [4], [2]],
    ]);
    expect(connectionStatistics([lines[0]!, lines[1]!, lines[2]!, null], summarisePersonMeans(composites))).toBeNull();
  });
});

describe('the connection score’s change', () => {
  it('is the paired t-test on the composite person means when everyone answered both periods (stdlib ttest)', () => {
    fc.assert(
      fc.property(
        people.chain((now) =>
          fc.tuple(fc.constant(now), fc.array(person, { minLength: now.length, maxLength: now.length })),
        ),
        ([now, before]) => {
          const [x, y] = [now.map(composite), before.map(composite)];
          fc.pre(hasSpread(x.map((value, index) => value - y[index]!)) && hasSpread(x) && hasSpread(y));
          const result = connectionChangeTest(
            { statistics: statisticsOf(now), composite: summarisePersonMeans(x) },
            { statistics: statisticsOf(before), composite: summarisePersonMeans(y) },
            summariseOverlap(x.map((value, index) => [value, y[index]!] as const)),
          )!;
          const reference = ttest(x, y);
          expect(result.method).toBe('overlapping');
          expect(result.p).toBeCloseTo(reference.pValue, 9);
          expect(result.df).toBeCloseTo(reference.df, 9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('without composites, is never more certain than Welch’s test on them (different people, stdlib ttest2)', () => {
    fc.assert(
      fc.property(people, people, (now, before) => {
        const [x, y] = [now.map(composite), before.map(composite)];
        fc.pre(hasSpread(x) && hasSpread(y));
        const bound = connectionChangeTest(
          { statistics: statisticsOf(now, false), composite: null },
          { statistics: statisticsOf(before, false), composite: null },
          null,
        )!;
        expect(bound.method).toBe('bound');
        expect(bound.p).toBeGreaterThanOrEqual(ttest2(x, y, { variance: 'unequal' }).pValue - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a comparison with a larger group', () => {
  it('is Welch’s test on the two cells’ composite person means (stdlib ttest2)', () => {
    fc.assert(
      fc.property(people, people, (team, rest) => {
        const department = [...team, ...rest];
        const [x, y] = [team.map(composite), department.map(composite)];
        fc.pre(hasSpread(x) && hasSpread(y));
        const result = comparisonTest(statisticsOf(team).sample, statisticsOf(department).sample)!;
        const reference = ttest2(x, y, { variance: 'unequal' });
        expect(result.p).toBeCloseTo(reference.pValue, 9);
        expect(result.t).toBeCloseTo(reference.statistic, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('is not made where either cell has no sample', () => {
    expect(comparisonTest(null, { mean: 3, variance: 1, n: 10 })).toBeNull();
  });
});
