import type { z } from 'zod';

/**
 * A form's schema with the reader that turns its FormData into the schema's input. The browser
 * checks with it before sending, and the server action checks again with the same pair.
 */
export interface FormContract<Schema extends z.ZodType> {
  schema: Schema;
  read: (form: FormData) => unknown;
  /** The schema's messages are keys the form translates, shown beside each field. */
  issueKeys?: boolean;
  /**
   * For a form submitted through its action, which React resets once it answers: what was typed,
   * returned with a refusal so that the form shows it again.
   */
  typedValues?: (form: FormData) => Record<string, string>;
}

export function formContract<Schema extends z.ZodType>(
  schema: Schema,
  read: (form: FormData) => unknown,
  options: Pick<FormContract<Schema>, 'issueKeys' | 'typedValues'> = {},
): FormContract<Schema> {
  return { schema, read, ...options };
}

/** A text field, trimmed; '' when absent. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A whole-number field; NaN when absent or not a number, which the schema then refuses. */
export function numberOf(form: FormData, name: string): number {
  const value = textOf(form, name);
  return value === '' ? Number.NaN : Number(value);
}

/** An optional id from a select whose empty option means "none". */
export function optionalIdOf(form: FormData, name: string): number | null {
  return textOf(form, name) === '' ? null : numberOf(form, name);
}
