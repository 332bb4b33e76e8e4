import type { ChatMessage } from './chat-message';

/** Slack's mrkdwn gives `&`, `<` and `>` a meaning: text shows them escaped. */
function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A header holds at most 150 characters. */
const HEADER_LIMIT = 150;

/**
 * The body of `chat.postMessage` for one person: `channel` is their user id, so Slack opens the
 * app's direct message with them; `text` is what the notification shows, the blocks what the
 * message shows (Block Kit: a header, the lines, the link, the note).
 */
export function slackPostMessage(message: ChatMessage, userId: string) {
  return {
    channel: userId,
    text: message.title,
    unfurl_links: false,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: message.title.slice(0, HEADER_LIMIT) } },
      { type: 'section', text: { type: 'mrkdwn', text: message.lines.map(escapeMrkdwn).join('\n') } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `<${message.link.url}|${escapeMrkdwn(message.link.label)}>` },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(message.note) }] },
    ],
  };
}
