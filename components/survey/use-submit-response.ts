'use client';
import { useMutation } from '@tanstack/react-query';

export interface SubmittedResponse {
  answers: { itemId: number; score: number }[];
  comment: string | null;
  commentLine: number | null;
}

/** A refusal from the server: the message is meant for the person and retrying will not help. */
export class SubmissionRefused extends Error {}

async function putResponse(pulseId: number, body: SubmittedResponse): Promise<void> {
  const response = await fetch(`/api/v1/pulses/${pulseId}/response`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.ok) return;
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (response.status < 500) throw new SubmissionRefused(payload?.error?.message ?? response.statusText);
  throw new Error(payload?.error?.message ?? response.statusText);
}

/**
 * Sends the answers with PUT, which stores or revises the one response of this person: retrying
 * after a lost connection can never create a second response, so network failures are retried.
 */
export function useSubmitResponse(pulseId: number) {
  return useMutation({
    mutationFn: (body: SubmittedResponse) => putResponse(pulseId, body),
    retry: (failures, error) => !(error instanceof SubmissionRefused) && failures < 3,
    retryDelay: (attempt) => 500 * 2 ** attempt,
  });
}
