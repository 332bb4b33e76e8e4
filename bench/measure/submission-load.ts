import autocannon from 'autocannon';
import { createRandom } from '@/seed/plan/random';
import { type CpuSnapshot, cpuBetween } from '../support/process-cpu';
import { round } from '../support/stats';

export interface LoadSubject {
  personId: number;
  cookie: string;
}

export interface LoadPhase {
  name: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second for all connections together; unset = as fast as the server answers. */
  overallRate?: number;
  /** Runs beside the phase's load from its start (a fault to inject, samples to take); the phase ends when both have. */
  during?: () => Promise<unknown>;
}

export interface PhaseResult {
  phase: string;
  connections: number;
  overallRate: number | null;
  durationSeconds: number;
  requests: number;
  throughputPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCounts: Record<string, number>;
  /** CPU milliseconds per 2xx submission: the Next server's, and its Postgres backends'. */
  nextCpuMsPerSubmission: number;
  postgresCpuMsPerSubmission: number;
}

/** Per person: how many of their submissions were answered 2xx, answered otherwise, or sent without an answer. */
export interface SubmissionLedger {
  accepted: Map<number, number>;
  refused: Map<number, number>;
  sent: Map<number, number>;
}

/**
 * Sustained PUTs of complete answers to the open pulse, each from the next employee of `subjects`
 * (round robin, so each person submits rarely, and again only once everyone has), with autocannon.
 */
export async function runSubmissionLoad(
  origin: string,
  pulse: { id: number; itemIds: number[] },
  subjects: readonly LoadSubject[],
  phases: readonly LoadPhase[],
  sampleCpu: () => Promise<CpuSnapshot>,
): Promise<{ phases: PhaseResult[]; ledger: SubmissionLedger }> {
  if (subjects.length === 0) throw new Error('no employees may answer the open pulse');
  const random = createRandom(7);
  const ledger: SubmissionLedger = { accepted: new Map(), refused: new Map(), sent: new Map() };
  const bump = (map: Map<number, number>, personId: number) => map.set(personId, (map.get(personId) ?? 0) + 1);
  let cursor = 0;
  const body = () =>
    JSON.stringify({
      answers: pulse.itemIds.map((itemId) => ({ itemId, score: random.int(1, 5) })),
      ...(random.bernoulli(0.03) ? { comment: 'Goede week; de planning was helder.' } : {}),
    });

  const results: PhaseResult[] = [];
  for (const phase of phases) {
    const cpuBefore = await sampleCpu();
    const [result] = await Promise.all([
      autocannon({
        url: origin,
        connections: phase.connections,
        duration: phase.durationSeconds,
        timeout: 10,
        ...(phase.overallRate ? { overallRate: phase.overallRate } : {}),
        requests: [
          {
            method: 'PUT',
            path: `/api/v1/pulses/${pulse.id}/response`,
            setupRequest: (request, context) => {
              const subject = subjects[cursor++ % subjects.length]!;
              (context as { personId?: number }).personId = subject.personId;
              bump(ledger.sent, subject.personId);
              return {
                ...request,
                headers: { 'content-type': 'application/json', cookie: subject.cookie },
                body: body(),
              };
            },
            onResponse: (status, _body, context) => {
              const personId = (context as { personId?: number }).personId;
              if (personId !== undefined)
                bump(status >= 200 && status < 300 ? ledger.accepted : ledger.refused, personId);
            },
          },
        ],
      }),
      phase.during?.(),
    ]);
    const cpu = cpuBetween(cpuBefore, await sampleCpu());
    const perSubmission = (ms: number) => round(ms / Math.max(1, result['2xx']), 2);
    results.push({
      phase: phase.name,
      connections: phase.connections,
      overallRate: phase.overallRate ?? null,
      durationSeconds: result.duration,
      requests: result.requests.total,
      throughputPerSecond: round(result['2xx'] / result.duration),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      ok2xx: result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCounts: Object.fromEntries(
        Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
      ),
      nextCpuMsPerSubmission: perSubmission(cpu.nextMs),
      postgresCpuMsPerSubmission: perSubmission(cpu.postgresMs),
    });
  }
  return { phases: results, ledger };
}
