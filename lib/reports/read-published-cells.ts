import { type SQL, and, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCells } from '@/db/schema';
import type { PeriodKind } from '@/lib/periods/period-labels';
import type { UnitKey } from '@/lib/rollups/units';
import type { ScoreCounts } from '@/lib/stats/score-counts';
import { scanJoinedRows } from './joined-rows';
import type { PublishedCell } from './report-data';

export interface CellScope {
  kinds: readonly PeriodKind[];
  /** Only these periods; all when absent. */
  labels?: readonly string[];
  /** Only these units; all when absent. */
  units?: readonly UnitKey[];
}

const STATUSES = ['shown', 'too-few', 'protecting'] as const;
/** status, respondents, responses, invited, held back, comments, then 4 lines × 5 score counts. */
const WIDTH = 26;

/**
 * The published cells in scope, keyed as `cellKey` keys them. The rows come back as one text value
 * (rows joined by ';', fields by ','; unit keys and period labels hold neither), which Node scans
 * far faster than it turns hundreds of thousands of rows into objects.
 */
export async function readPublishedCells(db: Database, scope: CellScope): Promise<Map<string, PublishedCell>> {
  const cells = new Map<string, PublishedCell>();
  if (scope.kinds.length === 0 || scope.labels?.length === 0 || scope.units?.length === 0) return cells;
  const where: SQL | undefined = and(
    inArray(publishedCells.periodKind, [...scope.kinds]),
    scope.labels ? inArray(publishedCells.periodLabel, [...scope.labels]) : undefined,
    scope.units ? inArray(publishedCells.unit, [...scope.units]) : undefined,
  );
  const [row] = rowsOf<{ rows: string | null }>(
    await db.execute(sql`
      select string_agg(
        unit || '|' || period_kind::text || '|' || period_label
          || ',' || (case status when 'shown' then 0 when 'too-few' then 1 else 2 end)
          || ',' || coalesce(respondents, 0) || ',' || coalesce(responses, 0) || ',' || coalesce(invited, 0)
          || ',' || held_back::int || ',' || comments::int
          || ',' || coalesce(array_to_string(score_counts, ','), '0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0'),
        ';') as rows
      from ${publishedCells} where ${where}`),
  );
  scanJoinedRows(row?.rows ?? '', WIDTH, (key, values) => {
    const lines: ScoreCounts[] = [];
    if (values[0] === 0) for (let line = 0; line < 4; line++) lines.push(values.slice(6 + line * 5, 11 + line * 5) as unknown as ScoreCounts);
    cells.set(key, {
      status: STATUSES[values[0]!]!,
      respondents: values[1]!,
      responses: values[2]!,
      invited: values[3]!,
      heldBack: values[4] === 1,
      comments: values[5] === 1,
      lines,
    });
  });
  return cells;
}
