import type { ChatMessage } from './chat-message';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * What a Teams Workflow's "When a Teams webhook request is received" trigger gets: a message with
 * one Adaptive Card (1.4) attachment, as Microsoft documents for Workflows webhooks, and the
 * recipient's e-mail beside it, from which the flow posts the card to that person in chat (README).
 */
export function teamsWorkflowPayload(message: ChatMessage, recipientEmail: string) {
  return {
    type: 'message',
    recipient: recipientEmail,
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true },
            ...message.lines.map((text) => ({ type: 'TextBlock', text, wrap: true })),
            { type: 'TextBlock', text: message.note, isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' },
          ],
          actions: [{ type: 'Action.OpenUrl', title: message.link.label, url: message.link.url }],
        },
      },
    ],
  };
}
