import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '@/db/rows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentReplies, comments, conversationOutbox, people } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_TEAM_A, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { authorOf, monthsWithComments, pickComment } from '@/testing/conversation-fixture';
import type { TestDatabase } from '@/testing/database/test-database';
import { type DemoLookup, seededDemo } from '@/testing/demo-lookup';
import { AppError } from '@/lib/domain/errors';
import { NO_SUCH_COMMENT } from '@/lib/domain/conversations/reply-schema';
import { responseSubmissionSchema } from '@/lib/domain/responses/response-submission-schema';
import { loadViewer } from '@/lib/server/access/viewer';
import type { Mail } from '@/lib/server/notifications/mailer';
import { getCurrentPulse } from '@/lib/server/survey/current-pulse';
import { getTeamComments } from '@/lib/server/team/team-comments';
import { submitResponse } from '@/lib/server/survey/submit-response';
import { answerConversation } from './answer-conversation';
import { getMyConversations } from './my-conversations';
import { parseReplyRequest } from './parse-reply-request';
import { replyToComment } from './reply-to-comment';
import { sendConversationMails } from './send-conversation-mails';

let database: TestDatabase;
let demo: DemoLookup;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
});
afterAll(() => database.destroy());

/** The error a call refused with, as the API would answer it. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? { status: error.status, message: error.message } : String(error)),
  );

const stored = async () => ({
  replies: await database.db.$count(commentReplies),
  outbox: await database.db.$count(conversationOutbox),
});

const post = (body: unknown) =>
  new Request('https://verbinding.example/api', { method: 'POST', body: JSON.stringify(body) });

/** A comment of a team outside the leader's scope that is shown to those who may see it. */
async function commentOutOfScope(): Promise<string> {
  const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
  const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
  const inScope = new Set([DEMO_TEAM_A, DEMO_TEAM_B]);
  const teams = rowsOf<{ id: number; name: string }>(
    await database.db.execute(sql`select id, name from teams order by id`),
  );
  for (const team of teams.filter((row) => !inScope.has(row.name))) {
    const months = await monthsWithComments(hr, team.id);
    if (months.length > 0) {
      const id = (await getTeamComments(hr, team.id, 'month', months[0]!)).comments[0]!.id;
      expect(await refusal(getTeamComments(leader, team.id, 'month', months[0]!))).toMatchObject({ status: 403 });
      return id;
    }
  }
  throw new Error('no team outside the leader’s scope shows comments');
}

/** A comment in the leader's own team that is not shown: written with the pulse open now, so not published. */
async function hiddenComment(): Promise<string> {
  const employee = await demo.viewer(DEMO_ACCOUNTS.employee.email);
  const current = await getCurrentPulse(employee, 'nl');
  const answers = current.pulse!.items.map((item) => ({ itemId: item.id, score: 3 }));
  const { responseId } = await storedResponse(employee.personId, current.pulse!.id, answers);
  const [row] = await database.db
    .select({ id: comments.publicId })
    .from(comments)
    .where(eq(comments.responseId, responseId));
  return row!.id;
}

async function storedResponse(personId: number, pulseId: number, answers: { itemId: number; score: number }[]) {
  await submitResponse(personId, pulseId, { answers, comment: 'Nog niet gepubliceerd.' });
  const [row] = rowsOf<{ id: string }>(
    await database.db.execute(sql`select id from responses where person_id = ${personId} and pulse_id = ${pulseId}`),
  );
  return { responseId: Number(row!.id) };
}

