import { describe, expect, it } from 'vitest';
import { closingOf, openingsUntil } from '@/lib/domain/pulses/schedule';
import { DEFAULT_MAIL_TIMING, type MailTiming, invitationDueAt, mailTimingSchema, reminderDueAt } from './mail-timing';

const weekly = { cadence: 'weekly', weekday: 1, openDays: 7, startDate: '2027-03-01', itemsPerLine: 2 } as const;
/** The pulse of Monday 22 March 2027, 06:00 CET, that closes on 29 March at 06:00 CEST: the clocks move on the 28th. */
const [acrossMarch] = openingsUntil(weekly, new Date('2027-03-23T00:00:00Z'))
  .slice(-1)
  .map((opensAt) => ({ opensAt, closesAt: closingOf(weekly, opensAt) }));
const timing = (change: Partial<MailTiming>): MailTiming => ({ ...DEFAULT_MAIL_TIMING, ...change });

describe('when the pulse e-mails go out', () => {
  it('opens the pulse of the week the clocks move at 06:00 CET and closes it at 06:00 CEST', () => {
    expect(acrossMarch!.opensAt.toISOString()).toBe('2027-03-22T05:00:00.000Z');
    expect(acrossMarch!.closesAt.toISOString()).toBe('2027-03-29T04:00:00.000Z');
  });

  it('invites at the opening by default, or at a time of the opening day, never before the opening', () => {
    expect(invitationDueAt(DEFAULT_MAIL_TIMING, acrossMarch!)).toEqual(acrossMarch!.opensAt);
    expect(
      invitationDueAt(timing({ invitationMode: 'time', invitationTime: '09:30' }), acrossMarch!).toISOString(),
    ).toBe('2027-03-22T08:30:00.000Z');
    expect(invitationDueAt(timing({ invitationMode: 'time', invitationTime: '05:00' }), acrossMarch!)).toEqual(
      acrossMarch!.opensAt,
    );
  });

  it('reminds hours before the close, or on a day of the pulse at a local time across the change of the clocks', () => {
    expect(reminderDueAt(DEFAULT_MAIL_TIMING, acrossMarch!).toISOString()).toBe('2027-03-27T04:00:00.000Z');
    // Day 7 is Sunday the 28th, after the clocks went forward: 09:00 CEST is 07:00 UTC.
    expect(
      reminderDueAt(
        timing({ reminderMode: 'day-time', reminderDay: 7, reminderTime: '09:00' }),
        acrossMarch!,
      ).toISOString(),
    ).toBe('2027-03-28T07:00:00.000Z');
    // Day 1 at 09:00 is still CET: 08:00 UTC.
    expect(
      reminderDueAt(
        timing({ reminderMode: 'day-time', reminderDay: 1, reminderTime: '09:00' }),
        acrossMarch!,
      ).toISOString(),
    ).toBe('2027-03-22T08:00:00.000Z');
  });

  it('keeps a reminder set past the pulse inside it: before the close, never before the opening', () => {
    const lateDay = reminderDueAt(
      timing({ reminderMode: 'day-time', reminderDay: 20, reminderTime: '09:00' }),
      acrossMarch!,
    );
    expect(lateDay < acrossMarch!.closesAt && lateDay > acrossMarch!.opensAt).toBe(true);
    expect(reminderDueAt(timing({ reminderHoursBeforeClose: 500 }), acrossMarch!)).toEqual(acrossMarch!.opensAt);
  });

  it('refuses times and numbers that are not', () => {
    const refused = (change: Record<string, unknown>) =>
      mailTimingSchema.safeParse({ ...DEFAULT_MAIL_TIMING, ...change }).error?.issues.map((issue) => issue.path[0]);
    expect(refused({ invitationTime: '24:00' })).toEqual(['invitationTime']);
    expect(refused({ reminderTime: '9u' })).toEqual(['reminderTime']);
    expect(refused({ reminderHoursBeforeClose: 0 })).toEqual(['reminderHoursBeforeClose']);
    expect(refused({ reminderDay: 1.5 })).toEqual(['reminderDay']);
    expect(refused({ reminderMode: 'never' })).toEqual(['reminderMode']);
    expect(refused({})).toBeUndefined();
  });
});
