import { eq, sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { people, teams } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_SMALL_TEAM, DEMO_TEAM_A, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { installAppDatabase } from '@/testing/database/app-database';
import { AppError } from '@/lib/domain/errors';
import { questionStatistics } from '@/lib/domain/reports/question-statistics';
import { teamUnit } from '@/lib/domain/rollups/units';
import type { ScoreCounts } from '@/lib/domain/stats/score-counts';
import { type Viewer, loadViewer } from '@/lib/server/access/viewer';
import { getQuestionResults } from './question-results';
import { exportAggregates } from './reports';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db);
});
afterAll(() => database.destroy());

async function viewerFor(email: string): Promise<Viewer> {
  const [person] = await database.db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return (await loadViewer(database.db, person!.id))!;
}
const teamId = async (name: string) =>
  (await database.db.select({ id: teams.id }).from(teams).where(eq(teams.name, name)))[0]!.id;
const round1 = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(Math.round(value * 10) / 10);

describe('question results', () => {
  it('are exported after each shown line, from the published figures, with no count of people', async () => {
    const rows = parse<Record<string, string>>(await exportAggregates(await viewerFor(DEMO_ACCOUNTS.hr.email)), {
      columns: true,
    });
    const questions = rows.filter((row) => row.question_id !== '');
    expect(questions.length).toBeGreaterThan(1000);
    expect(questions.every((row) => row.n === '' && row.question_nl !== '' && row.question_en !== '')).toBe(true);
    // Each follows its unit's shown line of the same period.
    rows.forEach((row, index) => {
      if (row.question_id === '') return;
      const line = rows.slice(0, index).findLast((each) => each.question_id === '')!;
      expect([line.unit_id, line.period, line.line, line.suppressed]).toEqual([
        row.unit_id,
        row.period,
        row.line,
        'false',
      ]);
    });
    const figures = rowsOf<{
      unit: string;
      kind: string;
      label: string;
      item_id: number;
      score_counts: number[];
      pulses: number;
    }>(
      await database.db.execute(
        sql`select unit, period_kind::text as kind, period_label as label, item_id, score_counts, pulses from published_cell_items where unit like 'team:%'`,
      ),
    );
    const byKey = new Map(
      figures.map((figure) => [`${figure.unit}|${figure.kind}|${figure.label}|${figure.item_id}`, figure]),
    );
    let compared = 0;
    for (const row of questions.filter((each) => each.unit_kind === 'team')) {
      const figure = byKey.get(`team:${row.unit_id}|${row.period_kind}|${row.period}|${row.question_id}`);
      if (!figure) {
        expect(row).toMatchObject({ suppressed: 'true', hidden_reason: 'too-few', score: '' });
        continue;
      }
      const stats = questionStatistics({
        scoreCounts: figure.score_counts as unknown as ScoreCounts,
        pulses: figure.pulses,
      })!;
      expect([row.score, row.ci_low, row.ci_high]).toEqual([
        round1(stats.score),
        round1(stats.ciLow),
        round1(stats.ciHigh),
      ]);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    const small = rows.filter((row) => row.unit_name === DEMO_SMALL_TEAM);
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((row) => row.question_id === '' && row.suppressed === 'true')).toBe(true);
  });

  it('show a team’s month per line, weakest first, to its leader and HR, and refuse an employee of another team', async () => {
    const team = await teamId(DEMO_TEAM_A);
    const [month] = rowsOf<{ label: string }>(
      await database.db.execute(sql`
        select period_label as label from published_cell_items where unit = ${teamUnit(team)} and period_kind = 'month'
        order by period_label desc limit 1`),
    );
    const results = await getQuestionResults(
      await viewerFor(DEMO_ACCOUNTS.hr.email),
      teamUnit(team),
      'month',
      month!.label,
    );
    expect(results.shown).toBe(true);
    expect(results.lines.map((line) => line.line)).toEqual([1, 2, 3, 4]);
    for (const { questions } of results.lines) {
      const shown = questions.filter((question) => question.shown).map((question) => question.score!);
      expect(shown).toEqual([...shown].sort((a, b) => a - b));
      expect(questions.slice(shown.length).every((question) => !question.shown && question.score === null)).toBe(true);
    }
    const employee = await viewerFor(DEMO_ACCOUNTS.employee.email);
    const other = teamUnit(await teamId(DEMO_TEAM_B));
    await expect(getQuestionResults(employee, other, 'month', month!.label)).rejects.toBeInstanceOf(AppError);
  });
});