describe('replying on a comment', () => {
  it('refuses bad input in plain words, and a comment that does not exist or is out of sight alike, changing nothing', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const employee = await demo.viewer(DEMO_ACCOUNTS.employee.email);
    const { comment } = await pickComment(database.db, leader, demo.team(DEMO_TEAM_B));
    const before = await stored();

    expect(await refusal(parseReplyRequest(post({ body: '   ' }), comment.id))).toEqual({
      status: 422,
      message: 'Write a reply before you send it.',
    });
    expect(await refusal(parseReplyRequest(post({ body: 'x'.repeat(2001) }), comment.id))).toEqual({
      status: 422,
      message: 'A reply can be at most 2000 characters.',
    });
    expect(await refusal(parseReplyRequest(post({}), comment.id))).toMatchObject({ status: 422 });
    expect(
      await refusal(parseReplyRequest(new Request('https://x.example', { method: 'POST', body: '{' }), comment.id)),
    ).toMatchObject({ status: 422 });
    expect(await refusal(parseReplyRequest(post({ body: 'Dank je' }), '42'))).toEqual({
      status: 404,
      message: NO_SUCH_COMMENT,
    });

    const unknown = { status: 404, message: NO_SUCH_COMMENT };
    const hidden = await hiddenComment();
    const outOfScope = await commentOutOfScope();
    const tries = [
      () => replyToComment(leader, { commentId: '00000000-0000-4000-8000-000000000000', body: 'Dank je' }),
      () => replyToComment(leader, { commentId: hidden, body: 'Dank je' }),
      () => replyToComment(leader, { commentId: outOfScope, body: 'Dank je' }),
      () => replyToComment(employee, { commentId: comment.id, body: 'Dank je' }),
      () => answerConversation(employee, { commentId: comment.id, body: 'Dank je' }),
      () => answerConversation(employee, { commentId: hidden, body: 'Dank je' }),
    ];
    for (const attempt of tries) expect(await refusal(attempt())).toEqual(unknown);
    expect(await stored()).toEqual(before);
  });

  it('lets the author answer only in a conversation a leader started, on their own comment', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const { comment, author } = await pickComment(database.db, leader, demo.team(DEMO_TEAM_B));
    const authorViewer = (await loadViewer(database.db, author.personId))!;
    expect(await getMyConversations(authorViewer)).toEqual([]);
    expect(await refusal(answerConversation(authorViewer, { commentId: comment.id, body: 'Hallo?' }))).toEqual({
      status: 404,
      message: NO_SUCH_COMMENT,
    });
    await replyToComment(leader, { commentId: comment.id, body: 'Vertel meer?' });
    await answerConversation(authorViewer, { commentId: comment.id, body: 'Graag.' });
    expect((await getMyConversations(authorViewer)).map((thread) => thread.replies.map((reply) => reply.side))).toEqual(
      [['leader', 'author']],
    );
    expect(await getMyConversations(await demo.viewer(DEMO_ACCOUNTS.employee.email))).toEqual([]);
  });

  it('answers a leader the same whether the author still works here; a deactivated author gets no e-mail', async () => {
    const hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const teamId = demo.team(DEMO_TEAM_B);
    const { month } = await pickComment(database.db, leader, teamId);
    const [first, second] = (await getTeamComments(hr, teamId, 'month', month)).comments.filter(
      (item) => item.replies.length === 0,
    );
    const sink = { delivers: true, send: () => Promise.resolve() };
    await sendConversationMails(database.db, sink, 'https://v.example', new Date('2026-12-20T10:00:00Z'));
    const gone = await authorOf(database.db, second!.id);
    await database.db.update(people).set({ active: false }).where(eq(people.id, gone.personId));
    const now = new Date('2026-12-09T10:00:00Z');
    const answers = [
      await replyToComment(hr, { commentId: first!.id, body: 'Dank je.' }, now),
      await replyToComment(hr, { commentId: second!.id, body: 'Dank je.' }, now),
    ];
    expect(answers).toEqual([
      { commentId: first!.id, day: '2026-12-09' },
      { commentId: second!.id, day: '2026-12-09' },
    ]);
    const outbox = await database.db.select().from(conversationOutbox);
    expect(outbox.filter((row) => row.dueOn === '2026-12-09').map((row) => row.recipient)).toEqual([
      'author',
      'author',
    ]);
    const sent: Mail[] = [];
    const mailer = { delivers: true, send: (mail: Mail) => Promise.resolve(void sent.push(mail)) };
    expect((await sendConversationMails(database.db, mailer, 'https://v.example', now)).author).toBe(sent.length);
    expect(sent.some((mail) => mail.to === gone.email)).toBe(false);
    const stayed = await authorOf(database.db, first!.id);
    expect(sent.some((mail) => mail.to === stayed.email)).toBe(true);
    expect(await database.db.$count(conversationOutbox, sql`${conversationOutbox.dueOn} <= '2026-12-09'`)).toBe(0);
  });
});

describe('a removed comment', () => {
  it('takes its conversation and the e-mails it owed along, as retention removes a month', async () => {
    const leader = await demo.viewer(DEMO_ACCOUNTS.leader.email);
    const { comment, author } = await pickComment(database.db, leader, demo.team(DEMO_TEAM_B));
    await replyToComment(leader, { commentId: comment.id, body: 'Nog één vraag.' });
    const authorViewer = (await loadViewer(database.db, author.personId))!;
    expect((await getMyConversations(authorViewer)).map((thread) => thread.id)).toContain(comment.id);
    await database.db.delete(comments).where(eq(comments.publicId, comment.id));
    expect(await database.db.$count(commentReplies, eq(commentReplies.commentId, author.responseId))).toBe(0);
    expect(await database.db.$count(conversationOutbox, eq(conversationOutbox.commentId, author.responseId))).toBe(0);
    expect((await getMyConversations(authorViewer)).map((thread) => thread.id)).not.toContain(comment.id);
  });
});

describe('tagging a comment with a line', () => {
  it('stores the line the author chose with the comment, clears it with the comment, and refuses a line that is not one', async () => {
    const employee = await demo.viewer(DEMO_ACCOUNTS.employee.email);
    const current = await getCurrentPulse(employee, 'nl');
    const answers = current.pulse!.items.map((item) => ({ itemId: item.id, score: 4 }));
    await submitResponse(employee.personId, current.pulse!.id, {
      answers,
      comment: 'Meer overleg graag.',
      commentLine: 3,
    });
    expect(await getCurrentPulse(employee, 'nl')).toMatchObject({ comment: 'Meer overleg graag.', commentLine: 3 });
    await submitResponse(employee.personId, current.pulse!.id, {
      answers,
      comment: 'Meer overleg graag.',
      commentLine: null,
    });
    expect((await getCurrentPulse(employee, 'nl')).commentLine).toBeNull();
    expect(
      responseSubmissionSchema.safeParse({ answers, comment: 'x', commentLine: 5 }).error?.issues[0]?.message,
    ).toMatch(/connection line/);
    const tagged = await database.db.$count(comments, sql`${comments.line} is not null`);
    expect(tagged).toBeGreaterThan(0);
  });
});
