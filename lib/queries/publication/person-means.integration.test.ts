import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { answers, publishedCellAtoms, publishedCells, responses, surveyItems } from '@/db/schema';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { createCellBook } from '@/lib/domain/reports/cell-book';
import { loadReportData } from '@/lib/queries/reports/load-report-data';
import { type UnitKey, teamUnit } from '@/lib/domain/rollups/units';
import { summariseOverlap, summarisePersonMeans } from '@/lib/domain/stats/person-means';
import { checkPersonMeans } from './check-person-means';
import { publishDue } from './publish-due';

let database: TestDatabase;
const TODAY = new Date('2026-12-03T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { today: TODAY });
});
afterAll(() => database.destroy());

interface StoredCell {
  unit: UnitKey;
  kind: PeriodKind;
  label: string;
  personMeans: number[];
  overlap: number[];
}

async function storedCells(kind: PeriodKind): Promise<StoredCell[]> {
  const rows = await database.db
    .select({
      unit: publishedCells.unit,
      label: publishedCells.periodLabel,
      personMeans: publishedCells.personMeans,
      overlap: publishedCells.overlap,
    })
    .from(publishedCells)
    .where(and(eq(publishedCells.periodKind, kind), eq(publishedCells.status, 'shown')))
    .orderBy(publishedCells.periodLabel, publishedCells.unit);
  return rows.map((row) => ({
    unit: row.unit as UnitKey,
    kind,
    label: row.label,
    personMeans: row.personMeans ?? [],
    overlap: row.overlap ?? [],
  }));
}

/** Each (person, team)'s mean answer per line over a cell's atoms, then their composite, computed here from the raw rows. */
async function personMeansOfCell(unit: string, kind: PeriodKind, label: string): Promise<Map<string, number>[]> {
  const atoms = await database.db
    .select({ pulseId: publishedCellAtoms.pulseId, teamId: publishedCellAtoms.teamId })
    .from(publishedCellAtoms)
    .where(
      and(
        eq(publishedCellAtoms.unit, unit),
        eq(publishedCellAtoms.periodKind, kind),
        eq(publishedCellAtoms.periodLabel, label),
      ),
    );
  const wanted = new Set(atoms.map((atom) => `${atom.pulseId} ${atom.teamId}`));
  const rows =
    atoms.length === 0
      ? []
      : await database.db
          .select({
            pulseId: responses.pulseId,
            teamId: responses.teamId,
            personId: responses.personId,
            line: surveyItems.line,
            score: answers.score,
          })
          .from(responses)
          .innerJoin(answers, eq(answers.responseId, responses.id))
          .innerJoin(surveyItems, eq(surveyItems.id, answers.itemId))
          .where(inArray(responses.pulseId, [...new Set(atoms.map((atom) => atom.pulseId))]));
  const byLine = [1, 2, 3, 4].map(() => new Map<string, number[]>());
  for (const row of rows) {
    if (!wanted.has(`${row.pulseId} ${row.teamId}`)) continue;
    const key = `${row.personId} ${row.teamId}`;
    const scores = byLine[row.line - 1]!;
    scores.set(key, [...(scores.get(key) ?? []), row.score]);
  }
  const lineMeans = byLine.map(
    (scores) =>
      new Map([...scores].map(([key, list]) => [key, list.reduce((sum, score) => sum + score, 0) / list.length])),
  );
  // The connection score's composite: each (person, team)'s mean of the line means they have.
  const keys = new Set(lineMeans.flatMap((means) => [...means.keys()]));
  const composites = new Map(
    [...keys].map((key) => {
      const means = lineMeans.flatMap((line) => (line.has(key) ? [line.get(key)!] : []));
      return [key, means.reduce((sum, mean) => sum + mean, 0) / means.length];
    }),
  );
  return [...lineMeans, composites];
}

const closeTo = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 9));
};

