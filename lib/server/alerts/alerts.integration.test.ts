import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, auditLog, people, personRoles, publishedCells, publishedPeriods } from '@/db/schema';
import { ALERT_KINDS } from '@/lib/domain/alerts/alert-kinds';
import { generateAlerts } from '@/lib/queries/alerts/generate-alerts';
import { publishDue } from '@/lib/queries/publication/publish-due';
import { recordAlerts } from '@/lib/queries/alerts/record-alerts';
import { readTeamIdsInScope } from '@/lib/queries/organisation/teams-in-scope';
import { getTeamTrends } from '@/lib/server/reports/reports';
import { createMailer } from '@/lib/server/notifications/mailer';
import { DEMO_ACCOUNTS, DEMO_HEAD_DEPARTMENT, DEMO_TEAM_A, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { installAppDatabase } from '@/testing/database/app-database';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { type DemoLookup, demoLookup, outcome } from '@/testing/demo-lookup';
import { type CaughtMail, type SmtpCatcher, startSmtpCatcher } from '@/testing/smtp-catcher';
import { getAlertInbox, getUnreadAlertCount, openAlert, saveAlertPreferences } from './alerts';
import { saveAlertSettings } from './alert-settings';
import { sendAlertDigests } from './send-alert-digests';

const TODAY = new Date('2026-12-03T09:00:00Z');
const APP = 'https://verbinding.example';
let database: TestDatabase;
let demo: DemoLookup;
let smtp: SmtpCatcher;
let newestMonth: string;

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db, { today: TODAY });
  demo = await demoLookup(database.db);
  smtp = await startSmtpCatcher();
  const months = await database.db
    .select({ label: publishedPeriods.periodLabel })
    .from(publishedPeriods)
    .where(eq(publishedPeriods.periodKind, 'month'));
  newestMonth = months
    .map((month) => month.label)
    .sort()
    .at(-1)!;
});
afterAll(async () => {
  await smtp?.close();
  await database.destroy();
});

const mailer = () => createMailer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' });
const personId = async (email: string) =>
  (await database.db.select({ id: people.id }).from(people).where(eq(people.email, email)))[0]!.id;
const alertsOf = async (email: string) =>
  database.db
    .select()
    .from(alerts)
    .where(eq(alerts.personId, await personId(email)));

/** Every (person, team) pair that should hear of the newest month: leaders with a team in scope whose month is shown. */
async function expectedPublishedAlerts(): Promise<string[]> {
  const shown = await database.db
    .select({ unit: publishedCells.unit })
    .from(publishedCells)
    .where(
      and(
        eq(publishedCells.periodKind, 'month'),
        eq(publishedCells.periodLabel, newestMonth),
        eq(publishedCells.status, 'shown'),
      ),
    );
  const shownTeams = new Set(shown.map((cell) => cell.unit));
  const leaders = await database.db
    .select({ id: people.id })
    .from(people)
    .innerJoin(personRoles, and(eq(personRoles.personId, people.id), eq(personRoles.role, 'leader')))
    .where(eq(people.active, true));
  const expected: string[] = [];
  for (const leader of leaders) {
    for (const teamId of await readTeamIdsInScope(database.db, leader.id)) {
      if (shownTeams.has(`team:${teamId}`)) expected.push(`${leader.id}:${teamId}`);
    }
  }
  return expected.sort();
}

