import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { DEFAULT_MAIL_TIMING, type MailTiming, mailTimingSchema } from '@/lib/domain/notifications/mail-timing';

export const MAIL_TIMING_KEY = 'mail-timing';

/** When invitations and reminders go out, or the default (at the opening; 48 hours before the close) until HR sets it. */
export async function loadMailTiming(db: Database): Promise<MailTiming> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, MAIL_TIMING_KEY));
  const parsed = mailTimingSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_MAIL_TIMING;
}
