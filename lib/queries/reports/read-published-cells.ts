import { type SQL, and, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCells } from '@/db/schema';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { UnitKey } from '@/lib/domain/rollups/units';
import type { PersonMeanOverlap, PersonMeans } from '@/lib/domain/stats/person-means';
import type { ScoreCounts } from '@/lib/domain/stats/score-counts';
import { scanJoinedRows } from './joined-rows';
import { OVERLAP_FIELDS, PERSON_MEAN_FIELDS, overlapAt, personMeansAt } from '@/lib/domain/reports/person-mean-fields';
import type { PublishedCell } from '@/lib/domain/reports/report-data';

export interface CellScope {
  kinds: readonly PeriodKind[];
  /** Only these periods; all when absent. */
  labels?: readonly string[];
  /** Only these units; all when absent. */
  units?: readonly UnitKey[];
}

const STATUSES = ['shown', 'too-few', 'protecting'] as const;
const LINES = 4;
/** The four lines' person means and overlap, then the connection score's composite (a cell filled before it has none). */
const ENTRIES = LINES + 1;
/**
 * status, respondents, responses, invited, held back, comments, 4 lines × 5 score counts, whether
 * the person means are known, whether the composite is, 5 entries × 3 person-mean sums, 5 entries
 * × 6 overlap sums (zeros where not kept).
 */
const WIDTH = 6 + LINES * 5 + 2 + ENTRIES * PERSON_MEAN_FIELDS + ENTRIES * OVERLAP_FIELDS;
const [PERSON_MEANS_AT, OVERLAP_AT] = [6 + LINES * 5 + 2, 6 + LINES * 5 + 2 + ENTRIES * PERSON_MEAN_FIELDS];
const zeros = (count: number) => new Array<string>(count).fill('0').join(',');
/** A stored array as text, padded with zeros to `count` values. */
const padded = (column: SQL, count: number) =>
  sql`array_to_string(${column} || array_fill(0::float8, array[${sql.raw(String(count))} - cardinality(${column})]), ',')`;

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
          || ',' || coalesce(array_to_string(score_counts, ','), ${zeros(LINES * 5)})
          || ',' || (coalesce(cardinality(person_means), 0) > 0)::int
          || ',' || (coalesce(cardinality(person_means), 0) = ${sql.raw(String(ENTRIES * PERSON_MEAN_FIELDS))})::int
          || ',' || (case when coalesce(cardinality(person_means), 0) > 0 then ${padded(sql`person_means`, ENTRIES * PERSON_MEAN_FIELDS)} else ${zeros(ENTRIES * PERSON_MEAN_FIELDS)} end)
          || ',' || (case when coalesce(cardinality(overlap), 0) > 0 then ${padded(sql`overlap`, ENTRIES * OVERLAP_FIELDS)} else ${zeros(ENTRIES * OVERLAP_FIELDS)} end),
        ';') as rows
      from ${publishedCells} where ${where}`),
  );
  scanJoinedRows(row?.rows ?? '', WIDTH, (key, values) => {
    const shown = values[0] === 0;
    const lines: ScoreCounts[] = [];
    const personMeans: PersonMeans[] = [];
    const overlap: PersonMeanOverlap[] = [];
    for (let line = 0; shown && line < LINES; line++) {
      lines.push(values.slice(6 + line * 5, 11 + line * 5) as unknown as ScoreCounts);
      personMeans.push(personMeansAt(values, PERSON_MEANS_AT + line * PERSON_MEAN_FIELDS));
      overlap.push(overlapAt(values, OVERLAP_AT + line * OVERLAP_FIELDS));
    }
    const personMeansKnown = shown && values[PERSON_MEANS_AT - 2] === 1;
    const compositeKnown = personMeansKnown && values[PERSON_MEANS_AT - 1] === 1;
    cells.set(key, {
      status: STATUSES[values[0]!]!,
      respondents: values[1]!,
      responses: values[2]!,
      invited: values[3]!,
      heldBack: values[4] === 1,
      comments: values[5] === 1,
      lines,
      personMeans: personMeansKnown ? personMeans : null,
      overlap,
      connectionPersonMeans: compositeKnown
        ? personMeansAt(values, PERSON_MEANS_AT + LINES * PERSON_MEAN_FIELDS)
        : null,
      connectionOverlap: compositeKnown ? overlapAt(values, OVERLAP_AT + LINES * OVERLAP_FIELDS) : null,
    });
  });
  return cells;
}
