import { ScimError } from './scim-error';
import { type Comparison, parseComparison } from './scim-path';

/** A filter as identity providers send it: one comparison, or several joined by `and`. */
export interface ScimFilter {
  all: Comparison[];
}

/** Splits on ` and ` outside quotes and brackets; `or`, `not` and parentheses are refused as unsupported. */
export function parseScimFilter(text: string): ScimFilter {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"' && text[index - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (char === '[') depth++;
    if (char === ']') depth--;
    if (depth === 0 && /^\s+and\s+/i.test(text.slice(index))) {
      parts.push(text.slice(start, index));
      const separator = /^\s+and\s+/i.exec(text.slice(index))![0];
      index += separator.length - 1;
      start = index + 1;
    } else if (
      depth === 0 &&
      (/^\s+or\s+/i.test(text.slice(index)) || char === '(' || /^not\s*\(/i.test(text.slice(index)))
    )
      throw new ScimError(400, 'Only comparisons joined by "and" are supported in a filter.', 'invalidFilter');
  }
  if (quoted || depth !== 0) throw new ScimError(400, `The filter "${text}" is not closed.`, 'invalidFilter');
  parts.push(text.slice(start));
  return { all: parts.map((part) => parseComparison(part, 'invalidFilter')) };
}

/**
 * The value a filter requires of an attribute with `eq` (e.g. `userName eq "x"` → "x" for
 * `username`), or undefined when it requires none.
 */
export function equalityOf(
  filter: ScimFilter,
  attribute: string,
  subAttribute?: string,
): Comparison['value'] | undefined {
  const found = filter.all.find(
    (comparison) =>
      comparison.operator === 'eq' &&
      comparison.path.attribute === attribute.toLowerCase() &&
      comparison.path.subAttribute === subAttribute?.toLowerCase() &&
      !comparison.path.filter,
  );
  return found?.value;
}
