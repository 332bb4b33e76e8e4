/**
 * Every administrative change and export the audit log records, named `entity.verb`. Before and
 * after hold the state of organisation data and settings only, never anyone's answers.
 */
export const AUDIT_ACTIONS = [
  'person.create',
  'person.update',
  'person.move',
  'person.deactivate',
  'person.reactivate',
  'people.import',
  'department.create',
  'department.update',
  'team.create',
  'team.update',
  'team.leader.add',
  'team.leader.remove',
  'department.head.add',
  'department.head.remove',
  'pulse-schedule.update',
  'anonymity-thresholds.update',
  'alert-settings.update',
  'mail-timing.update',
  'pulse-reminder.send',
  'chat-delivery.update',
  'survey-item.create',
  'survey-item.update',
  'survey-item.retire',
  'scim-token.create',
  'scim-token.revoke',
  'role.grant',
  'role.revoke',
  'retention.delete',
  'export.aggregates',
  'export.heatmap',
  'export.audit',
  'leader_action.create',
  'leader_action.update',
  'comment.reply',
  'session.sign-in',
  'session.lock',
  'session.sign-out-everywhere',
  'seed.demo',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry is about: its `entity` column. */
export type AuditEntity =
  | 'session'
  | 'person'
  | 'people'
  | 'department'
  | 'team'
  | 'settings'
  | 'pulse'
  | 'survey-item'
  | 'responses'
  | 'aggregates'
  | 'heatmap'
  | 'leader_action'
  | 'comment'
  | 'audit'
  | 'organisation'
  | 'scim-token';
