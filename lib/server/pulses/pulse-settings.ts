import 'server-only';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { ANONYMITY_SETTINGS_KEY, loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import type { AnonymityThresholds } from '@/lib/domain/anonymity/thresholds';
import type { AuditAction } from '@/lib/domain/audit/audit-actions';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { can } from '@/lib/domain/permissions';
import { lockSetting, storeSetting } from '@/lib/queries/settings/store-setting';
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
export async function getPulseSettings(viewer: Viewer, now = new Date()): Promise<PulseSettings> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const [schedule, thresholds, nextPulse] = await Promise.all([
    loadPulseSchedule(db),
    loadAnonymityThresholds(db),
    previewNextPulse(db, now),
  ]);
  return { schedule, thresholds, nextPulse };
}

/** Future pulses follow the new schedule; pulses already created keep their dates and questions. */
export async function savePulseSchedule(viewer: Viewer, schedule: PulseSchedule): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await saveSetting(viewer, PULSE_SCHEDULE_KEY, schedule, 'pulse-schedule.update', loadPulseSchedule);
}

/**
 * New thresholds apply to the pulses published after the change; what was published keeps the
 * thresholds it was published with. HR and admins may raise them; only an admin may lower either.
 */
export async function saveAnonymityThresholds(viewer: Viewer, thresholds: AnonymityThresholds): Promise<void> {
  if (!can(viewer.roles, 'org:manage')) assertPermission(viewer, 'admin:manage');
  await saveSetting(
    viewer,
    ANONYMITY_SETTINGS_KEY,
    thresholds,
    'anonymity-thresholds.update',
    loadAnonymityThresholds,
    (before) => {
      const lowered =
        thresholds.minGroupSize < before.minGroupSize || thresholds.commentMinGroupSize < before.commentMinGroupSize;
      if (lowered && !can(viewer.roles, 'admin:manage')) {
        throw new ChangeRefused('thresholdsLowered', 'Only an admin may lower the anonymity thresholds.', 'forbidden');
      }
    },
  );
}

/** Stores an organisation setting and records the change in the audit log, one save at a time; `allow` may refuse it. */
export async function saveSetting<Value>(
  viewer: Viewer,
  key: string,
  value: Value,
  action: AuditAction,
  load: (db: Database) => Promise<Value>,
  allow: (before: Value) => void = () => {},
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockSetting(tx, key);
    const before = await load(tx);
    allow(before);
    await storeSetting(tx, key, value);
    await recordAudit(tx, {
      actorId: viewer.personId,
      action,
      entity: 'settings',
      entityId: key,
      before,
      after: value,
    });
  });
}
