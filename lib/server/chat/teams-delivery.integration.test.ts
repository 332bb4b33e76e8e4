import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, chatDeliveries, people } from '@/db/schema';
import { EMPTY_AUDIT_FILTER } from '@/lib/domain/audit/audit-filter';
import { pulseChatMessage } from '@/lib/domain/chat/chat-message';
import { MAX_ATTEMPTS } from '@/lib/domain/chat/delivery-outcome';
import { queueChatMessages } from '@/lib/queries/chat/chat-deliveries';
import { findOpenPulse } from '@/lib/queries/pulses/open-pulse';
import type { Mail, Mailer } from '@/lib/server/notifications/mailer';
import { sendDueNotifications } from '@/lib/server/notifications/send-due-notifications';
import { listAuditEntries } from '@/lib/server/admin/audit-log';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { auditWordingFor } from '@/testing/audit-wording';
import { type ChatStandIn, type ReceivedRequest, startChatStandIn } from '@/testing/chat-standin';
import type { TestDatabase } from '@/testing/database/test-database';
import { type DemoLookup, outcome, seededDemo } from '@/testing/demo-lookup';
import { getChatDeliveryControls, saveChatDelivery } from './chat-delivery-controls';
import type { ChatSenders } from './chat-senders';
import { deliverChatMessages } from './deliver-chat-messages';
import { teamsSender } from './teams-sender';

const APP = 'https://verbinding.example';
let database: TestDatabase;
let demo: DemoLookup;
let workflow: ChatStandIn;
let senders: ChatSenders;
let open: { id: number; opensAt: Date; closesAt: Date };
let everyone: { id: number; email: string; name: string; locale: 'nl' | 'en' }[];
const outbox: Mail[] = [];
const mailer: Mailer = { delivers: true, send: (mail) => Promise.resolve(void outbox.push(mail)) };
const accepted = () => ({ status: 202 });
const hr = () => demo.viewer(DEMO_ACCOUNTS.hr.email);
const payloadOf = (request: ReceivedRequest) =>
  JSON.parse(request.body) as {
    type: string;
    recipient: string;
    attachments: { contentType: string; contentUrl: null; content: Record<string, unknown> }[];
  };

/** Queues one message to the demo employee under a key of its own, to watch its attempts alone. */
async function queueOne(key: string): Promise<number> {
  const [employee] = everyone.filter((person) => person.email === DEMO_ACCOUNTS.employee.email);
  await queueChatMessages(database.db, [
    {
      channel: 'teams',
      personId: employee!.id,
      kind: 'reminder',
      pulseId: open.id,
      key,
      message: pulseChatMessage('reminder', 'nl', open.closesAt, APP),
    },
  ]);
  const [row] = await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.key, key));
  return row!.id;
}
const rowOf = async (id: number) =>
  (await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.id, id)))[0]!;

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
  workflow = await startChatStandIn(accepted);
  senders = { teams: teamsSender(`${workflow.url}/workflows/verbinding/triggers/manual/run?sig=secret`) };
  open = (await findOpenPulse(database.db, new Date()))!;
  everyone = await database.db
    .select({ id: people.id, email: people.email, name: people.name, locale: people.locale })
    .from(people);
});
afterAll(async () => {
  await workflow?.close();
  await database?.destroy();
});

describe("HR's choice of Teams", () => {
  it('cannot pick a channel the server has no secret for, and records a choice it can in the audit log', async () => {
    const choice = { pulseEmail: true, pulseChat: ['teams' as const], alertChat: [] };
    expect(await outcome(saveChatDelivery(await hr(), choice, []))).toBe('invalid_input');
    expect(await outcome(saveChatDelivery(await demo.viewer(DEMO_ACCOUNTS.leader.email), choice, ['teams']))).toBe(
      'forbidden',
    );
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, 'chat-delivery.update'))).toEqual([]);
    await saveChatDelivery(await hr(), choice, ['teams']);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'chat-delivery.update'));
    expect(entry).toMatchObject({
      before: { pulseEmail: true, pulseChat: [], alertChat: [] },
      after: choice,
      entityId: 'chat-delivery',
    });
    const filter = { ...EMPTY_AUDIT_FILTER, action: 'chat-delivery.update' as const };
    const [read] = (
      await listAuditEntries(await demo.viewer(DEMO_ACCOUNTS.admin.email), filter, await auditWordingFor('nl'))
    ).entries;
    expect(read).toMatchObject({
      actionLabel: 'Berichten in Teams en Slack gewijzigd',
      subject: 'Berichten in Teams en Slack',
      changes: [{ label: 'Uitnodigingen en herinneringen in', before: 'geen', after: 'Microsoft Teams' }],
    });
  });
});