describe('alerts after publication', () => {
  it('alerts exactly the leaders who have a team in scope whose newest month is shown, and nobody else', async () => {
    expect(await generateAlerts(database.db)).toBeGreaterThan(0);
    const published = await database.db.select().from(alerts).where(eq(alerts.kind, 'published'));
    expect(published.map((alert) => `${alert.personId}:${alert.teamId}`).sort()).toEqual(
      await expectedPublishedAlerts(),
    );
    expect(new Set(published.map((alert) => alert.period))).toEqual(new Set([newestMonth]));
    expect(await alertsOf(DEMO_ACCOUNTS.employee.email)).toEqual([]);
    expect(await alertsOf(DEMO_ACCOUNTS.hr.email)).toEqual([]);
    expect(await alertsOf(DEMO_ACCOUNTS.admin.email)).toEqual([]);
    const leader = await alertsOf(DEMO_ACCOUNTS.leader.email);
    expect(new Set(leader.map((alert) => alert.teamId))).toEqual(
      new Set([demo.team(DEMO_TEAM_A), demo.team(DEMO_TEAM_B)]),
    );
    const head = await alertsOf(DEMO_ACCOUNTS.head.email);
    const headScope = await readTeamIdsInScope(database.db, await personId(DEMO_ACCOUNTS.head.email));
    expect(head.length).toBeGreaterThan(1);
    expect(head.every((alert) => headScope.includes(alert.teamId))).toBe(true);
    expect(leader.some((alert) => headScope.includes(alert.teamId))).toBe(false);
    expect(demo.department(DEMO_HEAD_DEPARTMENT)).toBeGreaterThan(0);
  });

  it('links each alert to the team page at its month', async () => {
    const leader = await alertsOf(DEMO_ACCOUNTS.leader.email);
    for (const alert of leader) expect(alert.link).toBe(`/team/${alert.teamId}?period=month&at=${newestMonth}`);
  });

  it('alerts once: running the step again records nothing', async () => {
    const [before] = await database.db.select({ count: sql<number>`count(*)::int` }).from(alerts);
    expect(await generateAlerts(database.db)).toBe(0);
    const [after] = await database.db.select({ count: sql<number>`count(*)::int` }).from(alerts);
    expect(after!.count).toBe(before!.count);
  });

  it('alerts a drop exactly where the team page flags a significant fall, and never a fall it does not flag', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const alertedTeams = [...new Set((await database.db.select().from(alerts)).map((alert) => alert.teamId))];
    const drops = new Set(
      (await database.db.select().from(alerts).where(eq(alerts.kind, 'drop'))).map(
        (alert) => `${alert.teamId}:${alert.line}`,
      ),
    );
    const flagged = new Set<string>();
    let unflaggedFalls = 0;
    for (const teamId of alertedTeams) {
      const trends = await getTeamTrends(hr, teamId, 'month');
      for (const { line, points } of trends.lines) {
        const point = points.find((cell) => cell.period === newestMonth)!;
        if (point.significant && point.change! < 0) flagged.add(`${teamId}:${line}`);
        else if ((point.change ?? 0) < 0) unflaggedFalls++;
      }
    }
    expect(drops).toEqual(flagged);
    expect(drops).toContain(`${demo.team(DEMO_TEAM_B)}:2`);
    expect(unflaggedFalls).toBeGreaterThan(0);
  });

  it('alerts comments only for the teams whose month shows them', async () => {
    const comments = await database.db.select().from(alerts).where(eq(alerts.kind, 'comments'));
    const shownComments = await database.db
      .select({ unit: publishedCells.unit })
      .from(publishedCells)
      .where(
        and(
          eq(publishedCells.periodKind, 'month'),
          eq(publishedCells.periodLabel, newestMonth),
          eq(publishedCells.comments, true),
        ),
      );
    const withComments = new Set(shownComments.map((cell) => cell.unit));
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((alert) => withComments.has(`team:${alert.teamId}`))).toBe(true);
  });
});

describe('in the app', () => {
  it('counts the unread alerts for the badge, and opening one marks it read and leads to its page', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const unread = await getUnreadAlertCount(leader);
    expect(unread).toBe((await alertsOf(DEMO_ACCOUNTS.leader.email)).length);
    const [first] = (await getAlertInbox(leader)).alerts;
    expect(first!.read).toBe(false);
    expect(await openAlert(leader, first!.id)).toBe(first!.link);
    expect((await getAlertInbox(leader)).alerts.find((alert) => alert.id === first!.id)!.read).toBe(true);
    expect(await getUnreadAlertCount(leader)).toBe(unread - 1);
    expect(await getUnreadAlertCount(await demo.viewer(DEMO_ACCOUNTS.employee.email))).toBe(0);
  });

  it("refuses to open another person's alert, and marks nothing read", async () => {
    const head = await demo.viewer(DEMO_ACCOUNTS.head.email);
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const [headAlert] = (await getAlertInbox(head)).alerts;
    expect(await outcome(openAlert(leader, headAlert!.id))).toBe('not_found');
    expect((await getAlertInbox(head)).alerts[0]!.read).toBe(false);
    expect(await outcome(getAlertInbox(await demo.viewer(DEMO_ACCOUNTS.employee.email)))).toBe('forbidden');
  });
});

