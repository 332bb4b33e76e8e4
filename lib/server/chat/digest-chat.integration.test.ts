import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, chatDeliveries, people } from '@/db/schema';
import { saveAlertPreferences } from '@/lib/server/alerts/alerts';
import { sendAlertDigests } from '@/lib/server/alerts/send-alert-digests';
import type { Mail, Mailer } from '@/lib/server/notifications/mailer';
import { DEMO_ACCOUNTS, DEMO_TEAM_A, DEMO_TEAM_B } from '@/seed/demo/demo-structure';
import { seedDemo } from '@/seed/seed-demo';
import { type ChatStandIn, type ReceivedRequest, startChatStandIn } from '@/testing/chat-standin';
import { installAppDatabase } from '@/testing/database/app-database';
import { createTestDatabase, type TestDatabase } from '@/testing/database/test-database';
import { type DemoLookup, demoLookup } from '@/testing/demo-lookup';
import { saveChatDelivery } from './chat-delivery-controls';
import { createChatSenders } from './chat-senders';
import { deliverChatMessages } from './deliver-chat-messages';

const TODAY = new Date('2026-12-03T09:00:00Z');
const APP = 'https://verbinding.example';
let database: TestDatabase;
let demo: DemoLookup;
let teams: ChatStandIn;
let slack: ChatStandIn;
let everyone: { id: number; email: string; name: string }[];
const outbox: Mail[] = [];
const mailer: Mailer = { delivers: true, send: (mail) => Promise.resolve(void outbox.push(mail)) };
const senders = () =>
  createChatSenders({
    TEAMS_WORKFLOW_URL: `${teams.url}/workflow`,
    SLACK_BOT_TOKEN: 'xoxb-digest-test',
    SLACK_API_URL: `${slack.url}/api`,
  });
const card = (request: ReceivedRequest) => {
  const payload = JSON.parse(request.body) as {
    recipient: string;
    attachments: { content: Record<string, unknown> }[];
  };
  return { recipient: payload.recipient, content: payload.attachments[0]!.content };
};
const slackPosts = () =>
  slack.requests
    .filter((request) => request.path === '/api/chat.postMessage')
    .map((request) => JSON.parse(request.body) as { channel: string; text: string; blocks: unknown[] });
/** The words a card or message shows (its `text` and `title` fields), without its links (whose ids and months hold digits). */
function prose(value: unknown): string {
  if (Array.isArray(value)) return value.map(prose).join('\n');
  if (typeof value !== 'object' || value === null) return '';
  return Object.entries(value)
    .map(([key, field]) =>
      (key === 'text' || key === 'title') && typeof field === 'string'
        ? field.replace(/https?:\/\/[^\s|>]+/g, '')
        : prose(field),
    )
    .join('\n');
}

beforeAll(async () => {
  database = await createTestDatabase();
  installAppDatabase(database);
  await seedDemo(database.db, { today: TODAY });
  demo = await demoLookup(database.db);
  everyone = await database.db.select({ id: people.id, email: people.email, name: people.name }).from(people);
  teams = await startChatStandIn(() => ({ status: 202 }));
  slack = await startChatStandIn((request) => {
    if (request.path === '/api/users.lookupByEmail') {
      const person = everyone.find((candidate) => candidate.email === new URLSearchParams(request.body).get('email'));
      return { status: 200, json: { ok: true, user: { id: `U${person!.id}` } } };
    }
    return { status: 200, json: { ok: true, channel: 'D1', ts: '1.1' } };
  });
  await saveChatDelivery(
    await demo.viewer(DEMO_ACCOUNTS.hr.email),
    { pulseEmail: true, pulseChat: [], alertChat: ['teams', 'slack'] },
    ['teams', 'slack'],
  );
});
afterAll(async () => {
  await teams?.close();
  await slack?.close();
  await database?.destroy();
});

describe("leaders' alert digests in Teams and Slack", () => {
  it('sends each leader who wants a digest one card and one Slack message beside the e-mail, linking to the alerts page', async () => {
    const head = await demo.viewer(DEMO_ACCOUNTS.head.email);
    await saveAlertPreferences(head, { kinds: ['published'], email: false, inApp: true });
    const mailed = await sendAlertDigests(database.db, mailer, APP, senders());
    expect(mailed).toBeGreaterThan(1);
    const run = await deliverChatMessages(database.db, senders());
    expect(run).toEqual({
      teams: { delivered: mailed, retrying: 0, failed: 0 },
      slack: { delivered: mailed, retrying: 0, failed: 0 },
    });
    const cards = teams.requests.map(card);
    expect(cards.map((entry) => entry.recipient).sort()).toEqual(outbox.map((mail) => mail.to).sort());
    expect(cards.map((entry) => entry.recipient)).not.toContain(DEMO_ACCOUNTS.head.email);
    const rows = await database.db.select().from(chatDeliveries);
    expect(rows.every((row) => row.kind === 'alerts' && row.pulseId === null)).toBe(true);

    const leader = cards.find((entry) => entry.recipient === DEMO_ACCOUNTS.leader.email)!.content;
    expect(leader).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.4',
      actions: [{ type: 'Action.OpenUrl', url: `${APP}/alerts` }],
    });
    expect(JSON.stringify(leader)).toContain(DEMO_TEAM_A);
    expect(JSON.stringify(leader)).toContain(DEMO_TEAM_B);
    const leaderId = everyone.find((person) => person.email === DEMO_ACCOUNTS.leader.email)!.id;
    const leaderSlack = slackPosts().find((post) => post.channel === `U${leaderId}`)!;
    expect(leaderSlack.text).toBe('Nieuw voor je teams in Verbinding');
    expect(JSON.stringify(leaderSlack.blocks)).toContain(`<${APP}/alerts|Open je meldingen>`);
  });

  it('names nobody, not even the reader, and shows no figure', () => {
    const messages = [...teams.requests.map((request) => card(request).content), ...slackPosts()];
    for (const message of messages) {
      expect(everyone.filter((person) => JSON.stringify(message).includes(person.name))).toEqual([]);
      expect(prose(message)).toContain('Verbinding');
      expect(prose(message)).not.toMatch(/@|\d+[.,]\d|%/);
    }
  });

  it('lists at most fifteen alerts in a message and says how many more the alerts page has', async () => {
    const alertCounts = await database.db.select({ personId: alerts.personId }).from(alerts);
    const perPerson = new Map<number, number>();
    for (const { personId } of alertCounts) perPerson.set(personId, (perPerson.get(personId) ?? 0) + 1);
    for (const request of teams.requests) {
      const { recipient, content } = card(request);
      const id = everyone.find((person) => person.email === recipient)!.id;
      const lines = (content.body as { text: string }[]).filter((block) => block.text.startsWith('• '));
      expect(lines).toHaveLength(Math.min(15, perPerson.get(id)!));
      const more = perPerson.get(id)! - 15;
      if (more > 0) expect(JSON.stringify(content)).toContain(`… en nog ${more} op de pagina met meldingen.`);
    }
  });

  it('queues nothing when nothing is new', async () => {
    teams.requests.length = 0;
    await sendAlertDigests(database.db, mailer, APP, senders());
    await deliverChatMessages(database.db, senders());
    expect(teams.requests).toEqual([]);
    expect(await database.db.select().from(chatDeliveries).where(eq(chatDeliveries.status, 'waiting'))).toEqual([]);
  });
});
