import { nameKey } from '@/lib/domain/people-import/similar-names';
import { ScimError } from './scim-error';
import { parseScimFilter } from './scim-filter';

/** What a list of groups asks for: each condition must hold. */
export interface GroupQuery {
  conditions: { attribute: 'id' | 'externalid' | 'displayname'; value: string }[];
  /** Users the group must have as members (Entra ID's `members[value eq "12"]`). */
  memberIds: string[];
}

/** What a group is matched on: its id, externalId, and every displayName it answers to. */
export interface MatchableGroup {
  id: string;
  externalId: string | null;
  displayNames: string[];
  memberIds: ReadonlySet<string> | null;
}

const UNSUPPORTED =
  'Groups are filtered with eq on id, externalId or displayName, and with members[value eq "<user id>"], joined by "and".';

/** Reads a Groups filter (none: every group); a SCIM 400 `invalidFilter` for what this service does not filter on. */
export function groupQueryOf(filter: string | null): GroupQuery {
  const query: GroupQuery = { conditions: [], memberIds: [] };
  if (filter === null || filter.trim() === '') return query;
  for (const { path, operator, value } of parseScimFilter(filter).all) {
    const plain = !path.schema && !path.subAttribute;
    if (plain && path.filter && path.attribute === 'members' && operator === 'pr') {
      const member = path.filter;
      if (member.path.attribute !== 'value' || member.operator !== 'eq' || member.value === undefined)
        throw new ScimError(400, UNSUPPORTED, 'invalidFilter');
      query.memberIds.push(String(member.value));
    } else if (
      plain &&
      !path.filter &&
      operator === 'eq' &&
      (typeof value === 'string' || typeof value === 'number') &&
      (path.attribute === 'id' || path.attribute === 'externalid' || path.attribute === 'displayname')
    ) {
      query.conditions.push({ attribute: path.attribute, value: String(value) });
    } else {
      throw new ScimError(400, UNSUPPORTED, 'invalidFilter');
    }
  }
  return query;
}

/**
 * Whether a group matches: id and externalId exactly (RFC 7643 makes them case-exact), displayName
 * whatever its case, members among the group's (`memberIds` null: not loaded, so not asked).
 */
export function matchesGroupQuery(group: MatchableGroup, query: GroupQuery): boolean {
  const conditionsHold = query.conditions.every(({ attribute, value }) => {
    if (attribute === 'id') return group.id === value;
    if (attribute === 'externalid') return group.externalId === value;
    return group.displayNames.some((name) => nameKey(name) === nameKey(value));
  });
  return conditionsHold && query.memberIds.every((id) => group.memberIds?.has(id) ?? false);
}
