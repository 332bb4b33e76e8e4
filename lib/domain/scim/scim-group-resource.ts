import { nameKey } from '@/lib/domain/people-import/similar-names';
import { PATH_SEPARATOR, SCIM_VERBINDING_GROUP_SCHEMA, pathName, pathNames } from './scim-group-name';
import { SCIM_GROUP_SCHEMA } from './scim-path';

/** A team as a SCIM Group: what Verbinding keeps of it. */
export interface ScimGroupRecord {
  id: number;
  name: string;
  /** Its department's names from the top of the tree. */
  departmentPath: string[];
  externalId: string | null;
  /** The displayName the identity provider last sent; null for a team it never sent. */
  scimDisplayName: string | null;
  createdAt: Date;
}

/** A person whose current stay is in the team. */
export interface ScimGroupMember {
  personId: number;
  name: string;
}

/**
 * The group's displayName: the one the identity provider sent, as it sent it, while it still names
 * this team in its department (HR may have renamed or moved the team since); otherwise, and for a
 * team no provider sent, its path in the convention's form, "Productie / Magazijn / Heftrucks".
 */
export function groupDisplayName(group: ScimGroupRecord): string {
  const own = pathName(group.departmentPath, group.name);
  if (group.scimDisplayName === null) return own;
  const sent = pathNames(group.scimDisplayName);
  const sentTeam = sent.pop() ?? '';
  const sentPath = sent.map(nameKey).join(PATH_SEPARATOR);
  const stillThisTeam =
    nameKey(sentTeam) === nameKey(group.name) &&
    (sent.length === 0 || sentPath === group.departmentPath.map(nameKey).join(PATH_SEPARATOR));
  return stillThisTeam ? group.scimDisplayName : own;
}

/** Every displayName a group answers to in a filter: the one it shows, and its path in the convention's form. */
export function groupDisplayNames(group: ScimGroupRecord): string[] {
  return [...new Set([groupDisplayName(group), pathName(group.departmentPath, group.name)])];
}

/**
 * A team as a SCIM Group resource (RFC 7643 §4.2) with Verbinding's extension; `members` null
 * leaves them out (`excludedAttributes=members`), without reading them.
 */
export function scimGroupResource(group: ScimGroupRecord, members: readonly ScimGroupMember[] | null, baseUrl: string) {
  return {
    schemas: [SCIM_GROUP_SCHEMA, SCIM_VERBINDING_GROUP_SCHEMA],
    id: String(group.id),
    ...(group.externalId !== null ? { externalId: group.externalId } : {}),
    displayName: groupDisplayName(group),
    ...(members
      ? {
          members: members.map((member) => ({
            value: String(member.personId),
            display: member.name,
            $ref: `${baseUrl}/Users/${member.personId}`,
            type: 'User',
          })),
        }
      : {}),
    [SCIM_VERBINDING_GROUP_SCHEMA]: { department: group.departmentPath.join(PATH_SEPARATOR) },
    meta: { resourceType: 'Group', created: group.createdAt.toISOString(), location: `${baseUrl}/Groups/${group.id}` },
  };
}

export type ScimGroupResource = ReturnType<typeof scimGroupResource>;
