import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { people, pulseNotifications, pulses, responses } from '@/db/schema';
import { seedDemo } from '@/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { type Mail, type Mailer, createMailer } from './mailer';
import { sendDueNotifications } from './send-due-notifications';

let database: TestDatabase;
let closesAt: Date;
const outbox: Mail[] = [];
const mailer: Mailer = { delivers: true, send: (mail) => Promise.resolve(void outbox.push(mail)) };

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
  const now = new Date();
  const [open] = await database.db
    .select()
    .from(pulses)
    .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now)));
  closesAt = open!.closesAt;
});
afterAll(() => database.destroy());

describe('pulse e-mails', () => {
  it('invites everyone in a team once, in their language, and no one twice', async () => {
    const first = await sendDueNotifications(database.db, mailer, 'https://verbinding.example');
    expect(first.invitations).toBeGreaterThanOrEqual(250);
    expect(first.reminders).toBe(0);
    expect(new Set(outbox.map((mail) => mail.to)).size).toBe(outbox.length);
    expect(outbox.find((mail) => mail.to === 'employee@demo.test')?.text).toContain(
      'https://verbinding.example/survey',
    );
    expect(outbox.some((mail) => mail.to === 'admin@demo.test')).toBe(false);
    expect(await sendDueNotifications(database.db, mailer, 'https://verbinding.example')).toEqual({
      invitations: 0,
      reminders: 0,
    });
  });

  it('reminds only those who have not answered, once, when the pulse is about to close', async () => {
    outbox.length = 0;
    const nearClose = new Date(closesAt.getTime() - 24 * 3_600_000);
    const sent = await sendDueNotifications(database.db, mailer, 'https://verbinding.example', nearClose);
    const [employee] = await database.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.email, 'employee@demo.test'));
    const answeredEmails = await database.db
      .select({ email: people.email })
      .from(responses)
      .innerJoin(people, eq(people.id, responses.personId))
      .innerJoin(pulses, eq(pulses.id, responses.pulseId))
      .where(and(lte(pulses.opensAt, nearClose), gt(pulses.closesAt, nearClose)));
    expect(sent.reminders).toBe(outbox.length);
    expect(outbox.every((mail) => !answeredEmails.some((row) => row.email === mail.to))).toBe(true);
    expect(outbox.some((mail) => mail.to === 'employee@demo.test')).toBe(employee !== undefined);
    expect((await sendDueNotifications(database.db, mailer, 'https://verbinding.example', nearClose)).reminders).toBe(
      0,
    );
  });
});

describe('without SMTP', () => {
  it('logs how many e-mails were not sent, never to whom: no address or name of anyone invited or reminded', async () => {
    await database.db.delete(pulseNotifications).where(sql`true`);
    const lines: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' '))),
    );
    try {
      const sent = await sendDueNotifications(
        database.db,
        createMailer({}),
        'https://verbinding.example',
        new Date(closesAt.getTime() - 24 * 3_600_000),
      );
      expect(sent.reminders).toBeGreaterThan(0);
      expect(lines).toHaveLength(sent.invitations + sent.reminders);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const log = lines.join('\n');
    const everyone = await database.db.select({ email: people.email, name: people.name }).from(people);
    expect(everyone.filter((person) => log.includes(person.email) || log.includes(person.name))).toEqual([]);
    expect(log).not.toMatch(/@/);
    expect(log).toContain('[mail not sent: SMTP_HOST is not set] 1 e-mail: "Je pulse sluit binnenkort"');
  });
});
