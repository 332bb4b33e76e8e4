/** The open pulse and the items it asks, as GET /api/v1/pulses/current gives them to an employee. */
export async function fetchOpenPulse(origin: string, cookie: string): Promise<{ id: number; itemIds: number[] }> {
  const response = await fetch(`${origin}/api/v1/pulses/current`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET /api/v1/pulses/current answered ${response.status}`);
  const current = (await response.json()) as { pulse: { id: number; items: { id: number }[] } | null };
  if (!current.pulse) throw new Error('no pulse is open');
  return { id: current.pulse.id, itemIds: current.pulse.items.map((item) => item.id) };
}