describe('invitations in Teams, through a real HTTP server standing in for the Workflow', () => {
  it('posts one Adaptive Card per person, in their language, with their e-mail for the flow, besides the e-mail', async () => {
    const sent = await sendDueNotifications(database.db, mailer, APP, new Date(), senders);
    expect(sent.invitations).toBeGreaterThanOrEqual(250);
    expect(workflow.requests).toEqual([]);
    const run = await deliverChatMessages(database.db, senders);
    expect(run.teams).toEqual({ delivered: sent.invitations, retrying: 0, failed: 0 });
    expect(workflow.requests).toHaveLength(sent.invitations);

    const recipients = workflow.requests.map((request) => payloadOf(request).recipient);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(new Set(recipients)).toEqual(new Set(outbox.map((mail) => mail.to)));
    for (const request of workflow.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/workflows/verbinding/triggers/manual/run?sig=secret');
      expect(request.headers['content-type']).toBe('application/json');
      const payload = payloadOf(request);
      expect(payload.type).toBe('message');
      expect(payload.attachments).toHaveLength(1);
      const [attachment] = payload.attachments;
      expect(attachment!.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(attachment!.content).toMatchObject({
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        actions: [{ type: 'Action.OpenUrl', url: `${APP}/survey` }],
      });
      const person = everyone.find((candidate) => candidate.email === payload.recipient)!;
      const title = (attachment!.content.body as { text: string }[])[0]!.text;
      expect(title).toBe(person.locale === 'nl' ? 'Je pulse staat klaar' : 'Your pulse is ready');
    }
    expect(new Set(workflow.requests.map((request) => JSON.stringify(payloadOf(request).attachments))).size).toBe(2);
  });

  it('names nobody in any card and says nothing of who answered: every card of a language is the same', () => {
    const cards = workflow.requests.map((request) => JSON.stringify(payloadOf(request).attachments));
    for (const card of new Set(cards)) {
      expect(card).not.toMatch(/@/);
      expect(everyone.filter((person) => card.includes(person.name))).toEqual([]);
    }
  });

  it('sends each reminder once when two runs deliver at the same time', async () => {
    workflow.requests.length = 0;
    const nearClose = new Date(open.closesAt.getTime() - 24 * 3_600_000);
    await sendDueNotifications(database.db, mailer, APP, nearClose, senders);
    const queued = await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.kind, 'reminder'));
    expect(queued.length).toBeGreaterThan(10);
    await Promise.all([deliverChatMessages(database.db, senders), deliverChatMessages(database.db, senders)]);
    const recipients = workflow.requests.map((request) => payloadOf(request).recipient);
    expect(recipients).toHaveLength(queued.length);
    expect(new Set(recipients).size).toBe(queued.length);
  });
});

describe('retries', () => {
  it('waits as long as Retry-After says on 429 and on 503, then delivers', async () => {
    const id = await queueOne('test:rate-limited');
    workflow.requests.length = 0;
    const replies = [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '1' } },
    ];
    workflow.answer(() => replies.shift() ?? accepted());
    const run = await deliverChatMessages(database.db, senders);
    expect(run.teams).toEqual({ delivered: 1, retrying: 2, failed: 0 });
    const [first, second, third] = workflow.requests.map((request) => request.at);
    expect(workflow.requests).toHaveLength(3);
    expect(second! - first!).toBeGreaterThanOrEqual(950);
    expect(third! - second!).toBeGreaterThanOrEqual(950);
    expect(await rowOf(id)).toMatchObject({ status: 'delivered', attempts: 3, lastError: null });
  });

  it('keeps a failure without Retry-After waiting in the database with a backoff, for a later run', async () => {
    const id = await queueOne('test:outage');
    workflow.requests.length = 0;
    workflow.answer(() => ({ status: 500 }));
    const started = Date.now();
    expect((await deliverChatMessages(database.db, senders)).teams).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    const waiting = await rowOf(id);
    expect(waiting).toMatchObject({ status: 'waiting', attempts: 1, lastError: 'HTTP 500' });
    expect(waiting.nextAttemptAt.getTime() - started).toBeGreaterThanOrEqual(59_000);
    expect((await getChatDeliveryControls(await hr(), ['teams'])).openPulse?.teams?.waiting).toBe(1);

    workflow.answer(accepted);
    expect((await deliverChatMessages(database.db, senders)).teams).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(workflow.requests).toHaveLength(1);
    // The minute passes (or the server restarts later): the next run takes it up from the database.
    await database.db
      .update(chatDeliveries)
      .set({ nextAttemptAt: sql`now() - interval '1 second'` })
      .where(eq(chatDeliveries.id, id));
    expect((await deliverChatMessages(database.db, senders)).teams).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(await rowOf(id)).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts, and at once on a refusal such as 404`, async () => {
    const persistent = await queueOne('test:always-busy');
    workflow.requests.length = 0;
    workflow.answer(() => ({ status: 503, headers: { 'retry-after': '0' } }));
    expect((await deliverChatMessages(database.db, senders)).teams).toMatchObject({ delivered: 0, failed: 1 });
    expect(workflow.requests).toHaveLength(MAX_ATTEMPTS);
    expect(await rowOf(persistent)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });

    const refused = await queueOne('test:workflow-gone');
    workflow.requests.length = 0;
    workflow.answer(() => ({ status: 404 }));
    expect((await deliverChatMessages(database.db, senders)).teams).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(workflow.requests).toHaveLength(1);
    expect(await rowOf(refused)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 404' });
  });

  it('shows HR the open pulse per channel in counts', async () => {
    const counts = await database.db
      .select({ status: chatDeliveries.status, count: sql<number>`count(*)::int` })
      .from(chatDeliveries)
      .where(eq(chatDeliveries.pulseId, open.id))
      .groupBy(chatDeliveries.status);
    const expected = Object.fromEntries(counts.map((row) => [row.status, row.count]));
    const controls = await getChatDeliveryControls(await hr(), ['teams']);
    expect(controls.configured).toEqual(['teams']);
    expect(controls.openPulse).toEqual({ teams: { delivered: expected.delivered, waiting: 0, failed: 2 } });
  });
});
