import { TZDate } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear, getMonth, getQuarter, getYear } from 'date-fns';

export const PERIOD_KINDS = ['week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Periods are counted in the organisation's own time zone: a pulse opening Monday 00:30 in Brussels is that Monday's week. */
export const ORGANISATION_TIME_ZONE = 'Europe/Brussels';

export interface PeriodLabels {
  week: string;
  month: string;
  quarter: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The ISO week (`2026-W45`), month (`2026-11`) and quarter (`2026-Q4`) a moment falls in. */
export function periodLabelsOf(moment: Date, timeZone = ORGANISATION_TIME_ZONE): PeriodLabels {
  const local = new TZDate(moment.getTime(), timeZone);
  return {
    week: `${getISOWeekYear(local)}-W${pad(getISOWeek(local))}`,
    month: `${getYear(local)}-${pad(getMonth(local) + 1)}`,
    quarter: `${getYear(local)}-Q${getQuarter(local)}`,
  };
}

const LABEL_PATTERN: Record<PeriodKind, RegExp> = {
  week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
};

export function isPeriodLabel(kind: PeriodKind, label: string): boolean {
  return LABEL_PATTERN[kind].test(label);
}
