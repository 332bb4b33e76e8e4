import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { publishedCellItems, publishedPeriods, publishedPulses } from '@/db/schema';
import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import type { QuestionExportData } from '@/lib/domain/reports/question-export-rows';
import type { AskedItem } from '@/lib/domain/reports/question-results';
import type { PublishedQuestion } from '@/lib/domain/reports/question-statistics';
import type { ScoreCounts } from '@/lib/domain/stats/score-counts';

/** Every published question figure, and the items each published period's pulses asked. */
export async function loadQuestionExportData(db: Database): Promise<QuestionExportData> {
  const [figureRows, askedRows] = await Promise.all([
    db.execute(sql`
      select unit, period_kind::text as kind, period_label as label, item_id, score_counts, pulses from ${publishedCellItems}`),
    db.execute(sql`
      select distinct pp.period_kind::text as kind, pp.period_label as label, si.id as item_id, si.line, si.text_nl, si.text_en
      from ${publishedPeriods} pp
      join pulses p on (pp.period_kind = 'week' and p.week_label = pp.period_label)
        or (pp.period_kind = 'month' and p.month_label = pp.period_label)
        or (pp.period_kind = 'quarter' and p.quarter_label = pp.period_label)
      join ${publishedPulses} pub on pub.pulse_id = p.id
      join pulse_items pi on pi.pulse_id = p.id join survey_items si on si.id = pi.item_id
      order by si.id`),
  ]);
  const figures = new Map<string, Map<number, PublishedQuestion>>();
  for (const row of rowsOf<{
    unit: string;
    kind: PeriodKind;
    label: string;
    item_id: number;
    score_counts: number[];
    pulses: number;
  }>(figureRows)) {
    const key = `${row.unit}|${row.kind}|${row.label}`;
    figures
      .set(key, figures.get(key) ?? new Map<number, PublishedQuestion>())
      .get(key)!
      .set(Number(row.item_id), {
        scoreCounts: row.score_counts.map(Number) as unknown as ScoreCounts,
        pulses: Number(row.pulses),
      });
  }
  const asked = new Map<string, AskedItem[]>();
  for (const row of rowsOf<{
    kind: PeriodKind;
    label: string;
    item_id: number;
    line: number;
    text_nl: string;
    text_en: string;
  }>(askedRows)) {
    const key = `${row.kind}|${row.label}`;
    asked
      .set(key, asked.get(key) ?? [])
      .get(key)!
      .push({
        itemId: Number(row.item_id),
        line: Number(row.line) as ConnectionLine,
        textNl: row.text_nl,
        textEn: row.text_en,
      });
  }
  return { figures, asked };
}
