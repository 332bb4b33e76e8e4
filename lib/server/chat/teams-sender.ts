import { outcomeOfStatus } from '@/lib/domain/chat/delivery-outcome';
import { teamsWorkflowPayload } from '@/lib/domain/chat/teams-card';
import type { ChatSender } from './chat-senders';
import { isOutcome, postRequest } from './post-request';

/**
 * Posts each message to the Teams Workflow's webhook URL (TEAMS_WORKFLOW_URL, a secret: the URL
 * carries its signature), which posts the card to the recipient in chat. The trigger answers 202
 * once it has the request; 429 and 5xx are tried again, after `Retry-After` when given.
 */
export function teamsSender(workflowUrl: string): ChatSender {
  return {
    channel: 'teams',
    send: async (message, recipient) => {
      const answer = await postRequest(workflowUrl, {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsWorkflowPayload(message, recipient.email)),
      });
      return isOutcome(answer) ? answer : outcomeOfStatus(answer.status, answer.retryAfterSeconds);
    },
  };
}
