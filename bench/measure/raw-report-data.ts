import { type SQL, and, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCells } from '@/db/schema';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { personMeansOfPeriod } from '@/lib/queries/publication/person-means-query';
import { OVERLAP_FIELDS, PERSON_MEAN_FIELDS, overlapAt, personMeansAt } from '@/lib/domain/reports/person-mean-fields';
import { loadReportBase } from '@/lib/queries/reports/report-base';
import type { PublishedCell, ReportData } from '@/lib/domain/reports/report-data';
import { invitedPerTeamPulse } from '@/lib/queries/rollups/recompute-queries';
import type { UnitKey } from '@/lib/domain/rollups/units';
import type { ScoreCounts } from '@/lib/domain/stats/score-counts';

export interface RawScope {
  kinds: PeriodKind[];
  /** Only these periods (of the single kind asked); all when null. */
  labels: string[] | null;
  /** Only these units; all when null. */
  units: UnitKey[] | null;
}

interface FigureRow {
  unit: string;
  period_kind: PeriodKind;
  period_label: string;
  status: PublishedCell['status'];
  held_back: boolean;
  comments: boolean;
  /** Whether the publication kept the cell's composite person means (cells filled before it was kept have four lines only). */
  composite_kept: boolean;
  respondents: number | null;
  responses: number | null;
  invited: number | null;
  lines: [line: number, s1: number, s2: number, s3: number, s4: number, s5: number][] | null;
}

/**
 * The same ReportData that lib/queries/reports/load-report-data.ts reads from the published cells, with
 * every shown figure aggregated afresh from the raw answers over the cell's published definition
 * (its atoms: answers → responses of those teams and pulses), as a server without the store would
 * have to: the baseline the store is measured against, and a check that it holds the same figures.
 */
export async function loadRawReportData(db: Database, scope: RawScope): Promise<ReportData> {
  const where: SQL | undefined = and(
    inArray(publishedCells.periodKind, scope.kinds),
    scope.labels ? inArray(publishedCells.periodLabel, scope.labels) : undefined,
    scope.units ? inArray(publishedCells.unit, scope.units) : undefined,
  );
  const [base, result] = await Promise.all([
    loadReportBase(db),
    db.execute(sql`
      with cells as (
        select unit, period_kind, period_label, status, held_back, comments,
          coalesce(cardinality(person_means), 0) >= ${(LINES.length + 1) * PERSON_MEAN_FIELDS} as composite_kept
        from ${publishedCells} where ${where}),
      atoms as (select a.* from published_cell_atoms a join cells c using (unit, period_kind, period_label)),
      people as (
        select a.unit, a.period_kind, a.period_label, count(distinct r.person_id)::int as respondents, count(*)::int as responses
        from atoms a join responses r on r.pulse_id = a.pulse_id and r.team_id = a.team_id
        group by a.unit, a.period_kind, a.period_label),
      invited as (
        select a.unit, a.period_kind, a.period_label, sum(i.invited)::int as invited
        from atoms a join (${invitedPerTeamPulse}) i on i.pulse_id = a.pulse_id and i.team_id = a.team_id
        group by a.unit, a.period_kind, a.period_label),
      scores as (
        select a.unit, a.period_kind, a.period_label, si.line,
          (count(*) filter (where an.score = 1))::int as s1, (count(*) filter (where an.score = 2))::int as s2,
          (count(*) filter (where an.score = 3))::int as s3, (count(*) filter (where an.score = 4))::int as s4,
          (count(*) filter (where an.score = 5))::int as s5
        from atoms a
        join responses r on r.pulse_id = a.pulse_id and r.team_id = a.team_id
        join answers an on an.response_id = r.id
        join survey_items si on si.id = an.item_id
        group by a.unit, a.period_kind, a.period_label, si.line),
      lines as (
        select unit, period_kind, period_label, json_agg(json_build_array(line, s1, s2, s3, s4, s5) order by line) as lines
        from scores group by unit, period_kind, period_label)
      select c.unit, c.period_kind, c.period_label, c.status, c.held_back, c.comments, c.composite_kept, p.respondents, p.responses, i.invited, l.lines
      from cells c
      left join people p using (unit, period_kind, period_label)
      left join invited i using (unit, period_kind, period_label)
      left join lines l using (unit, period_kind, period_label)`),
  ]);
  const statistics = await rawPersonMeans(db, rowsOf<FigureRow>(result), scope);
  const cells = new Map<string, PublishedCell>();
  for (const row of rowsOf<FigureRow>(result)) {
    const shown = row.status === 'shown';
    const byLine = new Map((row.lines ?? []).map(([line, ...counts]) => [line, counts as unknown as ScoreCounts]));
    const key = `${row.unit}|${row.period_kind}|${row.period_label}`;
    cells.set(key, {
      status: row.status,
      respondents: shown ? Number(row.respondents ?? 0) : 0,
      responses: shown ? Number(row.responses ?? 0) : 0,
      invited: shown ? Number(row.invited ?? 0) : 0,
      heldBack: row.held_back,
      comments: row.comments,
      lines: shown ? [1, 2, 3, 4].map((line) => byLine.get(line) ?? [0, 0, 0, 0, 0]) : [],
      ...(statistics.get(key) ?? {
        personMeans: null,
        overlap: shown ? LINES.map(() => NO_OVERLAP) : [],
        connectionPersonMeans: null,
        connectionOverlap: null,
      }),
    });
  }
  return {
    structure: base.structure,
    thresholds: base.thresholds,
    pulses: base.pulses,
    publishedPeriods: base.publishedPeriods,
    cells,
  };
}

