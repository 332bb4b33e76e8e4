import { TZDate } from '@date-fns/tz';
import { addMonths, addWeeks, setISOWeek, startOfISOWeek } from 'date-fns';
import { ORGANISATION_TIME_ZONE, type PeriodKind } from './period-labels';

/** The moment a period ends: midnight after its last day, in the organisation's time zone. */
export function periodEnd(kind: PeriodKind, label: string, timeZone = ORGANISATION_TIME_ZONE): Date {
  const year = Number(label.slice(0, 4));
  if (kind === 'week') {
    // 4 January always lies in ISO week 1 of its year.
    const inWeek = setISOWeek(new TZDate(year, 0, 4, 12, 0, 0, timeZone), Number(label.slice(6)));
    return new Date(addWeeks(startOfISOWeek(inWeek), 1).getTime());
  }
  const firstMonth = kind === 'month' ? Number(label.slice(5)) - 1 : (Number(label.slice(6)) - 1) * 3;
  return new Date(addMonths(new TZDate(year, firstMonth, 1, 0, 0, 0, timeZone), kind === 'month' ? 1 : 3).getTime());
}
