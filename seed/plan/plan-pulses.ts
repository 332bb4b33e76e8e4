import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { rotateItems } from '@/lib/domain/pulses/rotate-items';
import { addDays, startOfUtcDay } from './dates';
import type { PlannedPulse } from './plan-types';
import { QUESTION_BANK } from './question-bank';

/** Items per line in every seeded pulse, and in the schedule the seed stores. */
export const SEEDED_ITEMS_PER_LINE = 2;

/** The question bank and the pulses are written with ids 1…n in their own order. */
export const surveyItemId = (bankIndex: number) => bankIndex + 1;
export const pulseId = (pulseIndex: number) => pulseIndex + 1;

/** `weeks` weekly pulses: the latest opened two days before today and is still open. */
export function planPulses(today: Date, weeks: number): PlannedPulse[] {
  const latestOpensAt = addDays(startOfUtcDay(today), -2);
  const indexesByLine = new Map(
    CONNECTION_LINES.map((line) => [line, QUESTION_BANK.flatMap((item, index) => (item.line === line ? [index] : []))]),
  );
  return Array.from({ length: weeks }, (_, index) => {
    const opensAt = addDays(latestOpensAt, -7 * (weeks - 1 - index));
    return {
      opensAt,
      closesAt: addDays(opensAt, 7),
      itemIndexes: rotateItems(indexesByLine, index, SEEDED_ITEMS_PER_LINE),
    };
  });
}
