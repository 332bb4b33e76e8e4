import { gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { type CommentAuthor, pickComment } from '@/testing/conversation-fixture';
import type { TestDatabase } from '@/testing/database/test-database';
import { type DemoLookup, seededDemo } from '@/testing/demo-lookup';
import { type CaughtMail, startSmtpCatcher } from '@/testing/smtp-catcher';
import { heatmapViewOptionsSchema } from '@/lib/domain/heatmap-views/heatmap-view-options';
import { ORG_UNIT } from '@/lib/domain/rollups/units';
import { loadViewer } from '@/lib/server/access/viewer';
import { createMailer } from '@/lib/server/notifications/mailer';
import { exportHeatmapView } from '@/lib/server/reports/heatmap-export';
import { exportAggregates } from '@/lib/server/reports/reports';
import { getTeamComments } from '@/lib/server/team/team-comments';
import { answerConversation } from './answer-conversation';
import { getMyConversations } from './my-conversations';
import { replyToComment } from './reply-to-comment';
import { sendAlertDigests } from '@/lib/server/alerts/send-alert-digests';
import { sendConversationMails } from './send-conversation-mails';

let database: TestDatabase;
let demo: DemoLookup;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
  smtp = await startSmtpCatcher();
});
afterAll(async () => {
  await smtp.close();
  await database.destroy();
});

const APP_URL = 'https://verbinding.example';
const TODAY = new Date('2026-12-07T09:00:00Z');
const TOMORROW = new Date('2026-12-08T07:00:00Z');

/** Every way the author could be named: their name, address, person and response ids, and when they wrote. */
function identifiers(author: CommentAuthor): string[] {
  const moments = [author.submittedAt, author.commentCreatedAt].flatMap((moment) => [
    moment.toISOString(),
    moment.toISOString().slice(0, 16),
    moment.toISOString().slice(0, 10),
    String(moment.getTime()),
    String(Math.floor(moment.getTime() / 1000)),
  ]);
  return [author.name, author.email, ...author.name.split(' ').filter((part) => part.length > 3), ...moments];
}

/** The identifiers `text` holds, and any whole-number id of the author (the person's or the response's) as a separate number. */
function leaks(text: string, author: CommentAuthor): string[] {
  const lower = text.toLowerCase();
  const found = identifiers(author).filter((value) => lower.includes(value.toLowerCase()));
  for (const id of [author.personId, author.responseId]) {
    if (new RegExp(`(^|[^0-9])${id}([^0-9]|$)`).test(text)) found.push(`id ${id}`);
  }
  return found;
}

