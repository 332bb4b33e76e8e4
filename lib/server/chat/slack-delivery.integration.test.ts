import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatDeliveries, people, pulseNotifications, responses } from '@/db/schema';
import { pulseChatMessage } from '@/lib/domain/chat/chat-message';
import { queueChatMessages } from '@/lib/queries/chat/chat-deliveries';
import { findOpenPulse } from '@/lib/queries/pulses/open-pulse';
import { appUrl } from '@/lib/server/notifications/app-url';
import type { Mail, Mailer } from '@/lib/server/notifications/mailer';
import { sendDueNotifications } from '@/lib/server/notifications/send-due-notifications';
import { sendReminderNow } from '@/lib/server/notifications/send-reminder-now';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import { type ChatStandIn, type ReceivedRequest, type StandInReply, startChatStandIn } from '@/testing/chat-standin';
import type { TestDatabase } from '@/testing/database/test-database';
import { type DemoLookup, seededDemo } from '@/testing/demo-lookup';
import { getChatDeliveryControls, saveChatDelivery } from './chat-delivery-controls';
import { createChatSenders } from './chat-senders';
import { deliverChatMessages } from './deliver-chat-messages';

const APP = 'https://verbinding.example';
const TOKEN = 'xoxb-1234-5678-test';
let database: TestDatabase;
let demo: DemoLookup;
let slack: ChatStandIn;
let open: { id: number; closesAt: Date };
let everyone: { id: number; email: string; name: string }[];
/** Slack's members: every other person of the demo, so that the rest is not found. */
const members = new Map<string, string>();
const outbox: Mail[] = [];
const mailer: Mailer = { delivers: true, send: (mail) => Promise.resolve(void outbox.push(mail)) };
const senders = () => createChatSenders({ SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${slack.url}/api` });
const hr = () => demo.viewer(DEMO_ACCOUNTS.hr.email);
const calls = (method: string) => slack.requests.filter((request) => request.path === `/api/${method}`);
const posted = (request: ReceivedRequest) =>
  JSON.parse(request.body) as { channel: string; text: string; blocks: Record<string, unknown>[] };

/** Slack's Web API as documented: logical errors are HTTP 200 with `ok: false`. */
function webApi(request: ReceivedRequest): StandInReply {
  if (request.headers.authorization !== `Bearer ${TOKEN}`)
    return { status: 200, json: { ok: false, error: 'not_authed' } };
  if (request.path === '/api/users.lookupByEmail') {
    const email = new URLSearchParams(request.body).get('email') ?? '';
    const id = members.get(email);
    return {
      status: 200,
      json: id ? { ok: true, user: { id, team_id: 'T1' } } : { ok: false, error: 'users_not_found' },
    };
  }
  if (request.path === '/api/chat.postMessage') {
    return { status: 200, json: { ok: true, channel: `D${posted(request).channel}`, ts: '1.2' } };
  }
  return { status: 404 };
}

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
  slack = await startChatStandIn(webApi);
  open = (await findOpenPulse(database.db, new Date()))!;
  everyone = await database.db.select({ id: people.id, email: people.email, name: people.name }).from(people);
  everyone.forEach((person, index) => {
    if (index % 2 === 0 || person.email === DEMO_ACCOUNTS.employee.email) members.set(person.email, `U${person.id}`);
  });
});
afterAll(async () => {
  await slack?.close();
  await database?.destroy();
});

describe('reminders in Slack instead of e-mail, through a real HTTP server standing in for the Web API', () => {
  it('queues the reminder of everyone not answered for Slack only, and sends no e-mail', async () => {
    await sendDueNotifications(database.db, mailer, APP, new Date(), {});
    outbox.length = 0;
    await saveChatDelivery(await hr(), { pulseEmail: false, pulseChat: ['slack'], alertChat: [] }, ['slack']);
    const pressed = await sendReminderNow(await hr(), open.id, mailer, new Date(), senders());
    const answered = await database.db.select().from(responses).where(eq(responses.pulseId, open.id));
    expect(pressed.sent).toBe(0);
    expect(pressed.chat).toBeGreaterThan(10);
    expect(outbox).toEqual([]);
    const queued = await database.db.select().from(chatDeliveries);
    expect(queued.every((row) => row.channel === 'slack' && row.kind === 'reminder')).toBe(true);
    expect(queued.some((row) => answered.some((response) => response.personId === row.personId))).toBe(false);
  });

  it('finds each person by e-mail with the bot token, then posts to their user id as a direct message', async () => {
    const run = await deliverChatMessages(database.db, senders());
    const queued = await database.db.select().from(chatDeliveries);
    const known = queued.filter((row) => members.has(everyone.find((person) => person.id === row.personId)!.email));
    expect(run.slack).toEqual({ delivered: known.length, retrying: 0, failed: queued.length - known.length });
    expect(known.length).toBeGreaterThan(5);
    expect(queued.length - known.length).toBeGreaterThan(5);

    expect(calls('users.lookupByEmail')).toHaveLength(queued.length);
    expect(calls('chat.postMessage')).toHaveLength(known.length);
    for (const request of slack.requests) {
      expect(request.method).toBe('POST');
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
    for (const lookup of calls('users.lookupByEmail')) {
      expect(lookup.headers['content-type']).toBe('application/x-www-form-urlencoded');
    }
    const employee = everyone.find((person) => person.email === DEMO_ACCOUNTS.employee.email)!;
    const lookupIndex = slack.requests.findIndex(
      (request) => new URLSearchParams(request.body).get('email') === employee.email,
    );
    const next = slack.requests[lookupIndex + 1]!;
    expect(next.path).toBe('/api/chat.postMessage');
    expect(next.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(posted(next)).toMatchObject({ channel: `U${employee.id}`, text: 'Je pulse sluit binnenkort' });
    expect(JSON.stringify(posted(next).blocks)).toContain(`<${appUrl()}/survey|Open je pulse>`);
    expect(new Set(calls('chat.postMessage').map((request) => posted(request).channel)).size).toBe(known.length);
  });

  it('counts someone Slack does not know as failed for good, and never tries them again', async () => {
    const failed = await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.status, 'failed'));
    expect(failed.every((row) => row.lastError === 'users_not_found' && row.attempts === 1)).toBe(true);
    const controls = await getChatDeliveryControls(await hr(), ['slack']);
    expect(controls.openPulse).toEqual({
      slack: { delivered: calls('chat.postMessage').length, waiting: 0, failed: failed.length },
    });
    slack.requests.length = 0;
    expect((await deliverChatMessages(database.db, senders())).slack).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(slack.requests).toEqual([]);
  });

  it('names nobody and tells nothing of who answered: every reminder of a language is the same message', () => {
    const messages = new Set(
      calls('chat.postMessage').map((request) => JSON.stringify({ ...posted(request), channel: undefined })),
    );
    expect(messages.size).toBeLessThanOrEqual(2);
    for (const message of messages) {
      expect(message).not.toMatch(/[\w.]+@[\w.]+/);
      expect(everyone.filter((person) => message.includes(person.name))).toEqual([]);
    }
  });
});

describe('Slack answering with a rate limit or an error', () => {
  async function queueInvitationFor(email: string) {
    const person = everyone.find((candidate) => candidate.email === email)!;
    await database.db.delete(chatDeliveries).where(eq(chatDeliveries.personId, person.id));
    await saveChatDelivery(await hr(), { pulseEmail: true, pulseChat: ['slack'], alertChat: [] }, ['slack']);
    await queueChatMessages(database.db, [
      {
        channel: 'slack',
        personId: person.id,
        kind: 'invitation',
        pulseId: open.id,
        key: `pulse:${open.id}:invitation`,
        message: pulseChatMessage('invitation', 'nl', open.closesAt, APP),
      },
    ]);
    const [row] = await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.personId, person.id));
    return row!.id;
  }
  const rowOf = async (id: number) =>
    (await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.id, id)))[0]!;

  it('waits for Retry-After on a 429 from chat.postMessage, then looks the person up again and posts', async () => {
    const id = await queueInvitationFor(DEMO_ACCOUNTS.employee.email);
    slack.requests.length = 0;
    let limited = false;
    slack.answer((request) => {
      if (request.path === '/api/chat.postMessage' && !limited) {
        limited = true;
        return { status: 429, headers: { 'retry-after': '1' }, json: { ok: false, error: 'ratelimited' } };
      }
      return webApi(request);
    });
    expect((await deliverChatMessages(database.db, senders())).slack).toEqual({ delivered: 1, retrying: 1, failed: 0 });
    expect(slack.requests.map((request) => request.path)).toEqual([
      '/api/users.lookupByEmail',
      '/api/chat.postMessage',
      '/api/users.lookupByEmail',
      '/api/chat.postMessage',
    ]);
    expect(slack.requests[2]!.at - slack.requests[1]!.at).toBeGreaterThanOrEqual(950);
    expect(await rowOf(id)).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it("tries Slack's internal_error again later, and gives up at once on invalid_auth", async () => {
    const id = await queueInvitationFor(DEMO_ACCOUNTS.employee.email);
    slack.answer((request) =>
      request.path === '/api/chat.postMessage'
        ? { status: 200, json: { ok: false, error: 'internal_error' } }
        : webApi(request),
    );
    expect((await deliverChatMessages(database.db, senders())).slack).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(await rowOf(id)).toMatchObject({ status: 'waiting', attempts: 1, lastError: 'internal_error' });

    const refused = await queueInvitationFor(DEMO_ACCOUNTS.employee.email);
    slack.answer(() => ({ status: 200, json: { ok: false, error: 'invalid_auth' } }));
    expect((await deliverChatMessages(database.db, senders())).slack).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(await rowOf(refused)).toMatchObject({ status: 'failed', lastError: 'invalid_auth' });
    slack.answer(webApi);
  });

  it('keeps the e-mail for someone Slack does not know when HR kept e-mail', async () => {
    const invited = await database.db
      .select({ personId: pulseNotifications.personId })
      .from(pulseNotifications)
      .where(and(eq(pulseNotifications.pulseId, open.id), eq(pulseNotifications.kind, 'invitation')));
    const stranger = everyone.find(
      (person) => !members.has(person.email) && invited.some((claim) => claim.personId === person.id),
    )!;
    await database.db.delete(chatDeliveries).where(eq(chatDeliveries.pulseId, open.id));
    await database.db
      .delete(pulseNotifications)
      .where(and(eq(pulseNotifications.personId, stranger.id), eq(pulseNotifications.kind, 'invitation')));
    outbox.length = 0;
    await sendDueNotifications(database.db, mailer, APP, new Date(), senders());
    await deliverChatMessages(database.db, senders());
    const [row] = await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.personId, stranger.id));
    expect(row).toMatchObject({ status: 'failed', lastError: 'users_not_found' });
    expect(outbox.map((mail) => mail.to)).toContain(stranger.email);
  });
});
