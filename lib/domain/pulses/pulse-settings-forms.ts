import { z } from 'zod';
import { anonymityThresholdsSchema } from '@/lib/domain/anonymity/thresholds';
import { formContract, numberOf, textOf } from '@/lib/domain/forms/form-contract';
import { mailTimingSchema } from '@/lib/domain/notifications/mail-timing';
import { pulseScheduleSchema } from './schedule';

/** The schedule form: the stored setting's own schema. */
export const pulseScheduleForm = formContract(pulseScheduleSchema, (form) => ({
  cadence: textOf(form, 'cadence'),
  weekday: numberOf(form, 'weekday'),
  openDays: numberOf(form, 'openDays'),
  startDate: textOf(form, 'startDate'),
  itemsPerLine: numberOf(form, 'itemsPerLine'),
}));

/** The thresholds form: k and the comment threshold, never below 3 and k. */
export const anonymityThresholdsForm = formContract(anonymityThresholdsSchema, (form) => ({
  minGroupSize: numberOf(form, 'minGroupSize'),
  commentMinGroupSize: numberOf(form, 'commentMinGroupSize'),
}));

/** When the invitations and the reminder go out: the stored setting's own schema. */
export const mailTimingForm = formContract(mailTimingSchema, (form) => ({
  invitationMode: textOf(form, 'invitationMode'),
  invitationTime: textOf(form, 'invitationTime'),
  reminderMode: textOf(form, 'reminderMode'),
  reminderHoursBeforeClose: numberOf(form, 'reminderHoursBeforeClose'),
  reminderDay: numberOf(form, 'reminderDay'),
  reminderTime: textOf(form, 'reminderTime'),
}));

/** "Send the reminder now" names the open pulse HR saw, so a press on a page left open past its close sends nothing. */
export const sendReminderForm = formContract(z.object({ pulseId: z.number().int().positive() }), (form) => ({
  pulseId: numberOf(form, 'pulseId'),
}));
