import { addDays, startOfUtcDay } from '@/seed/plan/dates';
import { DEMO_ITEMS_PER_LINE } from '@/seed/demo/demo-structure';
import { QUESTION_BANK } from '@/seed/plan/question-bank';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { withPeriodLabels } from '@/lib/domain/periods/pulse-periods';
import { rotateItems } from '@/lib/domain/pulses/rotate-items';
import type { LargePulse } from './large-types';

/** The question bank is written with ids 1…n in its own order. */
export const surveyItemId = (bankIndex: number) => bankIndex + 1;

/** Weekly pulses as in the demo, `weeks` of them: the latest opened two days before today and is still open. */
export function planPulses(today: Date, weeks: number): LargePulse[] {
  const latestOpensAt = addDays(startOfUtcDay(today), -2);
  const idsByLine = new Map(
    CONNECTION_LINES.map((line) => [line, QUESTION_BANK.flatMap((item, index) => (item.line === line ? [surveyItemId(index)] : []))]),
  );
  return Array.from({ length: weeks }, (_, index) => {
    const { opensAt, weekLabel, monthLabel, quarterLabel } = withPeriodLabels({ opensAt: addDays(latestOpensAt, -7 * (weeks - 1 - index)) });
    return {
      id: index + 1,
      opensAt,
      closesAt: addDays(opensAt, 7),
      labels: { week: weekLabel, month: monthLabel, quarter: quarterLabel },
      itemIds: rotateItems(idsByLine, index, DEMO_ITEMS_PER_LINE),
    };
  });
}
