import { z } from 'zod';
import { type AppLocale, DEFAULT_LOCALE } from '@/lib/domain/i18n/locales';
import { MAX_DATABASE_ID } from '@/lib/domain/validation/database-id';
import { ScimError } from './scim-error';
import { SCIM_ENTERPRISE_USER_SCHEMA, SCIM_USER_SCHEMA } from './scim-path';

/**
 * What SCIM says of a person (RFC 7643 §4.1, and the enterprise extension's `manager`, §4.3), as
 * far as Verbinding keeps it. `userName` is the person's e-mail address; `displayName` their name.
 */
export interface ScimUser {
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string;
  active: boolean;
  /** As the identity provider sent it (`nl-BE`); null when it sent none. */
  preferredLanguage: string | null;
  /** The language Verbinding speaks to the person. */
  locale: AppLocale;
  /** The SCIM id, a person's id, of the person they report to. */
  managerId: number | null;
}

/** A person as SCIM answers them. */
export interface ScimPerson extends ScimUser {
  id: number;
  createdAt: Date;
  lastModified: Date;
}

const NAME_LENGTH = 200;

/** Verbinding's language for a language tag: `nl`, `nl-BE`, `en-US`… ; null for any other language. */
export function localeOfLanguage(tag: string | null | undefined): AppLocale | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'nl' || language === 'en' ? language : null;
}

/** "Given Family", or null when neither is known. */
export function formattedName(user: Pick<ScimUser, 'givenName' | 'familyName'>): string | null {
  const parts = [user.givenName, user.familyName].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The name a person gets when the identity provider sends no display name. */
export function derivedDisplayName(user: Pick<ScimUser, 'givenName' | 'familyName' | 'userName'>): string {
  return formattedName(user) ?? user.userName;
}

const invalid = (detail: string) => new ScimError(400, detail, 'invalidValue');

const userNameSchema = z.email().max(254);

/** A userName: the person's e-mail address, which Verbinding signs them in and writes to with. */
export function userNameOf(value: unknown): string {
  const userName = typeof value === 'string' ? value.trim() : value;
  const parsed = userNameSchema.safeParse(userName);
  if (!parsed.success)
    throw invalid('userName must be the person’s e-mail address (map it to mail or userPrincipalName).');
  return parsed.data;
}

/** An optional text attribute: trimmed, empty and null as none, at most `max` characters. */
export function optionalTextOf(value: unknown, attribute: string, max = NAME_LENGTH): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw invalid(`${attribute} must be a string.`);
  const text = value.trim();
  if (text.length > max) throw invalid(`${attribute} is longer than ${max} characters.`);
  return text === '' ? null : text;
}

/**
 * The manager's SCIM id, sent as the RFC's `{ "value": "12" }` or as Entra ID's bare `"12"`; null
 * for none.
 */
export function managerIdOf(value: unknown): number | null {
  const reference = typeof value === 'object' && value !== null && 'value' in value ? value.value : value;
  if (reference === null || reference === undefined || reference === '') return null;
  const text = typeof reference === 'number' ? String(reference) : reference;
  if (typeof text !== 'string' || !/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > MAX_DATABASE_ID)
    throw invalid('manager must be the SCIM id of another user, e.g. { "value": "12" }.');
  return Number(text);
}

/** The language attributes' effect: the tag kept, and the person's language when it is Dutch or English. */
export function languageOf(
  preferredLanguage: string | null,
  locale: string | null,
  current: AppLocale | undefined,
): Pick<ScimUser, 'preferredLanguage' | 'locale'> {
  return {
    preferredLanguage,
    locale: localeOfLanguage(preferredLanguage) ?? localeOfLanguage(locale) ?? current ?? DEFAULT_LOCALE,
  };
}

/**
 * The person as a SCIM User resource (RFC 7643 §4.1): attributes without a value are left out, as
 * Entra ID asks; `emails` is the one work address, the userName.
 */
export function scimUserResource(person: ScimPerson, baseUrl: string) {
  const location = `${baseUrl}/Users/${person.id}`;
  const optional = <Value>(key: string, value: Value | null) => (value === null ? {} : { [key]: value });
  return {
    schemas: person.managerId === null ? [SCIM_USER_SCHEMA] : [SCIM_USER_SCHEMA, SCIM_ENTERPRISE_USER_SCHEMA],
    id: String(person.id),
    ...optional('externalId', person.externalId),
    userName: person.userName,
    name: {
      formatted: formattedName(person) ?? person.displayName,
      ...optional('givenName', person.givenName),
      ...optional('familyName', person.familyName),
    },
    displayName: person.displayName,
    emails: [{ value: person.userName, type: 'work', primary: true }],
    active: person.active,
    preferredLanguage: person.preferredLanguage ?? person.locale,
    ...(person.managerId === null
      ? {}
      : {
          [SCIM_ENTERPRISE_USER_SCHEMA]: {
            manager: { value: String(person.managerId), $ref: `${baseUrl}/Users/${person.managerId}` },
          },
        }),
    meta: {
      resourceType: 'User',
      created: person.createdAt.toISOString(),
      lastModified: person.lastModified.toISOString(),
      location,
    },
  };
}

export type ScimUserResource = ReturnType<typeof scimUserResource>;
