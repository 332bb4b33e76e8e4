import type { ScimUser } from '@/lib/domain/scim/scim-user';

/** A user as SCIM describes her, for the mapping's unit tests. */
export const ANN: ScimUser = {
  userName: 'ann.peeters@example.be',
  externalId: null,
  givenName: 'Ann',
  familyName: 'Peeters',
  displayName: 'Ann Peeters',
  active: true,
  preferredLanguage: null,
  locale: 'nl',
  managerId: null,
};
