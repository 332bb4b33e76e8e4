/**
 * How the audit log reads each field an entry's before and after may hold. A field of a kind that
 * names a row (a team, a department, a person) is shown by the row's current name; `*Name` beside
 * an id is the name it had when the change was made, for a row renamed or gone since.
 */
export type AuditFieldKind =
  | 'text'
  | 'number'
  | 'boolean'
  | 'day'
  | 'moment'
  | 'team'
  | 'department'
  | 'departments'
  | 'person'
  | 'people'
  | 'role'
  | 'roles'
  | 'line'
  | 'cadence'
  | 'weekday'
  | 'list'
  | 'moves'
  | 'grants'
  | 'leaders'
  | 'stay'
  | 'action'
  | 'choice'
  | 'channels'
  | 'hidden';

export const AUDIT_FIELDS = {
  name: 'text',
  teamId: 'team',
  departmentId: 'department',
  parentId: 'department',
  validFrom: 'day',
  corrected: 'boolean',
  personId: 'person',
  leaders: 'people',
  email: 'text',
  givenName: 'text',
  familyName: 'text',
  externalId: 'text',
  preferredLanguage: 'text',
  locale: 'choice',
  managerId: 'person',
  revokedAt: 'moment',
  leaderRoleGranted: 'boolean',
  leaderRoleRevoked: 'boolean',
  active: 'boolean',
  stay: 'stay',
  stayEnded: 'day',
  deactivatedAt: 'moment',
  scimDeleted: 'boolean',
  role: 'role',
  roles: 'roles',
  rows: 'number',
  unchanged: 'number',
  newDepartments: 'list',
  newTeams: 'list',
  newPeople: 'list',
  moved: 'moves',
  renamed: 'list',
  reactivated: 'list',
  roleGrants: 'grants',
  newLeaders: 'leaders',
  cadence: 'cadence',
  weekday: 'weekday',
  openDays: 'number',
  startDate: 'day',
  itemsPerLine: 'number',
  minGroupSize: 'number',
  commentMinGroupSize: 'number',
  leaderEmails: 'boolean',
  pulseEmail: 'boolean',
  pulseChat: 'channels',
  alertChat: 'channels',
  sent: 'number',
  failed: 'number',
  chat: 'number',
  line: 'line',
  textNl: 'text',
  textEn: 'text',
  retiredAt: 'moment',
  months: 'number',
  cutoff: 'moment',
  periods: 'list',
  pulses: 'number',
  responses: 'number',
  period: 'choice',
  at: 'text',
  expand: 'departments',
  what: 'text',
  owner: 'text',
  dueDate: 'day',
  done: 'boolean',
  side: 'choice',
  day: 'day',
  method: 'choice',
  scope: 'choice',
  until: 'moment',
  action: 'action',
  person: 'text',
  from: 'day',
  to: 'day',
  id: 'hidden',
  createdAt: 'hidden',
  teamName: 'hidden',
} as const satisfies Record<string, AuditFieldKind>;

export type AuditField = keyof typeof AUDIT_FIELDS;

export function isAuditField(key: string): key is AuditField {
  return Object.hasOwn(AUDIT_FIELDS, key);
}

/** The field's kind; a field the log does not know is shown as its value reads. */
export function auditFieldKind(key: string): AuditFieldKind {
  return isAuditField(key) ? AUDIT_FIELDS[key] : 'text';
}
