import 'server-only';
import { getDb } from '@/db';
import type { AlertSettings } from '@/lib/domain/alerts/alert-kinds';
import { ALERT_SETTINGS_KEY, loadAlertSettings } from '@/lib/queries/alerts/alert-preferences';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { saveSetting } from '@/lib/server/pulses/pulse-settings';

/** HR's switch: whether leaders get alert e-mails at all. */
export async function getAlertSettings(viewer: Viewer): Promise<AlertSettings> {
  assertPermission(viewer, 'org:manage');
  return loadAlertSettings(await getDb());
}

/** Turns leaders' alert e-mails on or off for the whole organisation, recorded in the audit log. */
export async function saveAlertSettings(viewer: Viewer, value: AlertSettings): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await saveSetting(viewer, ALERT_SETTINGS_KEY, value, 'alert-settings.update', loadAlertSettings);
}
