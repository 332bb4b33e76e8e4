import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCells } from '@/db/schema';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { OVERLAP_FIELDS, PERSON_MEAN_FIELDS } from '@/lib/domain/reports/person-mean-fields';
import { personMeansOfPeriod } from './person-means-query';

export interface PersonMeansDifference {
  unit: string;
  kind: PeriodKind;
  label: string;
  stored: { personMeans: number[]; overlap: number[] };
  expected: { personMeans: number[]; overlap: number[] };
}

/**
 * Every published cell whose person means or overlap differ from a recomputation out of the raw
 * answers; empty when consistent. Cells whose answers (or their previous cell's) are no longer all
 * there cannot be recomputed and are skipped. Cells filled before the connection score's entry was
 * kept (four lines: 12 person-mean and 24 overlap values) are compared on those four lines.
 */
export async function checkPersonMeans(
  db: Database,
  options: { limit?: number } = {},
): Promise<PersonMeansDifference[]> {
  const { limit = 20 } = options;
  const periods = rowsOf<{ kind: PeriodKind; label: string }>(
    await db.execute(sql`
      select distinct period_kind::text as kind, period_label as label from ${publishedCells}
      where status = 'shown' and cardinality(person_means) > 0 order by label`),
  );
  const differences: PersonMeansDifference[] = [];
  for (const { kind, label } of periods) {
    const rows = rowsOf<{
      unit: string;
      stored_means: number[];
      stored_overlap: number[];
      person_means: number[];
      overlap: number[];
    }>(
      await db.execute(sql`
        select f.unit, c.person_means as stored_means, c.overlap as stored_overlap, f.person_means, f.overlap
        from (${personMeansOfPeriod({ kind, label, which: 'filled' })}) f
        join ${publishedCells} c on c.unit = f.unit and c.period_kind = ${kind} and c.period_label = ${label}
        where f.checkable
          and (c.person_means is distinct from ${storedPart(sql`c.person_means`, sql`f.person_means`)}
            or c.overlap is distinct from ${storedPart(sql`c.overlap`, sql`f.overlap`)})
        limit ${limit - differences.length}`),
    );
    for (const row of rows) {
      differences.push({
        unit: row.unit,
        kind,
        label,
        stored: { personMeans: row.stored_means.map(Number), overlap: row.stored_overlap.map(Number) },
        expected: { personMeans: row.person_means.map(Number), overlap: row.overlap.map(Number) },
      });
    }
    if (differences.length >= limit) break;
  }
  return differences;
}

/** Of a recomputation, the part a stored array holds: its four lines where it was filled before the fifth entry. */
const storedPart = (stored: SQL, recomputed: SQL) =>
  sql`(case when cardinality(${stored}) in (${LEGACY_MEANS}, ${LEGACY_OVERLAP}) then ${recomputed}[1:cardinality(${stored})] else ${recomputed} end)`;
const [LEGACY_MEANS, LEGACY_OVERLAP] = [4 * PERSON_MEAN_FIELDS, 4 * OVERLAP_FIELDS];
