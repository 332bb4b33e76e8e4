import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { publishedAtomItems, publishedCellItems, publishedPeriods, pulseItems, pulses, responses } from '@/db/schema';
import { withPeriodLabels } from '@/lib/domain/periods/pulse-periods';
import { storeResponse } from '@/lib/queries/responses/store-response';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { atomId } from '@/lib/domain/anonymity/atom-patterns';
import { publishedCellKey } from '@/lib/domain/anonymity/decide-period-cells';
import { questionFigureKey } from '@/lib/domain/anonymity/decide-question-figures';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import { loadQuestionMemberships } from './atom-items-query';
import { measureQuestionAvailability } from './measure-question-availability';
import { publishDue } from './publish-due';

let database: TestDatabase;
const TODAY = new Date('2026-12-03T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, { today: TODAY });
});
afterAll(() => database.destroy());

interface FigureCheck {
  unit: string;
  kind: string;
  label: string;
  item_id: number;
  stored: number[];
  partial: boolean;
  pulses: number;
  raw: number[];
  people: number;
  asked_all: boolean;
  asked_pulses: number;
}

/** Every stored question figure beside what the raw answers of its cell's atoms that asked the item give. */
async function checkedFigures(): Promise<FigureCheck[]> {
  return rowsOf<FigureCheck>(
    await database.db.execute(sql`
      select ci.unit, ci.period_kind::text as kind, ci.period_label as label, ci.item_id, ci.score_counts as stored,
        ci.partial, ci.pulses,
        (select array[count(*) filter (where a.score = 1), count(*) filter (where a.score = 2), count(*) filter (where a.score = 3),
            count(*) filter (where a.score = 4), count(*) filter (where a.score = 5)]::int[]
          from published_cell_atoms ca join responses r on r.pulse_id = ca.pulse_id and r.team_id = ca.team_id
          join answers a on a.response_id = r.id and a.item_id = ci.item_id
          where ca.unit = ci.unit and ca.period_kind = ci.period_kind and ca.period_label = ci.period_label) as raw,
        (select count(distinct r.person_id)::int
          from published_cell_atoms ca join responses r on r.pulse_id = ca.pulse_id and r.team_id = ca.team_id
          join answers a on a.response_id = r.id and a.item_id = ci.item_id
          where ca.unit = ci.unit and ca.period_kind = ci.period_kind and ca.period_label = ci.period_label) as people,
        (select bool_and(exists (select 1 from pulse_items pi where pi.pulse_id = ca.pulse_id and pi.item_id = ci.item_id))
          from published_cell_atoms ca
          where ca.unit = ci.unit and ca.period_kind = ci.period_kind and ca.period_label = ci.period_label) as asked_all,
        (select count(distinct ca.pulse_id)::int from published_cell_atoms ca join pulse_items pi on pi.pulse_id = ca.pulse_id and pi.item_id = ci.item_id
          where ca.unit = ci.unit and ca.period_kind = ci.period_kind and ca.period_label = ci.period_label) as asked_pulses
      from ${publishedCellItems} ci`),
  );
}

