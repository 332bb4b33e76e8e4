import { describe, expect, it } from 'vitest';
import { pulseChatMessage } from './chat-message';
import { slackPostMessage } from './slack-message';
import { teamsWorkflowPayload } from './teams-card';

const CLOSES = new Date('2026-12-11T05:00:00Z');

describe('a pulse message in chat', () => {
  it('says the pulse waits and when it closes, in the reader’s language, and links to /survey', () => {
    expect(pulseChatMessage('reminder', 'en', CLOSES, 'https://verbinding.example/')).toEqual({
      title: 'Your pulse closes soon',
      lines: [
        'The pulse closes soon and we do not have your answers yet.',
        'It closes on Friday, 11 December 2026 at 06:00.',
      ],
      link: { label: 'Open your pulse', url: 'https://verbinding.example/survey' },
      note: 'Your answers are confidential: nobody but you sees them; your leader and HR only see group results.',
    });
    expect(pulseChatMessage('invitation', 'nl', CLOSES, 'https://v.example').lines[1]).toBe(
      'Ze sluit op vrijdag 11 december 2026 om 06:00.',
    );
  });

  it('becomes an Adaptive Card 1.4 for Teams, the recipient beside the card and not in it', () => {
    const payload = teamsWorkflowPayload(
      pulseChatMessage('invitation', 'en', CLOSES, 'https://v.example'),
      'a@b.example',
    );
    expect(payload).toMatchObject({
      type: 'message',
      recipient: 'a@b.example',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { version: '1.4' } }],
    });
    expect(JSON.stringify(payload.attachments)).not.toContain('a@b.example');
  });

  it("becomes Block Kit for Slack, with Slack's special characters escaped", () => {
    const message = {
      title: 'R&D <news>',
      lines: ['a < b & c'],
      link: { label: 'Open & go', url: 'https://v.example/alerts' },
      note: 'n',
    };
    expect(slackPostMessage(message, 'U1')).toMatchObject({
      channel: 'U1',
      text: 'R&D <news>',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'R&D <news>' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'a &lt; b &amp; c' } },
        { type: 'section', text: { type: 'mrkdwn', text: '<https://v.example/alerts|Open &amp; go>' } },
        { type: 'context' },
      ],
    });
  });
});
