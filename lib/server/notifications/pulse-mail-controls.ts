import 'server-only';
import { getDb } from '@/db';
import { liveRespondentBand } from '@/lib/domain/anonymity/live-respondent-band';
import { type MailTiming, invitationDueAt, reminderDueAt } from '@/lib/domain/notifications/mail-timing';
import { MAIL_TIMING_KEY, loadMailTiming } from '@/lib/queries/notifications/load-mail-timing';
import { readOpenPulseMailStatus } from '@/lib/queries/notifications/open-pulse-mail-status';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';
import { saveSetting } from '@/lib/server/pulses/pulse-settings';

export interface OpenPulseMailStatus {
  pulseId: number;
  opensAt: Date;
  closesAt: Date;
  invitationDueAt: Date;
  reminderDueAt: Date;
  /** The people the pulse asks: the teams' members on the day it opened. */
  inPulse: number;
  invited: number;
  reminded: number;
  /** How many of the whole organisation had answered by `asOf`, in steps of k; null below k. */
  answered: number | null;
  asOf: Date;
}

export interface MailControls {
  timing: MailTiming;
  minGroupSize: number;
  open: OpenPulseMailStatus | null;
}

/**
 * HR's view of the pulse e-mails: when they go out, and the open pulse in counts of the whole
 * organisation, never names. The answered count is the live one leaders see for a team (taken at
 * the last whole hour, rounded down to a multiple of k), so watching it tells nobody who answered.
 */
export async function getMailControls(viewer: Viewer): Promise<MailControls> {
  assertPermission(viewer, 'org:manage');
  const db = await getDb();
  const [timing, thresholds, row] = await Promise.all([
    loadMailTiming(db),
    loadAnonymityThresholds(db),
    readOpenPulseMailStatus(db),
  ]);
  const k = thresholds.minGroupSize;
  if (!row) return { timing, minGroupSize: k, open: null };
  const pulse = { opensAt: new Date(row.opens_at), closesAt: new Date(row.closes_at) };
  return {
    timing,
    minGroupSize: k,
    open: {
      pulseId: Number(row.id),
      ...pulse,
      invitationDueAt: invitationDueAt(timing, pulse),
      reminderDueAt: reminderDueAt(timing, pulse),
      inPulse: Number(row.in_pulse),
      invited: Number(row.invited),
      reminded: Number(row.reminded),
      answered: liveRespondentBand(Number(row.answered_by_then), k),
      asOf: new Date(row.as_of),
    },
  };
}

/** Applies from the next run of the periodic job on, to the open pulse's e-mails not sent yet too; audited. */
export async function saveMailTiming(viewer: Viewer, timing: MailTiming): Promise<void> {
  assertPermission(viewer, 'org:manage');
  await saveSetting(viewer, MAIL_TIMING_KEY, timing, 'mail-timing.update', loadMailTiming);
}
