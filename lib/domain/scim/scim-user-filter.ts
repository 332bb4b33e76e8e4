import { parseDatabaseId } from '@/lib/domain/validation/database-id';
import { ScimError } from './scim-error';
import { parseScimFilter } from './scim-filter';
import type { Comparison } from './scim-path';

/** Which users a list request asks for; `none` when its conditions cannot all hold. */
export interface ScimUserLookup {
  email?: string;
  externalId?: string;
  id?: number;
  none?: true;
}

const SUPPORTED =
  'Users are looked up with eq on userName, externalId, id or emails[type eq "work"].value, joined by "and".';

const unsupported = (detail: string) => new ScimError(400, `${detail} ${SUPPORTED}`, 'invalidFilter');

/** The attribute a comparison looks at, as the lookup's key; undefined for an address of another type than work. */
function keyOf({ path }: Comparison): keyof Omit<ScimUserLookup, 'none'> | null | undefined {
  if (path.schema === undefined && !path.filter && !path.subAttribute) {
    if (path.attribute === 'username') return 'email';
    if (path.attribute === 'externalid') return 'externalId';
    if (path.attribute === 'id') return 'id';
  }
  if (path.schema === undefined && path.attribute === 'emails' && (path.subAttribute ?? 'value') === 'value') {
    if (!path.filter) return 'email';
    const { path: typePath, operator, value } = path.filter;
    if (typePath.attribute === 'type' && !typePath.subAttribute && operator === 'eq' && typeof value === 'string')
      return value.toLowerCase() === 'work' ? 'email' : null;
  }
  return undefined;
}

/**
 * The lookup a `filter` parameter asks for (RFC 7644 §3.4.2.2): the comparisons Entra ID and Okta
 * send, and nothing else (400 `invalidFilter`, never an unfiltered list in its place). userName and
 * the work e-mail are both the person's address, compared without regard to case.
 */
export function userLookupOf(filterText: string | null): ScimUserLookup {
  if (filterText === null || filterText.trim() === '') return {};
  const lookup: ScimUserLookup = {};
  for (const comparison of parseScimFilter(filterText).all) {
    const key = keyOf(comparison);
    if (key === undefined)
      throw unsupported(`The filter "${filterText}" compares an attribute that cannot be searched.`);
    if (comparison.operator !== 'eq') throw unsupported(`The operator "${comparison.operator}" is not supported.`);
    if (typeof comparison.value !== 'string')
      throw unsupported('Compare with a quoted string, e.g. userName eq "ann@example.be".');
    const value = key === 'id' ? parseDatabaseId(comparison.value) : comparison.value;
    if (key === null || value === null) {
      lookup.none = true;
      continue;
    }
    const known = lookup[key];
    if (known === undefined) Object.assign(lookup, { [key]: value });
    else if (key === 'email' ? String(known).toLowerCase() !== String(value).toLowerCase() : known !== value)
      lookup.none = true;
  }
  return lookup;
}
