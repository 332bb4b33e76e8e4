import { ScimError } from './scim-error';

/** The core schemas, whose URN may prefix an attribute and is then dropped. */
export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const SCIM_ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const CORE_SCHEMAS = [SCIM_USER_SCHEMA, SCIM_GROUP_SCHEMA].map((urn) => urn.toLowerCase());

export type ComparisonOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le' | 'pr';

/** `attribute op value`, or `attribute pr`. Attribute names are lowercased: SCIM's are case-insensitive. */
export interface Comparison {
  path: AttributePath;
  operator: ComparisonOperator;
  value?: string | number | boolean | null;
}

/**
 * An attribute path as SCIM writes it: `userName`, `name.givenName`, `emails[type eq "work"].value`,
 * `members[value eq "12"]`, or an extension's `urn:…:enterprise:2.0:User:manager`. `schema` is set
 * for an extension's attribute only; every name is lowercased.
 */
export interface AttributePath {
  schema?: string;
  attribute: string;
  filter?: Comparison;
  subAttribute?: string;
}

const ATTRIBUTE_NAME = /^[A-Za-z][\w$-]*$/;

/** Parses an attribute path; a SCIM 400 `invalidPath` (or `invalidFilter` inside a filter) when it is not one. */
export function parseAttributePath(
  text: string,
  errorType: 'invalidPath' | 'invalidFilter' = 'invalidPath',
): AttributePath {
  const invalid = () => new ScimError(400, `"${text}" is not an attribute path this service understands.`, errorType);
  let rest = text.trim();
  let schema: string | undefined;
  if (rest.toLowerCase().startsWith('urn:')) {
    const bracket = rest.indexOf('[');
    const head = bracket === -1 ? rest : rest.slice(0, bracket);
    const colon = head.lastIndexOf(':');
    const urn = head.slice(0, colon).toLowerCase();
    rest = rest.slice(colon + 1);
    if (!CORE_SCHEMAS.includes(urn)) schema = urn;
  }
  const match = /^([^.[\]]+)(?:\[(.+)\])?(?:\.([^.[\]]+))?$/.exec(rest);
  if (!match?.[1] || !ATTRIBUTE_NAME.test(match[1]) || (match[3] && !ATTRIBUTE_NAME.test(match[3]))) throw invalid();
  const filter = match[2] === undefined ? undefined : parseComparison(match[2], errorType);
  return {
    ...(schema ? { schema } : {}),
    attribute: match[1].toLowerCase(),
    ...(filter ? { filter } : {}),
    ...(match[3] ? { subAttribute: match[3].toLowerCase() } : {}),
  };
}

const VALUE_PATH = /^\s*[^\s[]+\[.+\]\s*$/;
const OPERATION = /^\s+(eq|ne|co|sw|ew|gt|ge|lt|le)\s+(.+?)\s*$/i;
const PRESENT = /^\s+pr\s*$/i;

/**
 * The attribute path a comparison starts with, and the rest: up to the first space, or, for a path
 * with a filter (`emails[type eq "work"].value eq "a@b.be"`), to the filter's closing bracket and
 * its sub-attribute.
 */
function splitComparison(text: string): { path: string; rest: string } {
  const trimmed = text.trimStart();
  const space = trimmed.search(/\s/);
  const bracket = trimmed.indexOf('[');
  if (bracket === -1 || (space !== -1 && space < bracket))
    return space === -1 ? { path: trimmed, rest: '' } : { path: trimmed.slice(0, space), rest: trimmed.slice(space) };
  let quoted = false;
  for (let index = bracket; index < trimmed.length; index++) {
    const char = trimmed[index];
    if (char === '"' && trimmed[index - 1] !== '\\') quoted = !quoted;
    else if (char === ']' && !quoted) {
      const end = index + 1 + (/^\.[A-Za-z][\w$-]*/.exec(trimmed.slice(index + 1))?.[0].length ?? 0);
      return { path: trimmed.slice(0, end), rest: trimmed.slice(end) };
    }
  }
  return { path: trimmed, rest: '' };
}

/**
 * One comparison: `userName eq "a@b.be"`, `active eq true`, `title pr`, or a value path such as
 * `members[value eq "12"]`, read as "has a member matching" (`pr` with the path's filter).
 */
export function parseComparison(
  text: string,
  errorType: 'invalidPath' | 'invalidFilter' = 'invalidFilter',
): Comparison {
  if (VALUE_PATH.test(text)) return { path: parseAttributePath(text, errorType), operator: 'pr' };
  const { path, rest } = splitComparison(text);
  if (PRESENT.test(rest)) return { path: parseAttributePath(path, errorType), operator: 'pr' };
  const match = OPERATION.exec(rest);
  if (!path || !match?.[1] || match[2] === undefined)
    throw new ScimError(400, `"${text}" is not a comparison this service understands.`, errorType);
  return {
    path: parseAttributePath(path, errorType),
    operator: match[1].toLowerCase() as ComparisonOperator,
    value: parseComparisonValue(match[2], errorType),
  };
}

function parseComparisonValue(text: string, errorType: 'invalidPath' | 'invalidFilter'): Comparison['value'] {
  if (text.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value;
    } catch {
      // Falls through to the error below.
    }
  } else if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  else if (text === 'null') return null;
  else if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  throw new ScimError(400, `${text} is not a value a filter can compare with: quote strings.`, errorType);
}
