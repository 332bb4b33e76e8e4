import 'server-only';
import { getDb } from '@/db';
import type { AlertPreferences } from '@/lib/domain/alerts/alert-kinds';
import { alertChannels } from '@/lib/domain/chat/chat-delivery-setting';
import { AppError } from '@/lib/domain/errors';
import { loadAlertPreferences, loadAlertSettings, storeAlertPreferences } from '@/lib/queries/alerts/alert-preferences';
import { type AlertEntry, countUnreadAlerts, listAlerts, markAlertsRead } from '@/lib/queries/alerts/read-alerts';
import { loadChatDelivery } from '@/lib/queries/chat/load-chat-delivery';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { configuredChannels, createChatSenders } from '@/lib/server/chat/chat-senders';

export type { AlertEntry };

/** The header's badge: how many of the viewer's alerts are unread (0 for anyone who leads no team). */
export async function getUnreadAlertCount(viewer: Viewer): Promise<number> {
  if (!viewer.roles.includes('leader')) return 0;
  return countUnreadAlerts(await getDb(), viewer.personId);
}

export interface AlertInbox {
  alerts: AlertEntry[];
  /** Whether the viewer chose to see alerts in the app. */
  inApp: boolean;
}

/** The viewer's own alerts, newest first; only ever their own. From the primary, as the badge: they see what they just read or chose. */
export async function getAlertInbox(viewer: Viewer): Promise<AlertInbox> {
  assertPermission(viewer, 'team:view');
  const db = await getDb();
  const [alerts, preferences] = await Promise.all([
    listAlerts(db, viewer.personId),
    loadAlertPreferences(db, viewer.personId),
  ]);
  return { alerts, inApp: preferences.inApp };
}

/** Marks one of the viewer's alerts read and returns where it leads; another person's alert is not found. */
export async function openAlert(viewer: Viewer, alertId: number): Promise<string> {
  assertPermission(viewer, 'team:view');
  const { found, link } = await markAlertsRead(await getDb(), viewer.personId, alertId);
  if (!found || link === null) throw new AppError('not_found', 'There is no such alert.');
  return link;
}

export async function markAllAlertsRead(viewer: Viewer): Promise<void> {
  assertPermission(viewer, 'team:view');
  await markAlertsRead(await getDb(), viewer.personId, null);
}

/** The viewer's choices, and whether a digest reaches leaders at all: by e-mail if HR lets it, or in Teams or Slack. */
export async function getAlertChoices(
  viewer: Viewer,
): Promise<{ preferences: AlertPreferences; leaderEmails: boolean; chatDigests: boolean }> {
  assertPermission(viewer, 'team:view');
  const db = await getDb();
  const [preferences, settings, chatDelivery] = await Promise.all([
    loadAlertPreferences(db, viewer.personId),
    loadAlertSettings(db),
    loadChatDelivery(db),
  ]);
  const chatDigests = alertChannels(chatDelivery, configuredChannels(createChatSenders())).length > 0;
  return { preferences, leaderEmails: settings.leaderEmails, chatDigests };
}

/** A person's own choices: which kinds, in the app and/or by e-mail. They apply from the next alert on. */
export async function saveAlertPreferences(viewer: Viewer, preferences: AlertPreferences): Promise<void> {
  assertPermission(viewer, 'team:view');
  await storeAlertPreferences(await getDb(), viewer.personId, preferences);
}
