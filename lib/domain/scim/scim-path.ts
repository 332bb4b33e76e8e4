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
const COMPARISON = /^\s*(\S+?)\s+(eq|ne|co|sw|ew|gt|ge|lt|le)\s+(.+?)\s*$/i;
const PRESENT = /^\s*(\S+?)\s+pr\s*$/i;

/**
 * One comparison: `userName eq "a@b.be"`, `active eq true`, `title pr`, or a value path such as
 * `members[value eq "12"]`, read as "has a member matching" (`pr` with the path's filter).
 */
export function parseComparison(
  text: string,
  errorType: 'invalidPath' | 'invalidFilter' = 'invalidFilter',
): Comparison {
  if (VALUE_PATH.test(text)) return { path: parseAttributePath(text, errorType), operator: 'pr' };
  const present = PRESENT.exec(text);
  if (present?.[1]) return { path: parseAttributePath(present[1], errorType), operator: 'pr' };
  const match = COMPARISON.exec(text);
  if (!match?.[1] || !match[2] || match[3] === undefined)
    throw new ScimError(400, `"${text}" is not a comparison this service understands.`, errorType);
  return {
    path: parseAttributePath(match[1], errorType),
    operator: match[2].toLowerCase() as ComparisonOperator,
    value: parseComparisonValue(match[3], errorType),
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
