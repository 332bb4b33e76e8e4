import { TZDate } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear, getMonth, getQuarter, getYear } from 'date-fns';

export const PERIOD_KINDS = ['week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const periodKey = (kind: PeriodKind, label: string) => `${kind}|${label}`;

/** Periods are counted in the organisation's own time zone: a pulse opening Monday 00:30 in Brussels is that Monday's week. */
export const ORGANISATION_TIME_ZONE = 'Europe/Brussels';

export interface PeriodLabels {
  week: string;
  month: string;
  quarter: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Every time zone's offsets, and the instants at which they change, fall on quarter hours of UTC,
 * so a local date, and with it every label, holds for a whole quarter hour of UTC.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
let lastLabels: { timeZone: string; quarterHour: number; labels: Readonly<PeriodLabels> } | null = null;

/**
 * The ISO week (`2026-W45`), month (`2026-11`) and quarter (`2026-Q4`) a moment falls in. Working
 * them out in a time zone takes a tenth of a millisecond and every report asks for the current
 * ones, so the last quarter hour's are kept.
 */
export function periodLabelsOf(moment: Date, timeZone = ORGANISATION_TIME_ZONE): Readonly<PeriodLabels> {
  const quarterHour = Math.floor(moment.getTime() / QUARTER_HOUR_MS);
  if (lastLabels?.timeZone === timeZone && lastLabels.quarterHour === quarterHour) return lastLabels.labels;
  const local = new TZDate(moment.getTime(), timeZone);
  const labels = Object.freeze({
    week: `${getISOWeekYear(local)}-W${pad(getISOWeek(local))}`,
    month: `${getYear(local)}-${pad(getMonth(local) + 1)}`,
    quarter: `${getYear(local)}-Q${getQuarter(local)}`,
  });
  lastLabels = { timeZone, quarterHour, labels };
  return labels;
}

const LABEL_PATTERN: Record<PeriodKind, RegExp> = {
  week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
};

export function isPeriodLabel(kind: PeriodKind, label: string): boolean {
  return LABEL_PATTERN[kind].test(label);
}
