/** Single requests the fault test makes beside the load, as one employee: a submission, and reading their own answers back. */
export interface OpenPulse {
  id: number;
  itemIds: number[];
}

/** PUTs a complete answer to the open pulse; the status, or 0 when no answer came within `timeoutMs`. */
export async function putResponse(
  origin: string,
  pulse: OpenPulse,
  cookie: string,
  scores: number[],
  timeoutMs = 10_000,
): Promise<number> {
  const response = await fetch(`${origin}/api/v1/pulses/${pulse.id}/response`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ answers: pulse.itemIds.map((itemId, index) => ({ itemId, score: scores[index] })) }),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => null);
  await response?.arrayBuffer();
  return response?.status ?? 0;
}

/** The scores GET /api/v1/me/answers shows the person for the pulse, in the pulse's item order; null when it shows none. */
export async function ownScores(origin: string, pulse: OpenPulse, cookie: string): Promise<number[] | null> {
  const response = await fetch(`${origin}/api/v1/me/answers`, {
    headers: { cookie },
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`GET /api/v1/me/answers answered ${response.status}`);
  const { responses } = (await response.json()) as {
    responses: { pulseId: number; answers: { itemId: number; score: number }[] }[];
  };
  const own = responses.find((entry) => entry.pulseId === pulse.id);
  if (!own) return null;
  const byItem = new Map(own.answers.map((answer) => [answer.itemId, answer.score]));
  return pulse.itemIds.map((itemId) => byItem.get(itemId) ?? 0);
}
