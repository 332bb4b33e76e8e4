'use client';
import { useMutation } from '@tanstack/react-query';

export interface SubmittedResponse {
  answers: { itemId: number; score: number }[];
  comment: string | null;
  commentLine: number | null;
}

/** A refusal from the server: the message is meant for the person and retrying will not help. */
export class SubmissionRefused extends Error {}

/** A 503: the server cannot reach its database for now and says when to try again. */
class ServerUnavailable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

/** Tries of a 503 after the first: with the server's 5 s between them, half a minute, a failover's time. */
const UNAVAILABLE_RETRIES = 6;
const OTHER_RETRIES = 3;

async function putResponse(pulseId: number, body: SubmittedResponse): Promise<void> {
  const response = await fetch(`/api/v1/pulses/${pulseId}/response`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.ok) return;
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  const message = payload?.error?.message ?? response.statusText;
  if (response.status < 500) throw new SubmissionRefused(message);
  const retryAfterSeconds = Number(response.headers.get('retry-after'));
  if (response.status === 503 && retryAfterSeconds > 0) throw new ServerUnavailable(message, retryAfterSeconds * 1000);
  throw new Error(message);
}

/**
 * Sends the answers with PUT, which stores or revises the one response of this person: retrying
 * after a lost connection can never create a second response, so network failures and server
 * errors are retried, a 503 as often and as late as its `Retry-After` asks. The draft stays on the
 * device until one succeeds.
 */
export function useSubmitResponse(pulseId: number) {
  return useMutation({
    mutationFn: (body: SubmittedResponse) => putResponse(pulseId, body),
    retry: (failures, error) =>
      !(error instanceof SubmissionRefused) &&
      failures < (error instanceof ServerUnavailable ? UNAVAILABLE_RETRIES : OTHER_RETRIES),
    retryDelay: (attempt, error) => (error instanceof ServerUnavailable ? error.retryAfterMs : 500 * 2 ** attempt),
  });
}
