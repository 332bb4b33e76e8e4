import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { alertPreferences, settings } from '@/db/schema';
import {
  type AlertPreferences,
  type AlertSettings,
  DEFAULT_ALERT_PREFERENCES,
  DEFAULT_ALERT_SETTINGS,
  alertSettingsSchema,
} from '@/lib/domain/alerts/alert-kinds';

export const ALERT_SETTINGS_KEY = 'alerts';

export async function loadAlertPreferences(db: Database, personId: number): Promise<AlertPreferences> {
  const [row] = await db
    .select({ kinds: alertPreferences.kinds, email: alertPreferences.email, inApp: alertPreferences.inApp })
    .from(alertPreferences)
    .where(eq(alertPreferences.personId, personId));
  return row ?? DEFAULT_ALERT_PREFERENCES;
}

export async function storeAlertPreferences(db: Database, personId: number, value: AlertPreferences): Promise<void> {
  await db
    .insert(alertPreferences)
    .values({ personId, ...value })
    .onConflictDoUpdate({ target: alertPreferences.personId, set: { ...value, updatedAt: new Date() } });
}

/** HR's switch: whether leaders get alert e-mails at all; on until HR turns it off. */
export async function loadAlertSettings(db: Database): Promise<AlertSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, ALERT_SETTINGS_KEY));
  return alertSettingsSchema.safeParse(row?.value).data ?? DEFAULT_ALERT_SETTINGS;
}
