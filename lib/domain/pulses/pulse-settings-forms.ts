import { anonymityThresholdsSchema } from '@/lib/domain/anonymity/thresholds';
import { formContract, numberOf, textOf } from '@/lib/domain/forms/form-contract';
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
