import { ScimError } from './scim-error';
import { scimBoolean } from './scim-patch';
import { SCIM_ENTERPRISE_USER_SCHEMA, SCIM_USER_SCHEMA } from './scim-path';
import { type ScimUser, derivedDisplayName, languageOf, managerIdOf, optionalTextOf, userNameOf } from './scim-user';

/** An object's keys lowercased: SCIM's attribute names are case-insensitive (RFC 7643 §2.1). */
export function lowercaseKeys(value: unknown): Map<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
  return new Map(Object.entries(value).map(([key, entry]) => [key.toLowerCase(), entry]));
}

export const LANGUAGE_TAG_LENGTH = 35;
export const EXTERNAL_ID_LENGTH = 255;

/**
 * The user a POST or PUT body describes (RFC 7644 §3.3, §3.5.1), replacing what Verbinding keeps
 * of `current` (null for a new user). Read-only and unknown attributes (`id`, `meta`, `groups`,
 * `password`, `title`…) are ignored, as the RFC has it; `emails` is answered from the userName and
 * ignored too. Left out, `active` and the person's language stay as they were (a new user is
 * active and Dutch unless said otherwise); the names, externalId, language tag and manager are cleared.
 */
export function userFromResource(body: unknown, current: ScimUser | null): ScimUser {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ScimError(400, 'The body must be a SCIM User resource: a JSON object.', 'invalidSyntax');
  const attributes = lowercaseKeys(body);
  const schemas = attributes.get('schemas');
  if (
    !Array.isArray(schemas) ||
    !schemas.some((schema) => typeof schema === 'string' && schema.toLowerCase() === SCIM_USER_SCHEMA.toLowerCase())
  )
    throw new ScimError(400, `schemas must include "${SCIM_USER_SCHEMA}".`, 'invalidSyntax');
  if (attributes.get('username') === undefined)
    throw new ScimError(400, 'userName is required: the person’s e-mail address.', 'invalidValue');
  const userName = userNameOf(attributes.get('username'));
  const name = lowercaseKeys(attributes.get('name'));
  const givenName = optionalTextOf(name.get('givenname'), 'name.givenName');
  const familyName = optionalTextOf(name.get('familyname'), 'name.familyName');
  const displayName =
    optionalTextOf(attributes.get('displayname'), 'displayName') ??
    optionalTextOf(name.get('formatted'), 'name.formatted');
  const active = attributes.get('active');
  const enterprise = lowercaseKeys(attributes.get(SCIM_ENTERPRISE_USER_SCHEMA.toLowerCase()));
  return {
    userName,
    externalId: optionalTextOf(attributes.get('externalid'), 'externalId', EXTERNAL_ID_LENGTH),
    givenName,
    familyName,
    displayName: displayName ?? derivedDisplayName({ givenName, familyName, userName }),
    active: active === undefined || active === null ? (current?.active ?? true) : scimBoolean(active, 'active'),
    ...languageOf(
      optionalTextOf(attributes.get('preferredlanguage'), 'preferredLanguage', LANGUAGE_TAG_LENGTH),
      optionalTextOf(attributes.get('locale'), 'locale', LANGUAGE_TAG_LENGTH),
      current?.locale,
    ),
    managerId: managerIdOf(enterprise.get('manager')),
  };
}
