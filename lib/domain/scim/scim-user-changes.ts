import type { ScimUser } from './scim-user';

/** The audit log's name for each attribute a SCIM change can make (`active` is audited as a deactivation). */
const AUDITED = {
  userName: 'email',
  displayName: 'name',
  givenName: 'givenName',
  familyName: 'familyName',
  externalId: 'externalId',
  preferredLanguage: 'preferredLanguage',
  locale: 'locale',
  managerId: 'managerId',
} as const satisfies Partial<Record<keyof ScimUser, string>>;

type Audited = keyof typeof AUDITED;
const ATTRIBUTES = Object.keys(AUDITED) as Audited[];

/** A new user as its `person.create` entry records them: what they were given, and whether they are active. */
export function userAuditState(user: ScimUser): Record<string, unknown> {
  return {
    ...Object.fromEntries(
      ATTRIBUTES.filter((attribute) => user[attribute] !== null).map((attribute) => [
        AUDITED[attribute],
        user[attribute],
      ]),
    ),
    active: user.active,
  };
}

/** What a change altered, before and after, under the audit log's names; null when it altered nothing. */
export function userChanges(
  before: ScimUser,
  after: ScimUser,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const changed = ATTRIBUTES.filter((attribute) => before[attribute] !== after[attribute]);
  if (changed.length === 0) return null;
  const side = (user: ScimUser) =>
    Object.fromEntries(changed.map((attribute) => [AUDITED[attribute], user[attribute]]));
  return { before: side(before), after: side(after) };
}
