/** Rows per multi-row insert: large enough to be fast, far below Postgres' 65,535 parameters. */
export const CHUNK_SIZE = 1000;

/** Writes rows in consecutive chunks, one statement at a time. */
export async function inChunks<Row>(rows: readonly Row[], write: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await write(rows.slice(start, start + CHUNK_SIZE));
  }
}
