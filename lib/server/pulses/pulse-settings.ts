import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { ANONYMITY_SETTINGS_KEY, loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import type { AnonymityThresholds } from '@/lib/domain/anonymity/thresholds';
import type { AuditAction } from '@/lib/domain/audit/audit-actions';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { can } from '@/lib/domain/permissions';
import { PULSE_SCHEDULE_KEY, loadPulseSchedule } from '@/lib/queries/pulses/load-schedule';
import { type PulsePreview, previewNextPulse } from '@/lib/queries/pulses/preview-next-pulse';
import type { PulseSchedule } from '@/lib/domain/pulses/schedule';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export interface PulseSettings {
  schedule: PulseSchedule;
  thresholds: AnonymityThresholds;
  nextPulse: PulsePreview;
}

/** The schedule, the thresholds and the pulse that the schedule opens next, for HR. */
export async function getPulseSettings(db: Database, viewer: Viewer, now = new Date()): Promise<PulseSettings> {
  assertPermission(viewer, 'org:manage');
  const [schedule, thresholds, nextPulse] = await Promise.all([loadPulseSchedule(db), loadAnonymityThresholds(db), previewNextPulse(db, now)]);
  return { schedule, thresholds, nextPulse };
}

/** Future pulses follow the new schedule; pulses already created keep their dates and questions. */
export async function savePulseSchedule(db: Database, viewer: Viewer, schedule: PulseSchedule): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await saveSetting(db, viewer, PULSE_SCHEDULE_KEY, schedule, 'pulse-schedule.update', loadPulseSchedule);
}

/**
 * New thresholds apply to the pulses published after the change; what was published keeps the
 * thresholds it was published with. HR and admins may raise them; only an admin may lower either.
 */
export async function saveAnonymityThresholds(db: Database, viewer: Viewer, thresholds: AnonymityThresholds): Promise<void> {
  if (!can(viewer.roles, 'org:manage')) assertPermission(viewer, 'admin:manage');
  await saveSetting(db, viewer, ANONYMITY_SETTINGS_KEY, thresholds, 'anonymity-thresholds.update', loadAnonymityThresholds, (before) => {
    const lowered = thresholds.minGroupSize < before.minGroupSize || thresholds.commentMinGroupSize < before.commentMinGroupSize;
    if (lowered && !can(viewer.roles, 'admin:manage')) {
      throw new ChangeRefused('thresholdsLowered', 'Only an admin may lower the anonymity thresholds.', 'forbidden');
    }
  });
}

async function saveSetting<Value>(
  db: Database,
  viewer: Viewer,
  key: string,
  value: Value,
  action: AuditAction,
  load: (db: Database) => Promise<Value>,
  allow: (before: Value) => void = () => {},
): Promise<void> {
  await db.transaction(async (tx) => {
    // The row lock keeps two simultaneous saves from recording the same "before".
    await tx.select({ key: settings.key }).from(settings).where(eq(settings.key, key)).for('update');
    const before = await load(tx);
    allow(before);
    await tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: viewer.personId, action, entity: 'settings', entityId: key, before, after: value });
  });
}
