import http from 'node:http';
import { percentile, round } from '../support/stats';

export interface PageProbe {
  /** Which server (database size) and page, e.g. "large /org". */
  label: string;
  origin: string;
  path: string;
  cookie?: string;
}

export interface TtfbResult {
  label: string;
  samples: number;
  ttfbMedianMs: number;
  ttfbP95Ms: number;
  /** Until the last byte: a streamed page can send its first byte before its data has been read. */
  totalMedianMs: number;
  totalP95Ms: number;
  bytes: number;
}

interface Sample {
  ttfb: number;
  total: number;
  bytes: number;
}

/**
 * Requests every page `rounds` times, one request at a time and interleaved (each round visits
 * every page once, in a rotating order) so that drift on a shared machine hits all pages alike.
 */
export async function measureTtfb(
  probes: readonly PageProbe[],
  rounds: number,
  warmupRounds: number,
): Promise<TtfbResult[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples = new Map<string, Sample[]>(probes.map((probe) => [probe.label, []]));
  try {
    for (let round = -warmupRounds; round < rounds; round++) {
      const start = ((round % probes.length) + probes.length) % probes.length;
      for (const probe of [...probes.slice(start), ...probes.slice(0, start)]) {
        const sample = await fetchPage(agent, probe);
        if (round >= 0) samples.get(probe.label)?.push(sample);
      }
    }
  } finally {
    agent.destroy();
  }
  return probes.map((probe) => {
    const taken = samples.get(probe.label) ?? [];
    const ttfb = taken.map((s) => s.ttfb);
    const total = taken.map((s) => s.total);
    return {
      label: probe.label,
      samples: taken.length,
      ttfbMedianMs: round(percentile(ttfb, 0.5)),
      ttfbP95Ms: round(percentile(ttfb, 0.95)),
      totalMedianMs: round(percentile(total, 0.5)),
      totalP95Ms: round(percentile(total, 0.95)),
      bytes: taken.at(-1)?.bytes ?? 0,
    };
  });
}

/** One GET: milliseconds to the response head and to its end; anything but 200 is an error (a redirect means the session was refused). */
function fetchPage(agent: http.Agent, probe: PageProbe): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(
      `${probe.origin}${probe.path}`,
      { agent, headers: probe.cookie ? { cookie: probe.cookie } : {} },
      (response) => {
        const ttfb = performance.now() - started;
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => {
          if (response.statusCode !== 200)
            reject(
              new Error(
                `${probe.label}: GET ${probe.path} answered ${response.statusCode} ${response.headers.location ?? ''}`,
              ),
            );
          else resolve({ ttfb, total: performance.now() - started, bytes });
        });
        response.on('error', reject);
      },
    );
    request.setTimeout(60_000, () => request.destroy(new Error(`${probe.label}: no answer within 60 s`)));
    request.on('error', reject);
  });
}
