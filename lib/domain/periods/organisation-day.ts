import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ORGANISATION_TIME_ZONE } from './period-labels';

/** The calendar day (`2026-11-30`) a moment falls on in the organisation's time zone: the date of a move or a leave. */
export function organisationDay(moment: Date = new Date()): string {
  return format(new TZDate(moment.getTime(), ORGANISATION_TIME_ZONE), 'yyyy-MM-dd');
}
