import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { lineStatistics, type LineStatistics } from './line-statistics';
import { summarisePersonMeans } from './person-means';
import { countsFromScores, EMPTY_COUNTS } from './score-counts';

const toScore = (mean: number) => ((mean - 1) / 4) * 100;
const clamp = (score: number) => Math.min(100, Math.max(0, score));

/** Each person's answers on the line in the period. */
type AnswersByPerson = number[][];

/** The statistics the app computes: counts of all answers, and the summary of each person's mean. */
function statisticsOf(people: AnswersByPerson): LineStatistics | null {
  return lineStatistics(
    countsFromScores(people.flat()),
    summarisePersonMeans(people.map((answers) => jStat.mean(answers))),
    people.length,
  );
}

/** The same computed by hand from the raw answers with jStat: the people are the sample. */
function reference(people: AnswersByPerson) {
  const means = people.map((answers) => jStat.mean(answers));
  const mean = jStat.mean(means);
  const sd = means.length < 2 ? null : jStat.stdev(means, true);
  const margin = sd === null ? null : jStat.studentt.inv(0.975, means.length - 1) * (sd / Math.sqrt(means.length));
  return {
    method: 'person-means',
    people: means.length,
    answers: people.flat().length,
    mean,
    score: toScore(mean),
    favourable: (people.flat().filter((answer) => answer >= 4).length / people.flat().length) * 100,
    sd,
    ciLow: margin === null ? null : clamp(toScore(mean - margin)),
    ciHigh: margin === null ? null : clamp(toScore(mean + margin)),
  };
}

function expectMatchesReference(people: AnswersByPerson) {
  const statistics = statisticsOf(people);
  const expected = reference(people);
  expect(statistics).toMatchObject({ people: expected.people, answers: expected.answers });
  expect(statistics?.mean).toBeCloseTo(expected.mean, 12);
  expect(statistics?.score).toBeCloseTo(expected.score, 10);
  expect(statistics?.favourable).toBeCloseTo(expected.favourable, 10);
  if (expected.sd === null) {
    expect(statistics).toMatchObject({ sd: null, ciLow: null, ciHigh: null });
    return;
  }
  expect(statistics?.sd).toBeCloseTo(expected.sd, 12);
  // jStat's t quantile is itself only accurate to about 1e-8 relative; stdlib's is the sharper one.
  expect(statistics?.ciLow).toBeCloseTo(expected.ciLow ?? Number.NaN, 5);
  expect(statistics?.ciHigh).toBeCloseTo(expected.ciHigh ?? Number.NaN, 5);
}

const CASES: { name: string; people: AnswersByPerson }[] = [
  { name: 'one person', people: [[2, 4, 5]] },
  { name: 'two people', people: [[2, 3], [4]] },
  { name: 'one answer each', people: [[5], [3], [4], [4], [2], [5], [4], [3], [1], [4]] },
  {
    name: 'two items on every pulse of a month',
    people: [
      [4, 5, 4, 3, 3, 4, 2, 3],
      [2, 5, 5, 4, 4, 4, 3, 3],
      [3, 3, 4, 4, 5, 5, 4, 4],
    ],
  },
  {
    name: 'some pulses answered, some not',
    people: [[4, 5, 4, 3, 3, 4, 2, 3], [2, 5], [5, 5, 5, 4], [1, 2, 2, 1, 3, 2], [4]],
  },
  {
    name: 'large n',
    people: Array.from({ length: 2000 }, (_, person) =>
      Array.from({ length: 1 + (person % 8) }, (_, answer) => (((person * 7 + answer * 3) % 11) % 5) + 1),
    ),
  },
];

describe('lineStatistics', () => {
  it('is null without answers', () => {
    expect(lineStatistics(EMPTY_COUNTS, null, 0)).toBeNull();
    expect(lineStatistics(EMPTY_COUNTS, summarisePersonMeans([]), 0)).toBeNull();
  });

  it.each(CASES)('matches jStat on the person means for $name', ({ people }) => {
    expectMatchesReference(people);
  });

  it('matches jStat on the person means for any group', () => {
    const person = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 });
    fc.assert(fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), expectMatchesReference));
  });

  it('averages people, not answers, when people answered different numbers of pulses', () => {
    const people = [
      [5, 5, 5, 5, 5, 5, 5, 5],
      [1, 1],
    ];
    expect(statisticsOf(people)).toMatchObject({ people: 2, answers: 10, mean: 3, score: 50, favourable: 80 });
    expect(jStat.mean(people.flat())).toBe(4.2);
  });

  it('gives a zero-width interval when every person has the same mean', () => {
    expect(statisticsOf([[4, 4], [3, 5], [4], [5, 3, 4, 4]])).toMatchObject({ mean: 4, sd: 0, ciLow: 75, ciHigh: 75 });
  });

  it('has no spread or interval for a single person, however many answers', () => {
    expect(statisticsOf([[1, 5, 3, 2, 4]])).toMatchObject({
      people: 1,
      answers: 5,
      mean: 3,
      sd: null,
      ciLow: null,
      ciHigh: null,
    });
  });

  it('clamps the interval to 0–100', () => {
    const high = [
      [5, 5],
      [5, 4],
    ];
    expect(
      toScore(jStat.mean([5, 4.5]) + (jStat.studentt.inv(0.975, 1) * jStat.stdev([5, 4.5], true)) / Math.sqrt(2)),
    ).toBeGreaterThan(100);
    expect(statisticsOf(high)?.ciHigh).toBe(100);
    expect(
      statisticsOf([
        [1, 1],
        [1, 2],
      ])?.ciLow,
    ).toBe(0);
  });

  it('without person means works from the answers, with the respondents as the sample size', () => {
    const answers = [5, 4, 3, 4, 1, 5];
    const margin = jStat.studentt.inv(0.975, 2) * (jStat.stdev(answers, true) / Math.sqrt(3));
    const statistics = lineStatistics(countsFromScores(answers), null, 3)!;
    expect(statistics).toMatchObject({
      method: 'answers',
      people: 3,
      answers: 6,
      mean: 11 / 3,
      score: toScore(11 / 3),
      favourable: (4 / 6) * 100,
    });
    expect(statistics.sd).toBeCloseTo(jStat.stdev(answers, true), 12);
    expect(statistics.ciLow).toBeCloseTo(clamp(toScore(11 / 3 - margin)), 9);
    expect(statistics.ciHigh).toBeCloseTo(clamp(toScore(11 / 3 + margin)), 9);
    expect(lineStatistics(countsFromScores([1, 1]), null, 1)).toMatchObject({ score: 0, favourable: 0, ciLow: null });
  });

  it.each([0, 1.5, 4])('refuses %s respondents for 3 answers without person means', (respondents) => {
    expect(() => lineStatistics(countsFromScores([1, 2, 3]), null, respondents)).toThrow(RangeError);
  });
});
