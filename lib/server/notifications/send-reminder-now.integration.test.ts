import { and, eq, gt, lte } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, people, pulseNotifications, pulses, responses } from '@/db/schema';
import { DEFAULT_MAIL_TIMING } from '@/lib/domain/notifications/mail-timing';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { type DemoLookup, outcome, seededDemo } from '@/testing/demo-lookup';
import type { TestDatabase } from '@/testing/database/test-database';
import { type SmtpCatcher, startSmtpCatcher } from '@/testing/smtp-catcher';
import { type Mailer, createMailer } from './mailer';
import { getMailControls, saveMailTiming } from './pulse-mail-controls';
import { sendDueNotifications } from './send-due-notifications';
import { sendReminderNow } from './send-reminder-now';

const APP = 'https://verbinding.example';
let database: TestDatabase;
let demo: DemoLookup;
let smtp: SmtpCatcher;
let open: { id: number; closesAt: Date };
let invited: Set<string>;
let answered: Set<string>;
const logLines: string[] = [];

const mailer = () => createMailer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' });
const hr = () => demo.viewer(DEMO_ACCOUNTS.hr.email);
const caughtTo = () => smtp.mails.map((mail) => mail.to);
const nearClose = () => new Date(open.closesAt.getTime() - 24 * 3_600_000);

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
  smtp = await startSmtpCatcher();
  const now = new Date();
  const [openNow] = await database.db
    .select({ id: pulses.id, closesAt: pulses.closesAt })
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  open = openNow!;
  // The invitations go out at the opening; the reminder is not due yet (48 hours before the close).
  const sent = await sendDueNotifications(database.db, mailer(), APP);
  expect(sent.reminders).toBe(0);
  await smtp.waitFor(sent.invitations);
  invited = new Set(caughtTo());
  const rows = await database.db
    .select({ email: people.email })
    .from(responses)
    .innerJoin(people, eq(people.id, responses.personId))
    .where(eq(responses.pulseId, open.id));
  answered = new Set(rows.map((row) => row.email));
  smtp.mails.length = 0;
});
afterAll(async () => {
  await smtp?.close();
  await database?.destroy();
});
beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void logLines.push(args.map(String).join(' ')),
    );
  }
});
afterEach(() => vi.restoreAllMocks());

describe('send the reminder now', () => {
  it('reaches exactly those invited who have not answered, once each, over SMTP', async () => {
    const nonRespondents = [...invited].filter((email) => !answered.has(email)).sort();
    expect(nonRespondents.length).toBeGreaterThan(10);
    expect(answered.size).toBeGreaterThan(10);
    expect(nonRespondents).toContain(DEMO_ACCOUNTS.employee.email);

    expect(await sendReminderNow(await hr(), open.id, mailer())).toEqual({
      sent: nonRespondents.length,
      failed: 0,
      chat: 0,
    });
    await smtp.waitFor(nonRespondents.length);
    expect(caughtTo().sort()).toEqual(nonRespondents);
    expect(
      smtp.mails.every(
        (mail) => mail.subject === 'Je pulse sluit binnenkort' || mail.subject === 'Your pulse closes soon',
      ),
    ).toBe(true);
  });

  it('sends nothing on a second press, nor at the periodic reminder afterwards', async () => {
    const before = smtp.mails.length;
    expect(await sendReminderNow(await hr(), open.id, mailer())).toEqual({ sent: 0, failed: 0, chat: 0 });
    expect(await sendDueNotifications(database.db, mailer(), APP, nearClose())).toEqual({
      invitations: 0,
      reminders: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.length).toBe(before);
  });

  it('shows HR the open pulse in counts, the answered ones in steps of k, and audits each press', async () => {
    const controls = await getMailControls(await hr());
    expect(controls.open).toMatchObject({
      pulseId: open.id,
      invited: invited.size,
      reminded: [...invited].filter((email) => !answered.has(email)).length,
      answered: Math.floor(answered.size / controls.minGroupSize) * controls.minGroupSize,
    });
    const presses = await database.db.select().from(auditLog).where(eq(auditLog.action, 'pulse-reminder.send'));
    expect(presses.map((press) => press.after)).toEqual([
      { sent: controls.open!.reminded, failed: 0, chat: 0 },
      { sent: 0, failed: 0, chat: 0 },
    ]);
  });

  it('is HR’s alone, and only for the pulse open now', async () => {
    expect(await outcome(sendReminderNow(await demo.viewer(DEMO_ACCOUNTS.employee.email), open.id, mailer()))).toBe(
      'forbidden',
    );
    expect(await outcome(sendReminderNow(await demo.viewer(DEMO_ACCOUNTS.leader.email), open.id, mailer()))).toBe(
      'forbidden',
    );
    expect(await outcome(sendReminderNow(await hr(), open.id - 1, mailer()))).toBe('conflict');
  });
});

describe('a reminder that cannot be sent', () => {
  it('is given back and sent by the periodic job at HR’s time, with no name or address in the log', async () => {
    await database.db.delete(pulseNotifications).where(eq(pulseNotifications.kind, 'reminder'));
    smtp.mails.length = 0;
    logLines.length = 0;
    const real = mailer();
    let refused = '';
    const refusingTheFirst: Mailer = {
      delivers: true,
      send: (mail) => {
        if (refused) return real.send(mail);
        refused = mail.to;
        const error = Object.assign(new Error(`550 5.1.1 <${mail.to}>: Recipient address rejected`), {
          code: 'EENVELOPE',
        });
        return Promise.reject(error);
      },
    };
    const pressed = await sendReminderNow(await hr(), open.id, refusingTheFirst);
    expect(pressed.failed).toBe(1);
    await smtp.waitFor(pressed.sent);
    expect(caughtTo()).not.toContain(refused);

    // HR moves the reminder to a day already past: the next run of the job sends the one given back.
    await saveMailTiming(await hr(), {
      ...DEFAULT_MAIL_TIMING,
      reminderMode: 'day-time',
      reminderDay: 1,
      reminderTime: '07:00',
    });
    expect(await sendDueNotifications(database.db, real, APP)).toEqual({ invitations: 0, reminders: 1 });
    await smtp.waitFor(pressed.sent + 1);
    expect(caughtTo().filter((to) => to === refused)).toHaveLength(1);
    expect(new Set(caughtTo()).size).toBe(smtp.mails.length);

    const log = logLines.join('\n');
    expect(log).toContain('1 reminder e-mail(s) of pulse');
    const everyone = await database.db.select({ email: people.email, name: people.name }).from(people);
    expect(everyone.filter((person) => log.includes(person.email) || log.includes(person.name))).toEqual([]);
    expect(log).not.toMatch(/@/);
  });
});
