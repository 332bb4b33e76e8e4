import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { z } from 'zod';
import { ORGANISATION_TIME_ZONE } from '@/lib/domain/periods/period-labels';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * When the invitation and the one reminder of each pulse go out, HR's setting. The invitation: at
 * the pulse's opening, or at a time of the opening day. The reminder: some hours before the close,
 * or on a day of the pulse (1 = the opening day) at a time. Times are the organisation's own.
 */
export const mailTimingSchema = z.object({
  invitationMode: z.enum(['opening', 'time'], { message: 'invitationMode' }),
  invitationTime: z.string().regex(TIME_OF_DAY, 'invitationTime'),
  reminderMode: z.enum(['before-close', 'day-time'], { message: 'reminderMode' }),
  reminderHoursBeforeClose: z
    .number()
    .int('reminderHoursBeforeClose')
    .min(1, 'reminderHoursBeforeClose')
    .max(24 * 27, 'reminderHoursBeforeClose'),
  reminderDay: z.number().int('reminderDay').min(1, 'reminderDay').max(28, 'reminderDay'),
  reminderTime: z.string().regex(TIME_OF_DAY, 'reminderTime'),
});

export type MailTiming = z.infer<typeof mailTimingSchema>;

export const DEFAULT_MAIL_TIMING: MailTiming = {
  invitationMode: 'opening',
  invitationTime: '09:00',
  reminderMode: 'before-close',
  reminderHoursBeforeClose: 48,
  reminderDay: 5,
  reminderTime: '09:00',
};

interface PulseWindow {
  opensAt: Date;
  closesAt: Date;
}

/** `HH:MM` on the organisation's day that lies `dayOffset` days after the one `moment` falls on. */
function atLocalTime(moment: Date, dayOffset: number, time: string): Date {
  const local = addDays(new TZDate(moment.getTime(), ORGANISATION_TIME_ZONE), dayOffset);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(
    new TZDate(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      hours ?? 0,
      minutes ?? 0,
      ORGANISATION_TIME_ZONE,
    ).getTime(),
  );
}

/** Kept inside the pulse: never before it opens, never at or after its close. */
function withinPulse(moment: Date, pulse: PulseWindow): Date {
  const latest = pulse.closesAt.getTime() - 60_000;
  return new Date(Math.min(latest, Math.max(pulse.opensAt.getTime(), moment.getTime())));
}

/** When a pulse's invitations are due. */
export function invitationDueAt(timing: MailTiming, pulse: PulseWindow): Date {
  if (timing.invitationMode === 'opening') return pulse.opensAt;
  return withinPulse(atLocalTime(pulse.opensAt, 0, timing.invitationTime), pulse);
}

/** When a pulse's reminder is due: a day past the pulse's last counts as its last. */
export function reminderDueAt(timing: MailTiming, pulse: PulseWindow): Date {
  const due =
    timing.reminderMode === 'before-close'
      ? new Date(pulse.closesAt.getTime() - timing.reminderHoursBeforeClose * 3_600_000)
      : atLocalTime(pulse.opensAt, timing.reminderDay - 1, timing.reminderTime);
  return withinPulse(due, pulse);
}
