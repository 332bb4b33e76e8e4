import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import {
  type AnonymityThresholds,
  DEFAULT_THRESHOLDS,
  anonymityThresholdsSchema,
} from '@/lib/domain/anonymity/thresholds';

export const ANONYMITY_SETTINGS_KEY = 'anonymity';

/** The organisation's thresholds, or the defaults (k = 5, comments 10) until HR changes them. */
export async function loadAnonymityThresholds(db: Database): Promise<AnonymityThresholds> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, ANONYMITY_SETTINGS_KEY));
  return thresholdsFromSetting(row?.value);
}

/** The thresholds a stored setting holds, or the defaults when it is absent or invalid. */
export function thresholdsFromSetting(value: unknown): AnonymityThresholds {
  const parsed = anonymityThresholdsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
}