/** The person means and overlaps of the shown cells, from the raw answers, one period at a time as the publication computes them. */
async function rawPersonMeans(
  db: Database,
  rows: readonly FigureRow[],
  scope: RawScope,
): Promise<Map<string, RawPersonMeans>> {
  const periods = new Map(
    rows
      .filter((row) => row.status === 'shown')
      .map((row) => [`${row.period_kind}|${row.period_label}`, { kind: row.period_kind, label: row.period_label }]),
  );
  const compositeKept = new Set(
    rows.filter((row) => row.composite_kept).map((row) => `${row.unit}|${row.period_kind}|${row.period_label}`),
  );
  const statistics = new Map<string, RawPersonMeans>();
  for (const { kind, label } of periods.values()) {
    const result = await db.execute(
      personMeansOfPeriod({ kind, label, which: 'filled', units: scope.units ?? undefined }),
    );
    for (const row of rowsOf<{ unit: string; person_means: number[]; overlap: number[] }>(result)) {
      const [means, overlap] = [row.person_means.map(Number), row.overlap.map(Number)];
      const key = `${row.unit}|${kind}|${label}`;
      const composite = means.length > 0 && compositeKept.has(key);
      statistics.set(key, {
        personMeans: means.length === 0 ? null : LINES.map((line) => personMeansAt(means, line * PERSON_MEAN_FIELDS)),
        overlap: LINES.map((line) => (overlap.length === 0 ? NO_OVERLAP : overlapAt(overlap, line * OVERLAP_FIELDS))),
        connectionPersonMeans: composite ? personMeansAt(means, LINES.length * PERSON_MEAN_FIELDS) : null,
        connectionOverlap: !composite
          ? null
          : overlap.length === 0
            ? NO_OVERLAP
            : overlapAt(overlap, LINES.length * OVERLAP_FIELDS),
      });
    }
  }
  return statistics;
}

const LINES = [0, 1, 2, 3];
type RawPersonMeans = Pick<PublishedCell, 'personMeans' | 'overlap' | 'connectionPersonMeans' | 'connectionOverlap'>;
const NO_OVERLAP = overlapAt([0, 0, 0, 0, 0, 0], 0);