describe('person means of published cells', () => {
  it('equal, in every month that publishes them, the person means (four lines, then the composite) worked out from the raw answers, and the overlap with the month before where k pairs are in it', async () => {
    const cells = (await storedCells('month')).filter((cell) => cell.personMeans.length > 0);
    expect(cells.length).toBeGreaterThan(50);
    const labels = [...new Set(cells.map((cell) => cell.label))];
    let overlapsKept = 0;
    for (const cell of cells) {
      const now = await personMeansOfCell(cell.unit, 'month', cell.label);
      closeTo(
        cell.personMeans,
        now.flatMap((means) => {
          const { n, sum, sumOfSquares } = summarisePersonMeans([...means.values()]);
          return [n, sum, sumOfSquares];
        }),
      );
      const previous = labels[labels.indexOf(cell.label) - 1];
      const before = previous ? await personMeansOfCell(cell.unit, 'month', previous) : [];
      const expectedOverlap = now.flatMap((means, line) => {
        const pairs = [...means].flatMap(([key, mean]) =>
          before[line]?.has(key) ? [[mean, before[line].get(key)!] as const] : [],
        );
        if (pairs.length < 5) return [0, 0, 0, 0, 0, 0];
        overlapsKept++;
        const o = summariseOverlap(pairs);
        return [o.n, o.sumNow, o.sumBefore, o.sumOfSquaresNow, o.sumOfSquaresBefore, o.sumOfProducts];
      });
      closeTo(cell.overlap, expectedOverlap);
    }
    expect(overlapsKept).toBeGreaterThan(50);
  });

  it('are kept for weeks nowhere, and for most team months and quarters of the demo', async () => {
    const kept = async (kind: PeriodKind) => {
      const cells = (await storedCells(kind)).filter((cell) => cell.unit.startsWith('team:'));
      return cells.filter((cell) => cell.personMeans.length > 0).length / cells.length;
    };
    expect(await kept('week')).toBe(0);
    expect(await kept('month')).toBeGreaterThan(0.5);
    expect(await kept('quarter')).toBeGreaterThan(0.5);
  });

  it('add up over a department’s teams, people who moved within the month counted once in each team', async () => {
    const cells = (await storedCells('month')).filter((cell) => cell.personMeans.length > 0);
    const byKey = new Map(cells.map((cell) => [`${cell.unit}|${cell.label}`, cell]));
    const atomRows = await database.db
      .select()
      .from(publishedCellAtoms)
      .where(eq(publishedCellAtoms.periodKind, 'month'));
    const atomsOf = (unit: string, label: string) =>
      atomRows.filter((atom) => atom.unit === unit && atom.periodLabel === label);
    let compared = 0;
    for (const cell of cells.filter((candidate) => candidate.unit.startsWith('department:'))) {
      const atoms = atomsOf(cell.unit, cell.label);
      const teams = [...new Set(atoms.map((atom) => atom.teamId))];
      // Only where the department holds exactly its teams' own cells.
      const teamCells = teams.map((teamId) => byKey.get(`${teamUnit(teamId)}|${cell.label}`));
      if (
        teamCells.some((teamCell) => !teamCell) ||
        teams.reduce((count, teamId) => count + atomsOf(teamUnit(teamId), cell.label).length, 0) !== atoms.length
      )
        continue;
      closeTo(
        cell.personMeans,
        cell.personMeans.map((_, index) => teamCells.reduce((sum, teamCell) => sum + teamCell!.personMeans[index]!, 0)),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    const [movers] = rowsOf<{ movers: number }>(
      await database.db.execute(sql`
        select count(*)::int as movers from (
          select r.person_id, p.month_label from responses r join pulses p on p.id = r.pulse_id
          group by r.person_id, p.month_label having count(distinct r.team_id) > 1) m`),
    );
    expect(movers!.movers).toBeGreaterThan(0);
  });

  it('are checked against the raw answers, and a tampered sum is reported', async () => {
    expect(await checkPersonMeans(database.db)).toEqual([]);
    const [cell] = (await storedCells('quarter')).filter((candidate) => candidate.personMeans.length > 0);
    const tampered = [...cell!.personMeans];
    tampered[1] = tampered[1]! + 1;
    const where = and(
      eq(publishedCells.unit, cell!.unit),
      eq(publishedCells.periodKind, 'quarter'),
      eq(publishedCells.periodLabel, cell!.label),
    );
    await database.db.update(publishedCells).set({ personMeans: tampered }).where(where);
    expect(await checkPersonMeans(database.db)).toMatchObject([
      { unit: cell!.unit, kind: 'quarter', label: cell!.label, stored: { personMeans: tampered } },
    ]);
    await database.db.update(publishedCells).set({ personMeans: cell!.personMeans }).where(where);
  });

  it('still check, and give a connection score with a wider interval, for a cell filled before the composite was kept', async () => {
    const cell = (await storedCells('month')).find(
      (candidate) => candidate.unit.startsWith('team:') && candidate.personMeans.length === 15,
    )!;
    expect(cell.overlap).toHaveLength(30);
    const connection = async () =>
      createCellBook(await loadReportData(database.db, { kinds: ['month'] })).cell(
        cell.unit,
        'month',
        cell.label,
        'connection',
      );
    const withComposite = await connection();
    const where = and(
      eq(publishedCells.unit, cell.unit),
      eq(publishedCells.periodKind, 'month'),
      eq(publishedCells.periodLabel, cell.label),
    );
    await database.db
      .update(publishedCells)
      .set({ personMeans: cell.personMeans.slice(0, 12), overlap: cell.overlap.slice(0, 24) })
      .where(where);
    expect(await checkPersonMeans(database.db)).toEqual([]);
    const legacy = await connection();
    expect(legacy).toMatchObject({ suppressed: false, score: withComposite.score, n: withComposite.n });
    expect(legacy.ciLow!).toBeLessThanOrEqual(withComposite.ciLow!);
    expect(legacy.ciHigh!).toBeGreaterThanOrEqual(withComposite.ciHigh!);
    expect(legacy.ciHigh! - legacy.ciLow!).toBeGreaterThan(withComposite.ciHigh! - withComposite.ciLow!);
    await database.db.update(publishedCells).set({ personMeans: cell.personMeans, overlap: cell.overlap }).where(where);
  });

  it('are filled for cells published before they were kept, and a cell whose answers are gone is computed from its answers', async () => {
    const team = (await storedCells('month')).find(
      (cell) => cell.unit.startsWith('team:') && cell.personMeans.length > 0,
    )!;
    const before = createCellBook(await loadReportData(database.db, { kinds: ['month'] })).cell(
      team.unit,
      'month',
      team.label,
      1,
    );
    await database.db
      .update(publishedCells)
      .set({ personMeans: null, overlap: null })
      .where(eq(publishedCells.status, 'shown'));
    await publishDue(database.db, { at: TODAY });
    expect(await storedCells('month')).toContainEqual(team);
    expect(
      createCellBook(await loadReportData(database.db, { kinds: ['month'] })).cell(team.unit, 'month', team.label, 1),
    ).toEqual(before);

    const atoms = await database.db
      .select()
      .from(publishedCellAtoms)
      .where(
        and(
          eq(publishedCellAtoms.unit, team.unit),
          eq(publishedCellAtoms.periodKind, 'month'),
          eq(publishedCellAtoms.periodLabel, team.label),
        ),
      );
    await database.db
      .update(publishedCells)
      .set({ personMeans: null, overlap: null })
      .where(and(eq(publishedCells.unit, team.unit), eq(publishedCells.periodLabel, team.label)));
    await database.db
      .delete(responses)
      .where(and(eq(responses.teamId, atoms[0]!.teamId), eq(responses.pulseId, atoms[0]!.pulseId)));
    await publishDue(database.db, { at: TODAY });
    const [emptied] = (await storedCells('month')).filter(
      (cell) => cell.unit === team.unit && cell.label === team.label,
    );
    expect(emptied).toMatchObject({ personMeans: [], overlap: [] });
    const fallback = createCellBook(await loadReportData(database.db, { kinds: ['month'] })).cell(
      team.unit,
      'month',
      team.label,
      1,
    );
    expect(fallback).toMatchObject({ suppressed: false, n: before.n });
    expect(fallback.score).not.toBe(before.score);
    expect(fallback.ciHigh! - fallback.ciLow!).toBeGreaterThan(before.ciHigh! - before.ciLow!);
  });
});
