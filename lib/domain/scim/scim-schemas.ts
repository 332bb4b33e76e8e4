import { SCIM_VERBINDING_GROUP_SCHEMA } from './scim-group-name';
import { SCIM_ENTERPRISE_USER_SCHEMA, SCIM_GROUP_SCHEMA, SCIM_USER_SCHEMA } from './scim-path';

export const SCIM_SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

type AttributeType = 'string' | 'boolean' | 'complex' | 'reference';

interface AttributeOptions {
  description: string;
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable';
  uniqueness?: 'none' | 'server';
  referenceTypes?: string[];
  subAttributes?: SchemaAttribute[];
}

/** An attribute's definition as RFC 7643 §7 writes it. */
export interface SchemaAttribute extends Omit<AttributeOptions, 'subAttributes'> {
  name: string;
  type: AttributeType;
  returned: 'default';
  subAttributes?: SchemaAttribute[];
}

/** An attribute definition (RFC 7643 §7), with the defaults of §2.2 written out as RFC 7643 §8.7.1 does. */
function attribute(name: string, type: AttributeType, options: AttributeOptions): SchemaAttribute {
  const { subAttributes, referenceTypes, ...rest } = options;
  return {
    name,
    type,
    multiValued: false,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...rest,
    ...(referenceTypes ? { referenceTypes } : {}),
    ...(subAttributes ? { subAttributes } : {}),
  };
}

const text = (name: string, description: string, options: Partial<AttributeOptions> = {}) =>
  attribute(name, 'string', { description, ...options });

const externalId = text('externalId', "The identity provider's own id for the resource.", { caseExact: true });

/** The attributes of a User that Verbinding keeps; others a provider sends are ignored. */
const USER_ATTRIBUTES = [
  text('userName', 'The e-mail address the person signs in with; unique.', { required: true, uniqueness: 'server' }),
  attribute('name', 'complex', {
    description: "The person's name: Verbinding keeps it as one, formatted or given and family name joined.",
    subAttributes: [
      text('formatted', 'The full name.'),
      text('givenName', 'The given name.'),
      text('familyName', 'The family name.'),
    ],
  }),
  text('displayName', 'The name shown in Verbinding.'),
  attribute('emails', 'complex', {
    description: 'E-mail addresses; the primary (or work) one is where Verbinding writes.',
    multiValued: true,
    subAttributes: [
      text('value', 'The e-mail address.'),
      text('type', 'Its kind, e.g. "work".'),
      attribute('primary', 'boolean', { description: 'Whether it is the primary address.' }),
    ],
  }),
  attribute('active', 'boolean', { description: 'Whether the person may sign in and is invited to pulses.' }),
  text('preferredLanguage', "The person's language: nl or en."),
  externalId,
];

const ENTERPRISE_USER_ATTRIBUTES = [
  attribute('manager', 'complex', {
    description: "The person's manager, who becomes a leader of the person's team.",
    subAttributes: [
      text('value', "The manager's user id."),
      attribute('$ref', 'reference', { description: "The manager's User resource.", referenceTypes: ['User'] }),
      text('displayName', "The manager's name.", { mutability: 'readOnly' }),
    ],
  }),
];

const GROUP_ATTRIBUTES = [
  text(
    'displayName',
    'The team, with its department in the form "Productie / Magazijn / Heftrucks" unless sent in the extension.',
    {
      required: true,
    },
  ),
  attribute('members', 'complex', {
    description: 'The people whose current team this is; adding a person moves them into it today.',
    multiValued: true,
    subAttributes: [
      text('value', "The member's user id.", { mutability: 'immutable' }),
      attribute('$ref', 'reference', {
        description: "The member's User resource.",
        mutability: 'immutable',
        referenceTypes: ['User'],
      }),
      text('display', "The member's name.", { mutability: 'readOnly' }),
      text('type', 'Always "User".', { mutability: 'immutable' }),
    ],
  }),
  externalId,
];

const VERBINDING_GROUP_ATTRIBUTES = [
  text(
    'department',
    'The department of the team, its names from the top separated by " / ", e.g. "Productie / Magazijn".',
  ),
];

const SCHEMAS = [
  { id: SCIM_USER_SCHEMA, name: 'User', description: 'A person in Verbinding.', attributes: USER_ATTRIBUTES },
  {
    id: SCIM_ENTERPRISE_USER_SCHEMA,
    name: 'EnterpriseUser',
    description: 'The enterprise extension: the manager, from whom the leaders of teams follow.',
    attributes: ENTERPRISE_USER_ATTRIBUTES,
  },
  { id: SCIM_GROUP_SCHEMA, name: 'Group', description: 'A team in Verbinding.', attributes: GROUP_ATTRIBUTES },
  {
    id: SCIM_VERBINDING_GROUP_SCHEMA,
    name: 'VerbindingGroup',
    description: "Verbinding's extension of a Group: the department its team sits in.",
    attributes: VERBINDING_GROUP_ATTRIBUTES,
  },
];

/** The schemas this service serves (RFC 7643 §7), each with only the attributes Verbinding supports. */
export function scimSchemas(baseUrl: string) {
  return SCHEMAS.map((schema) => ({
    schemas: [SCIM_SCHEMA_SCHEMA],
    ...schema,
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${schema.id}` },
  }));
}
