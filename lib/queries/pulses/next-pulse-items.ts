import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { pulses, surveyItems } from '@/db/schema';
import { rotateItems } from '@/lib/domain/pulses/rotate-items';

/**
 * The items the next pulse will ask: `perLine` active items of every line, rotating with the
 * number of pulses so far so that every item returns within a cycle. Everyone gets the same items.
 */
export async function nextPulseItems(db: Database, perLine: number): Promise<number[]> {
  const [active, [asked]] = await Promise.all([
    db
      .select({ id: surveyItems.id, line: surveyItems.line })
      .from(surveyItems)
      .where(eq(surveyItems.active, true))
      .orderBy(asc(surveyItems.id)),
    db.select({ value: count() }).from(pulses),
  ]);
  const byLine = new Map<number, number[]>();
  for (const item of active) byLine.set(item.line, [...(byLine.get(item.line) ?? []), item.id]);
  return rotateItems(byLine, asked?.value ?? 0, perLine);
}
