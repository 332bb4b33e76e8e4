import { type DeliveryOutcome, parseRetryAfter } from '@/lib/domain/chat/delivery-outcome';

/** No request to a chat service may hold a message longer than this. */
const TIMEOUT_MS = 15_000;

export interface PostAnswer {
  status: number;
  retryAfterSeconds: number | null;
  /** The body, parsed as JSON when it is; null otherwise. */
  json: unknown;
}

/**
 * One POST to a chat service. A request that never got an answer (refused, reset, timed out) is an
 * outcome to retry: the service may be back at the next attempt. The error says what kind of
 * failure it was, never the request: the request names the recipient.
 */
export async function postRequest(
  url: string,
  init: { headers: Record<string, string>; body: string },
): Promise<PostAnswer | DeliveryOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
    const name = error instanceof Error ? error.name : 'Error';
    return { result: 'retry', error: `no answer (${code ?? name})`, retryAfterSeconds: null };
  }
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return {
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after'), new Date()),
    json,
  };
}

export function isOutcome(answer: PostAnswer | DeliveryOutcome): answer is DeliveryOutcome {
  return 'result' in answer;
}
