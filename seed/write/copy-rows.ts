import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';

export type CopyValue = string | number | boolean | null;

/** Characters per chunk handed to the connection: large enough that COPY runs at full speed. */
const CHUNK_CHARS = 1 << 18;

/** Streams rows into a table with COPY … FROM STDIN (text format), with backpressure; resolves with the row count. */
export async function copyRows(
  sql: Sql,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  let count = 0;
  function* lines() {
    for (const row of rows) {
      count++;
      yield `${row.map(formatValue).join('\t')}\n`;
    }
  }
  await copyLines(sql, table, columns, lines());
  return count;
}

/** The same for callers that format their own lines (tab-separated, newline-terminated, already escaped). */
export async function copyLines(
  sql: Sql,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
): Promise<void> {
  const writable = await sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
  await pipeline(Readable.from(inChunks(lines)), writable);
}

function* inChunks(lines: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** A value in COPY's text format: \N for null, backslash escapes for the characters that delimit. */
export function formatValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(
    /[\\\t\n\r]/g,
    (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character] ?? character,
  );
}
