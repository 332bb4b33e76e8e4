import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCellItems, publishedCells, publishedPeriods, publishedPulses } from '@/db/schema';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { AskedItem } from '@/lib/domain/reports/question-results';
import type { PublishedQuestion } from '@/lib/domain/reports/question-statistics';
import type { UnitKey } from '@/lib/domain/rollups/units';
import type { ScoreCounts } from '@/lib/domain/stats/score-counts';

/** The published question figures of the units in the periods, keyed `${unit}|${label}`, then by item. */
export async function readQuestionFigures(
  db: Database,
  kind: PeriodKind,
  labels: readonly string[],
  units?: readonly UnitKey[],
): Promise<Map<string, Map<number, PublishedQuestion>>> {
  const figures = new Map<string, Map<number, PublishedQuestion>>();
  if (labels.length === 0 || units?.length === 0) return figures;
  const rows = rowsOf<{ unit: string; label: string; item_id: number; score_counts: number[]; pulses: number }>(
    await db.execute(sql`
      select unit, period_label as label, item_id, score_counts, pulses from ${publishedCellItems}
      where period_kind = ${kind} and period_label in ${labels} ${units ? sql`and unit in ${units}` : sql``}`),
  );
  for (const row of rows) {
    const key = `${row.unit}|${row.label}`;
    const ofCell = figures.get(key) ?? new Map<number, PublishedQuestion>();
    ofCell.set(Number(row.item_id), {
      scoreCounts: row.score_counts.map(Number) as unknown as ScoreCounts,
      pulses: Number(row.pulses),
    });
    figures.set(key, ofCell);
  }
  return figures;
}

/** The items the published pulses of each period asked (the survey's schedule, not who answered), keyed by label. */
export async function readAskedItems(
  db: Database,
  kind: PeriodKind,
  labels: readonly string[],
): Promise<Map<string, AskedItem[]>> {
  const asked = new Map<string, AskedItem[]>();
  if (labels.length === 0) return asked;
  const rows = rowsOf<{ label: string; item_id: number; line: number; text_nl: string; text_en: string }>(
    await db.execute(sql`
      select distinct ${sql.raw(`p.${kind}_label`)} as label, si.id as item_id, si.line, si.text_nl, si.text_en
      from pulses p join ${publishedPulses} pp on pp.pulse_id = p.id
      join pulse_items pi on pi.pulse_id = p.id join survey_items si on si.id = pi.item_id
      where ${sql.raw(`p.${kind}_label`)} in ${labels}
      order by si.id`),
  );
  for (const row of rows)
    asked
      .set(row.label, asked.get(row.label) ?? [])
      .get(row.label)!
      .push({
        itemId: Number(row.item_id),
        line: Number(row.line) as ConnectionLine,
        textNl: row.text_nl,
        textEn: row.text_en,
      });
  return asked;
}

/** The published period of the kind just before `label`, if any. */
export async function readPreviousPeriod(db: Database, kind: PeriodKind, label: string): Promise<string | null> {
  const [row] = rowsOf<{ label: string }>(
    await db.execute(sql`
      select period_label as label from ${publishedPeriods}
      where period_kind = ${kind} and period_label < ${label} order by period_label desc limit 1`),
  );
  return row?.label ?? null;
}

/** Whether a unit's cell of a period is shown. */
export async function readCellShown(db: Database, unit: UnitKey, kind: PeriodKind, label: string): Promise<boolean> {
  const [row] = rowsOf<{ status: string }>(
    await db.execute(sql`
      select status from ${publishedCells} where unit = ${unit} and period_kind = ${kind} and period_label = ${label}`),
  );
  return row?.status === 'shown';
}
