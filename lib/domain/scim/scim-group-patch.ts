import { isRecord } from '@/lib/domain/audit/audit-changes';
import { ScimError } from './scim-error';
import { memberIdsOf } from './scim-group-body';
import { SCIM_VERBINDING_GROUP_SCHEMA } from './scim-group-name';
import type { PatchOperation } from './scim-patch';
import { type AttributePath, parseAttributePath } from './scim-path';

/** A group as a change leaves it: what its team becomes. */
export interface GroupDraft {
  id: string;
  displayName: string;
  externalId: string | null;
  /** The extension's department path, when the change sent one. */
  department?: string;
  /** The members' user ids. */
  members: string[];
}

const EXTENSION = SCIM_VERBINDING_GROUP_SCHEMA.toLowerCase();
const ATTRIBUTES = `displayName, externalId, members and ${SCIM_VERBINDING_GROUP_SCHEMA}:department`;

/**
 * Applies a PATCH's operations in order (RFC 7644 §3.5.2) to a group, in the forms Entra ID and
 * Okta send: members added, removed (by `members[value eq "12"]`, or with `path: "members"` and
 * the members as the value, or all of them without one) and replaced; displayName, externalId and
 * the department replaced; and attributes without a path, as an object (Okta's rename sends the
 * group's own id along). A SCIM 400 for what a group cannot take.
 */
export function applyGroupPatch(group: GroupDraft, operations: readonly PatchOperation[]): GroupDraft {
  const draft: GroupDraft = { ...group };
  const members = new Set(group.members);
  for (const { op, path, value } of operations) {
    if (path) applyAt(draft, members, op, path, value);
    else {
      if (!isRecord(value))
        throw new ScimError(
          400,
          'An operation without a path takes an object of attributes as its value.',
          'invalidValue',
        );
      for (const [key, attributeValue] of Object.entries(value))
        applyAttribute(draft, members, op, key, attributeValue);
    }
  }
  return { ...draft, members: [...members] };
}

function applyAttribute(
  draft: GroupDraft,
  members: Set<string>,
  op: PatchOperation['op'],
  key: string,
  value: unknown,
) {
  const name = key.toLowerCase();
  if (name === 'schemas' || name === 'meta') return;
  if (name === 'id') {
    if (String(value) !== draft.id) throw new ScimError(400, 'A group keeps its id.', 'mutability');
    return;
  }
  if (name !== EXTENSION) return applyAt(draft, members, op, parseAttributePath(key), value);
  if (!isRecord(value)) throw new ScimError(400, `${SCIM_VERBINDING_GROUP_SCHEMA} is an object.`, 'invalidValue');
  for (const [attribute, extensionValue] of Object.entries(value))
    applyAt(draft, members, op, { schema: EXTENSION, attribute: attribute.toLowerCase() }, extensionValue);
}

function applyAt(
  draft: GroupDraft,
  members: Set<string>,
  op: PatchOperation['op'],
  path: AttributePath,
  value: unknown,
) {
  if (path.attribute === 'members' && !path.schema) return applyMembers(members, op, path, value);
  if (path.filter || path.subAttribute) throw noSuchAttribute(path);
  if (path.schema === EXTENSION && path.attribute === 'department') {
    if (op === 'remove')
      throw new ScimError(400, 'A team always has a department: replace it instead of removing it.', 'mutability');
    draft.department = textOf(value, 'department');
  } else if (path.schema) {
    throw noSuchAttribute(path);
  } else if (path.attribute === 'displayname') {
    if (op === 'remove') throw new ScimError(400, 'A group always has a displayName.', 'mutability');
    draft.displayName = textOf(value, 'displayName');
  } else if (path.attribute === 'externalid') {
    draft.externalId = op === 'remove' || value === null ? null : textOf(value, 'externalId');
  } else if (path.attribute === 'id') {
    throw new ScimError(400, 'A group keeps its id.', 'mutability');
  } else {
    throw noSuchAttribute(path);
  }
}

function applyMembers(members: Set<string>, op: PatchOperation['op'], path: AttributePath, value: unknown) {
  if (path.subAttribute)
    throw new ScimError(400, "A member's attributes cannot be changed: add or remove the member.", 'invalidPath');
  if (path.filter) {
    const { filter } = path;
    const byValue = filter.path.attribute === 'value' && !filter.path.subAttribute && filter.operator === 'eq';
    if (!byValue || op !== 'remove')
      throw new ScimError(
        400,
        'A member is named in a path only to remove it, as members[value eq "<user id>"]; add members with the path "members".',
        'invalidPath',
      );
    members.delete(String(filter.value));
    return;
  }
  if (op === 'remove' && value === undefined) return members.clear();
  const ids = memberIdsOf(value);
  if (op === 'replace') members.clear();
  for (const id of ids) {
    if (op === 'remove') members.delete(id);
    else members.add(id);
  }
}

function textOf(value: unknown, attribute: string): string {
  if (typeof value !== 'string') throw new ScimError(400, `${attribute} is text.`, 'invalidValue');
  return value;
}

function noSuchAttribute(path: AttributePath): ScimError {
  const name = [path.schema, path.attribute].filter(Boolean).join(':');
  return new ScimError(
    400,
    `A group has no attribute "${name}" this service changes: it has ${ATTRIBUTES}.`,
    'invalidPath',
  );
}
