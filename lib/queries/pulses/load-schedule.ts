import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { DEFAULT_SCHEDULE, type PulseSchedule, pulseScheduleSchema } from '@/lib/domain/pulses/schedule';

export const PULSE_SCHEDULE_KEY = 'pulse-schedule';

/** The organisation's pulse schedule, or the default (weekly on Monday, open a week) until HR sets one. */
export async function loadPulseSchedule(db: Database): Promise<PulseSchedule> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, PULSE_SCHEDULE_KEY));
  const parsed = pulseScheduleSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SCHEDULE;
}