/** The keys of every object in a served shape: a conversation may carry these and nothing else. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, keys));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      keysOf(inner, keys);
    }
  return keys;
}

const SERVED_KEYS = [
  'body',
  'comments',
  'commentId',
  'day',
  'id',
  'leaderName',
  'line',
  'period',
  'replies',
  'side',
  'state',
  'threshold',
];

describe('an anonymous conversation, played through a real SMTP server', () => {
  it('tells the leader, HR, the audit log, the exports and every e-mail nothing of the author, who sees every reply and gets the e-mails', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const teamId = demo.team(DEMO_TEAM_B);
    const { month, comment, author } = await pickComment(database.db, leader, teamId);
    const authorViewer = (await loadViewer(database.db, author.personId))!;
    const mailer = createMailer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' });
    const [{ lastId }] = (await database.db
      .select({ lastId: sql<number>`coalesce(max(${auditLog.id}), 0)` })
      .from(auditLog)) as [{ lastId: number }];
    const seenByLeaders: unknown[] = [];
    // The digests of what was published before the conversation go nowhere: only its own are caught.
    await sendAlertDigests(database.db, { delivers: true, send: () => Promise.resolve() }, APP_URL);

    seenByLeaders.push(
      await replyToComment(leader, { commentId: comment.id, body: 'Dank je. Wat zou helpen?' }, TODAY),
    );
    expect(await sendConversationMails(database.db, mailer, APP_URL, TODAY)).toEqual({
      author: 1,
      leaders: 0,
    });

    const afterFirst = await getMyConversations(authorViewer);
    expect(afterFirst).toEqual([
      {
        id: comment.id,
        body: comment.body,
        line: comment.line,
        replies: [
          {
            side: 'leader',
            leaderName: DEMO_ACCOUNTS.leader.name,
            body: 'Dank je. Wat zou helpen?',
            day: '2026-12-07',
          },
        ],
      },
    ]);
    await answerConversation(authorViewer, { commentId: comment.id, body: 'Meer tijd voor opleiding.' }, TODAY);
    seenByLeaders.push(await replyToComment(leader, { commentId: comment.id, body: 'Ik plan het in.' }, TODAY));
    expect(await sendConversationMails(database.db, mailer, APP_URL, TODAY)).toEqual({
      author: 1,
      leaders: 0,
    });
    const alerted = await sendConversationMails(database.db, mailer, APP_URL, TOMORROW);
    expect(alerted.author).toBe(0);
    expect(alerted.leaders).toBeGreaterThan(0);
    expect(await sendConversationMails(database.db, mailer, APP_URL, TOMORROW)).toEqual({
      author: 0,
      leaders: 0,
    });
    expect(await sendAlertDigests(database.db, mailer, APP_URL)).toBe(alerted.leaders);
    await smtp.waitFor(2 + alerted.leaders);

    const thread = [
      { side: 'leader', leaderName: DEMO_ACCOUNTS.leader.name, body: 'Dank je. Wat zou helpen?', day: '2026-12-07' },
      { side: 'author', leaderName: null, body: 'Meer tijd voor opleiding.', day: '2026-12-07' },
      { side: 'leader', leaderName: DEMO_ACCOUNTS.leader.name, body: 'Ik plan het in.', day: '2026-12-07' },
    ];
    expect((await getMyConversations(authorViewer))[0]!.replies).toEqual(thread);
    for (const viewer of [leader, hr]) {
      const sameDay = await getTeamComments(viewer, teamId, 'month', month, null, TODAY);
      expect(sameDay.comments.find((item) => item.id === comment.id)!.replies).toEqual([thread[0], thread[2]]);
      const shown = await getTeamComments(viewer, teamId, 'month', month, null, TOMORROW);
      expect(shown.comments.find((item) => item.id === comment.id)!.replies).toEqual(thread);
      seenByLeaders.push(shown);
      if (comment.line !== null)
        seenByLeaders.push(await getTeamComments(viewer, teamId, 'month', month, comment.line, TOMORROW));
    }
    expect(leaks(`${author.name} wrote ${author.responseId}`, author)).toEqual([
      author.name,
      ...author.name.split(' ').filter((part) => part.length > 3),
      `id ${author.responseId}`,
    ]);
    const served = JSON.stringify(seenByLeaders);
    expect(leaks(served, author)).toEqual([]);
    expect([...keysOf(seenByLeaders)].sort()).toEqual([...SERVED_KEYS].sort());

    const audit = await database.db.select().from(auditLog).where(gt(auditLog.id, lastId));
    expect(audit.map(({ actorId, action, entity, entityId }) => ({ actorId, action, entity, entityId }))).toEqual([
      { actorId: leader.personId, action: 'comment.reply', entity: 'comment', entityId: comment.id },
      { actorId: leader.personId, action: 'comment.reply', entity: 'comment', entityId: comment.id },
    ]);
    const wholeAudit = await database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entity} = 'comment'`);
    expect(
      leaks(
        JSON.stringify(
          wholeAudit.map(({ actorId, ...entry }) => ({
            ...entry,
            actorId: actorId === author.personId ? 'AUTHOR' : actorId,
          })),
        ),
        author,
      ),
    ).toEqual([]);

    const exports = [
      await exportAggregates(hr),
      (await exportHeatmapView(hr, ORG_UNIT, 'month', month, heatmapViewOptionsSchema.parse({}))).csv,
    ];
    for (const csv of exports) expect(identifiers(author).filter((value) => csv.includes(value))).toEqual([]);

    const toAuthor = smtp.mails.filter((mail) => mail.to === author.email);
    const toLeaders = smtp.mails.filter((mail) => mail.to !== author.email);
    expect(toAuthor).toHaveLength(2);
    expect(toLeaders.map((mail) => mail.to)).toContain(DEMO_ACCOUNTS.leader.email);
    expect(toLeaders).toHaveLength(alerted.leaders);
    const whole = (mail: CaughtMail) => [mail.headers, mail.subject, mail.text].join('\n');
    for (const mail of toAuthor) {
      expect(mail.text).toContain(`${APP_URL}/me`);
      expect(leaks(whole(mail).replaceAll(author.email, 'RECIPIENT'), author)).toEqual([]);
    }
    for (const mail of toLeaders) {
      expect(mail.text).toContain(`${APP_URL}/team/${teamId}`);
      // A digest greets its reader by name and is addressed to them: a reader may share a surname with the author.
      const [greeting, ...rest] = mail.text.split('\n');
      expect(greeting).toMatch(/,$/);
      const headers = mail.headers.replace(/^To: .*$/m, '');
      expect(leaks(whole({ ...mail, headers, text: rest.join('\n') }), author)).toEqual([]);
    }
    for (const mail of smtp.mails) {
      for (const text of [comment.body, ...thread.map((reply) => reply.body)]) expect(whole(mail)).not.toContain(text);
    }
  });
});
