/**
 * The day an e-mail about the author's answer may go out: the next day. It then says no more of
 * when the author answered than the day the conversation shows, whenever the job runs.
 */
export function dayAfter(day: string): string {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
