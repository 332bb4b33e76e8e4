import { type DeliveryOutcome, outcomeOfSlackError, outcomeOfStatus } from '@/lib/domain/chat/delivery-outcome';
import { slackPostMessage } from '@/lib/domain/chat/slack-message';
import type { ChatSender } from './chat-senders';
import { isOutcome, postRequest } from './post-request';

/** A call that worked gives Slack's answer; one that did not, what the attempt came to. */
type SlackAnswer = { body: Record<string, unknown> } | { outcome: DeliveryOutcome };

/**
 * One Web API call with the bot token. Slack answers a logical error with HTTP 200 and
 * `{ ok: false, error }` (`users_not_found`, `invalid_auth`…), and a rate limit with 429 and
 * `Retry-After`.
 */
async function callSlack(
  apiUrl: string,
  token: string,
  method: string,
  body: string,
  contentType: string,
): Promise<SlackAnswer> {
  const answer = await postRequest(`${apiUrl.replace(/\/$/, '')}/${method}`, {
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });
  if (isOutcome(answer)) return { outcome: answer };
  const status = outcomeOfStatus(answer.status, answer.retryAfterSeconds);
  if (status.result !== 'delivered') return { outcome: status };
  const json = answer.json as { ok?: unknown; error?: unknown } | null;
  if (json?.ok === true) return { body: json };
  const error = typeof json?.error === 'string' ? json.error : 'invalid_response';
  return { outcome: outcomeOfSlackError(error, answer.retryAfterSeconds) };
}

/**
 * Finds the person in the workspace by their e-mail (`users.lookupByEmail`, scope
 * `users:read.email`) and sends them a direct message (`chat.postMessage` to their user id, scope
 * `chat:write`). Someone the workspace does not know (`users_not_found`) is failed for good.
 */
export function slackSender(token: string, apiUrl: string): ChatSender {
  return {
    channel: 'slack',
    send: async (message, recipient) => {
      const lookup = await callSlack(
        apiUrl,
        token,
        'users.lookupByEmail',
        new URLSearchParams({ email: recipient.email }).toString(),
        'application/x-www-form-urlencoded',
      );
      if ('outcome' in lookup) return lookup.outcome;
      const userId = (lookup.body.user as { id?: unknown } | undefined)?.id;
      if (typeof userId !== 'string') return { result: 'failed', error: 'invalid_response' };
      const posted = await callSlack(
        apiUrl,
        token,
        'chat.postMessage',
        JSON.stringify(slackPostMessage(message, userId)),
        'application/json; charset=utf-8',
      );
      return 'outcome' in posted ? posted.outcome : { result: 'delivered' };
    },
  };
}
