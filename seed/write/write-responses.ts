import type { Sql } from 'postgres';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { copyLines, copyRows } from './copy-rows';
import { lineOf } from '../plan/line-means';
import type { ResponseTable } from '../plan/plan-responses';
import { pulseId, surveyItemId } from '../plan/plan-pulses';
import type { PlannedPulse } from '../plan/plan-types';
import { suspendIndexes } from './suspend-indexes';

export interface ResponseWriteTimings {
  copySeconds: number;
  indexSeconds: number;
}

/**
 * Responses, answers and comments, each streamed by COPY on its own connection while their
 * indexes and foreign keys are down; then every index is rebuilt and every key validated once.
 */
export async function writeResponses(
  sql: Sql,
  pulses: readonly PlannedPulse[],
  table: ResponseTable,
): Promise<ResponseWriteTimings> {
  const suspended = await suspendIndexes(sql, ['responses', 'answers', 'comments']);
  const copyStarted = performance.now();
  // The responses carry their line sums already: the triggers that keep them would read every answer again.
  await sql`alter table answers disable trigger user`;
  try {
    await Promise.all([
      copyLines(sql, 'responses', RESPONSE_COLUMNS, responseLines(pulses, table)),
      copyLines(sql, 'answers', ['response_id', 'item_id', 'score'], answerLines(pulses, table)),
      copyRows(
        sql,
        'comments',
        ['response_id', 'body', 'created_at'],
        table.comments.map((c) => [c.responseId, c.body, new Date(c.createdMs).toISOString()]),
      ),
    ]);
  } finally {
    await sql`alter table answers enable trigger user`;
  }
  const indexStarted = performance.now();
  await suspended.restore();
  return { copySeconds: (indexStarted - copyStarted) / 1000, indexSeconds: (performance.now() - indexStarted) / 1000 };
}

const RESPONSE_COLUMNS = [
  'id',
  'pulse_id',
  'person_id',
  'team_id',
  'submitted_at',
  'updated_at',
  ...CONNECTION_LINES.flatMap((line) => [`line${line}_sum`, `line${line}_answers`]),
];

function* responseLines(pulses: readonly PlannedPulse[], table: ResponseTable): Generator<string> {
  const { itemsPerPulse, scores } = table;
  const itemLines = pulses.map((pulse) => pulse.itemIndexes.map(lineOf));
  for (let row = 0; row < table.count; row++) {
    const submitted = new Date(table.submittedMs[row] ?? 0).toISOString();
    const lines = itemLines[table.pulseIndex[row] ?? 0] ?? [];
    const sums = new Array<number>(CONNECTION_LINES.length * 2).fill(0);
    for (let item = 0; item < itemsPerPulse; item++) {
      const at = ((lines[item] ?? 1) - 1) * 2;
      sums[at] = (sums[at] ?? 0) + (scores[row * itemsPerPulse + item] ?? 0);
      sums[at + 1] = (sums[at + 1] ?? 0) + 1;
    }
    yield `${row + 1}\t${pulseId(table.pulseIndex[row] ?? 0)}\t${table.personId[row]}\t${table.teamId[row]}\t${submitted}\t${submitted}\t${sums.join('\t')}\n`;
  }
}

function* answerLines(pulses: readonly PlannedPulse[], table: ResponseTable): Generator<string> {
  const { itemsPerPulse, scores } = table;
  for (let row = 0; row < table.count; row++) {
    const itemIds = (pulses[table.pulseIndex[row] ?? 0]?.itemIndexes ?? []).map(surveyItemId);
    let lines = '';
    for (let item = 0; item < itemsPerPulse; item++)
      lines += `${row + 1}\t${itemIds[item]}\t${scores[row * itemsPerPulse + item]}\n`;
    yield lines;
  }
}