describe('digests by e-mail, through a real SMTP server', () => {
  it('sends one digest per person with alerts, holding their alerts and nothing the pages do not show', async () => {
    smtp.mails.length = 0;
    const withAlerts = await database.db
      .selectDistinct({ email: people.email })
      .from(alerts)
      .innerJoin(people, eq(people.id, alerts.personId));
    expect(await sendAlertDigests(database.db, mailer(), APP)).toBe(withAlerts.length);
    await smtp.waitFor(withAlerts.length);
    expect(smtp.mails.map((mail) => mail.to).sort()).toEqual(withAlerts.map((row) => row.email).sort());
    const leaderMail = smtp.mails.find((mail) => mail.to === DEMO_ACCOUNTS.leader.email)!;
    expect(leaderMail.subject).toBe('Nieuw voor je teams in Verbinding');
    expect(leaderMail.text).toContain(DEMO_TEAM_A);
    expect(leaderMail.text).toContain(DEMO_TEAM_B);
    expect(leaderMail.text).toContain(`${APP}/team/${demo.team(DEMO_TEAM_B)}?period=month&at=${newestMonth}`);
    for (const mail of smtp.mails) expect(mailWithoutLinks(mail)).not.toMatch(/\d+[.,]\d|%/);
    expect(smtp.mails.some((mail) => mail.to === DEMO_ACCOUNTS.employee.email)).toBe(false);
  });

  it('sends nothing when nothing is new', async () => {
    smtp.mails.length = 0;
    expect(await sendAlertDigests(database.db, mailer(), APP)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.mails).toEqual([]);
  });

  it("respects each person's choices: the kinds, e-mail, and the app", async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const head = await demo.viewer(DEMO_ACCOUNTS.head.email);
    await saveAlertPreferences(leader, { kinds: ['conversation'], email: false, inApp: true });
    await saveAlertPreferences(head, { kinds: ['published'], email: true, inApp: true });
    const [teamA, directie] = [demo.team(DEMO_TEAM_A), demo.team('Directie Productie')];
    const recorded = await recordAlerts(database.db, [
      { kind: 'conversation', teamId: teamA, link: `/team/${teamA}#comments`, key: 'conversation:test:1' },
      { kind: 'conversation', teamId: directie, link: `/team/${directie}#comments`, key: 'conversation:test:2' },
    ]);
    expect(recorded).toBeGreaterThan(0);
    expect((await alertsOf(DEMO_ACCOUNTS.leader.email)).some((alert) => alert.kind === 'conversation')).toBe(true);
    expect((await alertsOf(DEMO_ACCOUNTS.head.email)).some((alert) => alert.kind === 'conversation')).toBe(false);
    const unread = await getUnreadAlertCount(leader);
    expect(unread).toBeGreaterThan(0);
    await saveAlertPreferences(leader, { kinds: ['conversation'], email: false, inApp: false });
    expect(await getUnreadAlertCount(leader)).toBe(0);
    expect((await getAlertInbox(leader)).inApp).toBe(false);

    smtp.mails.length = 0;
    await sendAlertDigests(database.db, mailer(), APP);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.map((mail) => mail.to)).not.toContain(DEMO_ACCOUNTS.leader.email);
    expect(smtp.mails.map((mail) => mail.to)).not.toContain(DEMO_ACCOUNTS.head.email);
    await saveAlertPreferences(leader, { kinds: [...ALERT_KINDS], email: true, inApp: true });
    await saveAlertPreferences(head, { kinds: [...ALERT_KINDS], email: true, inApp: true });
  });

  it('sends no alert e-mails when HR turns them off, records the change in the audit log, and in-app alerts go on', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    expect(await outcome(saveAlertSettings(leader, { leaderEmails: false }))).toBe('forbidden');
    await saveAlertSettings(hr, { leaderEmails: false });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'alert-settings.update'));
    expect(entry).toMatchObject({ before: { leaderEmails: true }, after: { leaderEmails: false }, entityId: 'alerts' });
    const teamA = demo.team(DEMO_TEAM_A);
    await recordAlerts(database.db, [
      { kind: 'conversation', teamId: teamA, link: `/team/${teamA}#comments`, key: 'conversation:test:3' },
    ]);
    const unread = await getUnreadAlertCount(leader);
    expect(unread).toBeGreaterThan(0);
    smtp.mails.length = 0;
    expect(await sendAlertDigests(database.db, mailer(), APP)).toBe(0);
    await saveAlertSettings(hr, { leaderEmails: true });
    expect(await sendAlertDigests(database.db, mailer(), APP)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails).toEqual([]);
  });

  it('refuses a link outside the app, recording nothing', async () => {
    const teamA = demo.team(DEMO_TEAM_A);
    const [before] = await database.db.select({ count: sql<number>`count(*)::int` }).from(alerts);
    await expect(
      recordAlerts(database.db, [{ kind: 'conversation', teamId: teamA, link: '//evil.example/x', key: 'bad' }]),
    ).rejects.toThrow();
    const [after] = await database.db.select({ count: sql<number>`count(*)::int` }).from(alerts);
    expect(after!.count).toBe(before!.count);
  });

  it('a new event after the switch is back on is mailed once', async () => {
    const teamB = demo.team(DEMO_TEAM_B);
    await recordAlerts(database.db, [
      { kind: 'conversation', teamId: teamB, link: `/team/${teamB}#comments`, key: 'conversation:test:4' },
    ]);
    smtp.mails.length = 0;
    const sent = await sendAlertDigests(database.db, mailer(), APP);
    await smtp.waitFor(sent);
    const leaderMail = smtp.mails.find((mail) => mail.to === DEMO_ACCOUNTS.leader.email)!;
    expect(leaderMail.text).toContain(`${DEMO_TEAM_B}: een gesprek over een opmerking heeft een nieuw bericht.`);
    expect(leaderMail.text).not.toContain(DEMO_TEAM_A);
  });
});

/** The mail's prose, without its links (whose ids and months hold digits). */
const mailWithoutLinks = (mail: CaughtMail) => mail.text.replace(/https?:\/\/\S+/g, '');

describe('the next publication run', () => {
  it('alerts the month it publishes, once, and never the months alerted before', async () => {
    const before = await database.db.select({ key: alerts.key }).from(alerts);
    const run = await publishDue(database.db, { at: new Date('2027-01-20T09:00:00Z') });
    expect(run.periods).toBeGreaterThan(0);
    const recorded = await generateAlerts(database.db);
    const added = (await database.db.select().from(alerts)).filter(
      (alert) => !before.some((old) => old.key === alert.key),
    );
    expect(recorded).toBe(added.length);
    expect(new Set(added.map((alert) => alert.period))).toEqual(new Set(['2026-12']));
    expect(await generateAlerts(database.db)).toBe(0);
  });
});
