const DAY_MS = 86_400_000;

export function startOfUtcDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

export function addDays(moment: Date, days: number): Date {
  return new Date(moment.getTime() + days * DAY_MS);
}

/** The UTC calendar date as 'YYYY-MM-DD', the form of a `date` column. */
export function toDateString(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
