import { z } from 'zod';

/** Rows are numbered by Postgres `integer` columns: a larger number names no row, and the database would refuse it. */
export const MAX_DATABASE_ID = 2_147_483_647;

const DEFAULT_MESSAGE = `An id is a whole number from 1 to ${MAX_DATABASE_ID}.`;

/** The id of a database row: a whole number from 1 to 2^31 − 1. `message` is what is said when it is not one. */
export function databaseId(message = DEFAULT_MESSAGE) {
  return z.number({ message }).int({ message }).min(1, { message }).max(MAX_DATABASE_ID, { message });
}

/** The same id as text, from a path segment, a query parameter or a form field: digits only. */
export function databaseIdText(message = DEFAULT_MESSAGE) {
  return z.string({ message }).regex(/^\d+$/, { message }).transform(Number).pipe(databaseId(message));
}

// Built once: report pages parse a unit key for every row they show.
const anyIdText = databaseIdText();

/** The id a text names, or null when it names none: for pages, which answer 404 to anything else. */
export function parseDatabaseId(text: string): number | null {
  return anyIdText.safeParse(text).data ?? null;
}
