import { asc, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { surveyItems } from '@/db/schema';
import { loadPulseSchedule } from './load-schedule';
import { nextPulseItems } from './next-pulse-items';
import { closingOf, nextOpening } from '@/lib/domain/pulses/schedule';

export interface PulsePreview {
  opensAt: Date;
  closesAt: Date;
  items: { id: number; line: number; textNl: string; textEn: string }[];
}

/** When the next pulse opens under the current schedule and what it will ask. */
export async function previewNextPulse(db: Database, now = new Date()): Promise<PulsePreview> {
  const schedule = await loadPulseSchedule(db);
  const opensAt = nextOpening(schedule, now);
  const itemIds = await nextPulseItems(db, schedule.itemsPerLine);
  const items =
    itemIds.length === 0
      ? []
      : await db
          .select({
            id: surveyItems.id,
            line: surveyItems.line,
            textNl: surveyItems.textNl,
            textEn: surveyItems.textEn,
          })
          .from(surveyItems)
          .where(inArray(surveyItems.id, itemIds))
          .orderBy(asc(surveyItems.line), asc(surveyItems.id));
  return { opensAt, closesAt: closingOf(schedule, opensAt), items };
}
