import { ScimError } from './scim-error';
import { type PatchOperation, scimBoolean } from './scim-patch';
import { type AttributePath, SCIM_ENTERPRISE_USER_SCHEMA, SCIM_USER_SCHEMA, parseAttributePath } from './scim-path';
import {
  type ScimUser,
  derivedDisplayName,
  localeOfLanguage,
  managerIdOf,
  optionalTextOf,
  userNameOf,
} from './scim-user';
import { EXTERNAL_ID_LENGTH, LANGUAGE_TAG_LENGTH, lowercaseKeys } from './scim-user-input';

const ENTERPRISE = SCIM_ENTERPRISE_USER_SCHEMA.toLowerCase();
const CORE = SCIM_USER_SCHEMA.toLowerCase();

/**
 * Attributes of RFC 7643's User and enterprise extension that Verbinding does not keep: identity
 * providers map them by default (Entra ID sends `title`, `employeeNumber`…), so a PATCH of them
 * succeeds and changes nothing.
 */
const MULTI_VALUED_NOT_KEPT = [
  'phonenumbers',
  'ims',
  'photos',
  'addresses',
  'entitlements',
  'roles',
  'x509certificates',
];
const NOT_KEPT = new Set([
  'nickname',
  'profileurl',
  'title',
  'usertype',
  'timezone',
  'password',
  ...MULTI_VALUED_NOT_KEPT,
]);
const ENTERPRISE_NOT_KEPT = new Set(['employeenumber', 'costcenter', 'organization', 'division', 'department']);
const NAME_NOT_KEPT = new Set(['formatted', 'middlename', 'honorificprefix', 'honorificsuffix']);
const READ_ONLY = new Set(['id', 'meta', 'groups']);
const MULTI_VALUED = new Set(['emails', ...MULTI_VALUED_NOT_KEPT]);

const invalidPath = (detail: string) => new ScimError(400, detail, 'invalidPath');
const written = (path: AttributePath) =>
  `${path.schema ? `${path.schema}:` : ''}${path.attribute}${path.subAttribute ? `.${path.subAttribute}` : ''}`;

/**
 * Applies a PATCH's operations (RFC 7644 §3.5.2) to a user, in order, in every form Entra ID and
 * Okta send: `op` in any case, with a path (`active`, `name.givenName`, `emails[type eq "work"].value`,
 * `urn:…:enterprise:2.0:User:manager`) or without one (an object whose keys are such paths, or the
 * extension's URN holding an object). Booleans may come as "True"/"False". The display name, when
 * it was derived from the names and is not itself patched, follows them.
 *
 * Unknown attributes are refused (400 `invalidPath`), read-only ones too (400 `mutability`);
 * attributes SCIM defines but Verbinding does not keep are accepted and change nothing. `emails`
 * is answered from the userName, so a PATCH of it changes nothing either.
 */
export function applyUserPatch(user: ScimUser, operations: readonly PatchOperation[]): ScimUser {
  const draft: ScimUser = { ...user };
  let displayName: string | null | undefined;

  const setName = (subAttribute: string, remove: boolean, value: unknown) => {
    if (subAttribute === 'givenname') draft.givenName = remove ? null : optionalTextOf(value, 'name.givenName');
    else if (subAttribute === 'familyname') draft.familyName = remove ? null : optionalTextOf(value, 'name.familyName');
    else if (!NAME_NOT_KEPT.has(subAttribute)) throw invalidPath(`The name has no attribute "${subAttribute}".`);
  };

  const apply = (op: PatchOperation['op'], path: AttributePath, value: unknown) => {
    const remove = op === 'remove' || value === null;
    if (path.schema !== undefined) {
      if (path.schema !== ENTERPRISE)
        throw invalidPath(`Verbinding keeps no attributes of the schema "${path.schema}".`);
      if (path.attribute === 'manager' && !path.filter && (path.subAttribute ?? 'value') === 'value')
        draft.managerId = remove ? null : managerIdOf(value);
      else if (!ENTERPRISE_NOT_KEPT.has(path.attribute))
        throw invalidPath(`Verbinding does not know "${written(path)}".`);
      return;
    }
    if (path.filter && !MULTI_VALUED.has(path.attribute))
      throw invalidPath(`"${path.attribute}" holds one value: a filter cannot select in it.`);
    if (path.attribute === 'name') {
      if (path.subAttribute) setName(path.subAttribute, remove, value);
      else if (remove) draft.givenName = draft.familyName = null;
      else for (const [key, entry] of lowercaseKeys(value)) setName(key, entry === null, entry);
      return;
    }
    if (path.subAttribute && !MULTI_VALUED.has(path.attribute))
      throw invalidPath(`Verbinding does not know "${written(path)}".`);
    switch (path.attribute) {
      case 'username':
        if (remove)
          throw new ScimError(400, 'userName cannot be removed: it is the person’s e-mail address.', 'mutability');
        draft.userName = userNameOf(value);
        return;
      case 'displayname':
        displayName = remove ? null : optionalTextOf(value, 'displayName');
        return;
      case 'active':
        if (remove) throw new ScimError(400, 'active cannot be removed: replace it with false.', 'mutability');
        draft.active = scimBoolean(value, 'active');
        return;
      case 'externalid':
        draft.externalId = remove ? null : optionalTextOf(value, 'externalId', EXTERNAL_ID_LENGTH);
        return;
      case 'preferredlanguage':
        draft.preferredLanguage = remove ? null : optionalTextOf(value, 'preferredLanguage', LANGUAGE_TAG_LENGTH);
        draft.locale = localeOfLanguage(draft.preferredLanguage) ?? draft.locale;
        return;
      case 'locale':
        if (!remove)
          draft.locale = localeOfLanguage(optionalTextOf(value, 'locale', LANGUAGE_TAG_LENGTH)) ?? draft.locale;
        return;
      case 'emails':
        return;
      default:
        if (READ_ONLY.has(path.attribute)) throw new ScimError(400, `"${path.attribute}" is read-only.`, 'mutability');
        if (!NOT_KEPT.has(path.attribute))
          throw invalidPath(`Verbinding does not know the attribute "${path.attribute}".`);
    }
  };

  const applyObject = (op: PatchOperation['op'], value: unknown, schema?: string) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new ScimError(
        400,
        'An operation without a path needs an object of attributes as its value.',
        'invalidValue',
      );
    for (const [key, entry] of Object.entries(value)) {
      const lower = key.toLowerCase();
      if (schema === undefined && lower === ENTERPRISE) applyObject(op, entry, ENTERPRISE);
      else if (schema === undefined && lower === CORE) applyObject(op, entry);
      else {
        const path = parseAttributePath(key);
        apply(op, schema && !path.schema ? { ...path, schema } : path, entry);
      }
    }
  };

  for (const operation of operations) {
    if (operation.path) apply(operation.op, operation.path, operation.value);
    else applyObject(operation.op, operation.value);
  }
  if (displayName !== undefined) draft.displayName = displayName ?? derivedDisplayName(draft);
  else if (user.displayName === derivedDisplayName(user)) draft.displayName = derivedDisplayName(draft);
  return draft;
}