describe('question figures', () => {
  it('equal the raw answers to the item over the cell’s atoms that asked it, each from at least k people', async () => {
    const figures = await checkedFigures();
    expect(figures.length).toBeGreaterThan(100);
    for (const figure of figures) {
      expect(figure.stored).toEqual(figure.raw);
      expect(figure.partial).toBe(!figure.asked_all);
      expect(figure.pulses).toBe(figure.asked_pulses);
      expect(figure.people).toBeGreaterThanOrEqual(5);
    }
    // Items rotate: months and quarters hold figures over some of their weeks; weeks never do.
    expect(figures.some((figure) => figure.kind === 'month' && figure.partial)).toBe(true);
    expect(figures.filter((figure) => figure.kind === 'week' && figure.partial)).toEqual([]);
    const undecided = await database.db
      .select()
      .from(publishedPeriods)
      .where(eq(publishedPeriods.questionsDecided, false));
    expect(undecided).toEqual([]);

    // The demo's availability, as the README gives it: every question of a team week, most of a team month's.
    const [week, month, quarter] = await measureQuestionAvailability(database.db);
    expect(week).toMatchObject({ kind: 'week', share: 1 });
    expect(week!.withQuestions).toBe(week!.cells);
    expect(month!.share).toBeGreaterThan(0.7);
    expect(month!.withQuestions / month!.cells).toBeGreaterThan(0.9);
    expect(quarter!.share).toBeGreaterThan(0.5);
  });

  it('are named, among what later decisions weigh, by the keys their decision gave them', async () => {
    // An atom without counts for one item of a partial figure is not among that figure's atoms.
    await database.db.execute(sql`
      delete from ${publishedAtomItems} where (pulse_id, team_id, item_id) = (
        select ca.pulse_id, ca.team_id, ci.item_id from published_cell_atoms ca join ${publishedCellItems} ci using (unit, period_kind, period_label)
        where ci.partial order by 1, 2, 3 limit 1)`);
    const rows = rowsOf<{
      pulse_id: number;
      team_id: number;
      unit: UnitKey;
      kind: PeriodKind;
      label: string;
      item_id: number;
    }>(
      await database.db.execute(sql`
        select ca.pulse_id, ca.team_id, ca.unit, ca.period_kind::text as kind, ca.period_label as label, ci.item_id
        from published_cell_atoms ca join ${publishedCellItems} ci using (unit, period_kind, period_label)
        join ${publishedAtomItems} ai on ai.pulse_id = ca.pulse_id and ai.team_id = ca.team_id and ai.item_id = ci.item_id
        where ci.partial`),
    );
    const expected = rows.map((row) =>
      [
        atomId(row.pulse_id, row.team_id),
        questionFigureKey(publishedCellKey(row.unit, row.kind, row.label), row.item_id),
      ].join(' '),
    );
    const pulseIds = [...new Set(rows.map((row) => row.pulse_id))];
    const cellMembers = rowsOf<{ pulse_id: number; team_id: number; unit: UnitKey; kind: PeriodKind; label: string }>(
      await database.db.execute(sql`
        select pulse_id, team_id, unit, period_kind::text as kind, period_label as label from published_cell_atoms
        where pulse_id in ${pulseIds}`),
    ).map((row) => [atomId(row.pulse_id, row.team_id), publishedCellKey(row.unit, row.kind, row.label)] as const);
    const loaded = await loadQuestionMemberships(database.db, pulseIds, cellMembers);
    expect(expected.length).toBeGreaterThan(100);
    expect(loaded.map((pair) => pair.join(' ')).sort()).toEqual(expected.sort());
  });

  it('are decided on the first run after the upgrade for periods published before, none where the answers are gone', async () => {
    const before = await checkedFigures();
    // As an installation upgraded from before question figures were kept.
    await database.db.execute(sql`delete from ${publishedCellItems}`);
    await database.db.execute(sql`delete from ${publishedAtomItems}`);
    await database.db.execute(sql`update ${publishedPeriods} set questions_decided = false`);
    const [gone] = rowsOf<{ pulse_id: number; team_id: number; unit: string; label: string }>(
      await database.db.execute(sql`
        select ca.pulse_id, ca.team_id, ca.unit, ca.period_label as label from published_cell_atoms ca
        where ca.unit like 'team:%' and ca.period_kind = 'month' order by ca.period_label desc, ca.unit limit 1`),
    );
    await database.db
      .delete(responses)
      .where(and(eq(responses.pulseId, gone!.pulse_id), eq(responses.teamId, gone!.team_id)));

    await publishDue(database.db, { at: TODAY });
    const after = await checkedFigures();
    expect(after.length).toBeGreaterThan(before.length / 2);
    for (const figure of after) {
      expect(figure.stored).toEqual(figure.raw);
      expect(figure.people).toBeGreaterThanOrEqual(5);
    }
    expect(after.filter((figure) => figure.unit === gone!.unit && figure.label === gone!.label)).toEqual([]);
    const undecided = await database.db
      .select()
      .from(publishedPeriods)
      .where(eq(publishedPeriods.questionsDecided, false));
    expect(undecided).toEqual([]);
  });

  it('are frozen with the line counts from one read of a pulse’s answers, none for an atom that answered an item its pulse did not ask', async () => {
    const [pulse] = await database.db
      .insert(pulses)
      .values(
        withPeriodLabels({ opensAt: new Date('2027-03-01T06:00:00Z'), closesAt: new Date('2027-03-08T06:00:00Z') }),
      )
      .returning({ id: pulses.id });
    const items = rowsOf<{ id: number }>(
      await database.db.execute(sql`select id from survey_items order by id limit 4`),
    );
    const [asked, unasked] = [items.slice(0, 3).map((item) => Number(item.id)), Number(items[3]!.id)];
    await database.db
      .insert(pulseItems)
      .values(asked.map((itemId, at) => ({ pulseId: pulse!.id, itemId, position: at + 1 })));
    const members = rowsOf<{ team_id: number; person_id: number }>(
      await database.db.execute(sql`
        select team_id, person_id from team_memberships where valid_to is null
        and team_id in (select team_id from team_memberships where valid_to is null group by team_id having count(*) >= 4 order by team_id limit 2)`),
    );
    const [clean, stray] = [...new Set(members.map((member) => Number(member.team_id)))];
    for (const [index, member] of members.entries())
      await storeResponse(database.db, {
        pulseId: pulse!.id,
        personId: Number(member.person_id),
        answers: asked.map((itemId, at) => ({ itemId, score: ((index + at) % 5) + 1 })),
      });
    await database.db.execute(sql`
      insert into answers (response_id, item_id, score)
      select id, ${unasked}, 4 from responses where pulse_id = ${pulse!.id} and team_id = ${stray} order by id limit 1`);

    await publishDue(database.db, { at: new Date('2027-03-09T09:00:00Z') });
    const frozen = rowsOf<{ team_id: number; item_id: number; score_counts: number[]; raw: number[] }>(
      await database.db.execute(sql`
        select ai.team_id, ai.item_id, ai.score_counts,
          (select array[count(*) filter (where a.score = 1), count(*) filter (where a.score = 2), count(*) filter (where a.score = 3),
              count(*) filter (where a.score = 4), count(*) filter (where a.score = 5)]::int[]
            from responses r join answers a on a.response_id = r.id
            where r.pulse_id = ai.pulse_id and r.team_id = ai.team_id and a.item_id = ai.item_id) as raw
        from ${publishedAtomItems} ai where ai.pulse_id = ${pulse!.id} and ai.team_id in (${clean}, ${stray})`),
    );
    expect(frozen.map((row) => [Number(row.team_id), Number(row.item_id)])).toEqual(
      expect.arrayContaining(asked.map((itemId) => [clean, itemId])),
    );
    expect(frozen.filter((row) => Number(row.team_id) === stray)).toEqual([]);
    for (const row of frozen) expect(row.score_counts).toEqual(row.raw);
    const lines = rowsOf<{ team_id: number; score_counts: number[]; raw: number[] }>(
      await database.db.execute(sql`
        select pa.team_id, pa.score_counts,
          (select array_agg(coalesce(c.n, 0) order by l.line, s.score)::int[]
            from generate_series(1, 4) l(line) cross join generate_series(1, 5) s(score)
            left join (select si.line, a.score, count(*) as n from responses r join answers a on a.response_id = r.id
              join survey_items si on si.id = a.item_id where r.pulse_id = pa.pulse_id and r.team_id = pa.team_id
              group by si.line, a.score) c on c.line = l.line and c.score = s.score) as raw
        from published_atoms pa where pa.pulse_id = ${pulse!.id} and pa.team_id in (${clean}, ${stray})`),
    );
    expect(lines).toHaveLength(2);
    for (const row of lines) expect(row.score_counts).toEqual(row.raw);
  });
});
