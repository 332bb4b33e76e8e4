import { type AuditChange, type AuditSide, isRecord } from './audit-changes';
import { auditActionLabel } from './audit-action-label';
import { isAuditField } from './audit-fields';
import { type AuditNames, type AuditWording, nameOf } from './audit-wording';

/** Lists longer than this (an import of thousands) show their first items and how many more. */
const SHOWN_ITEMS = 10;

export interface AuditChangeWords {
  label: string;
  /** Absent when the entry recorded no state before (an older entry, or a creation). */
  before?: string;
  after?: string;
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
const id = (value: unknown): number | null => (Number.isSafeInteger(value) ? (value as number) : null);

function list(w: AuditWording, items: unknown, word: (item: unknown) => string): string {
  if (!Array.isArray(items)) return text(items);
  if (items.length === 0) return w.t('audit.values.none');
  const shown = items.slice(0, SHOWN_ITEMS).map(word).join(', ');
  return items.length > SHOWN_ITEMS ? w.t('audit.values.more', { shown, count: items.length - SHOWN_ITEMS }) : shown;
}

function messageOr(w: AuditWording, key: string, value: unknown): string {
  return w.has(key) ? w.t(key) : text(value);
}

/** The value of one side of a field, in words. */
export function valueWords(
  w: AuditWording,
  names: AuditNames,
  change: Pick<AuditChange, 'field' | 'kind'>,
  side: AuditSide,
): string {
  const { value } = side;
  const team = (teamId: unknown, recorded?: string) => {
    const key = id(teamId);
    return key === null ? w.t('audit.values.noTeam') : nameOf(w, 'team', key, names.teams.get(key), recorded);
  };
  const department = (departmentId: unknown) => {
    const key = id(departmentId);
    return key === null ? w.t('audit.values.topLevel') : nameOf(w, 'department', key, names.departments.get(key));
  };
  const person = (personId: unknown) => {
    const key = id(personId);
    return key === null ? '—' : nameOf(w, 'person', key, names.people.get(key)?.name);
  };
  if (change.kind === 'team') return team(value, side.recordedName);
  if (change.kind === 'department') return department(value);
  if (change.kind === 'departments') return list(w, value, department);
  if (change.kind === 'person') return person(value);
  if (change.kind === 'people') return list(w, value, person);
  if (change.kind === 'stay')
    return isRecord(value) && typeof value.validFrom === 'string'
      ? w.t('audit.values.stay', { team: team(value.teamId), since: w.day(value.validFrom) })
      : w.t('audit.values.noTeam');
  if (value === null || value === undefined) return '—';
  switch (change.kind) {
    case 'number':
      return typeof value === 'number' ? w.number(value) : text(value);
    case 'boolean':
      return typeof value === 'boolean' ? w.t(value ? 'audit.values.yes' : 'audit.values.no') : text(value);
    case 'day':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? w.day(value) : text(value);
    case 'moment':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? w.moment(new Date(value)) : text(value);
    case 'role':
      return messageOr(w, `roles.${text(value)}`, value);
    case 'roles':
      return list(w, value, (role) => messageOr(w, `roles.${text(role)}`, role));
    case 'line':
      return messageOr(w, `lines.${text(value)}.name`, value);
    case 'cadence':
      return messageOr(w, `pulses.schedule.cadences.${text(value)}`, value);
    case 'weekday':
      return messageOr(w, `pulses.schedule.weekdays.${text(value)}`, value);
    case 'choice':
      return messageOr(w, `audit.values.${change.field}.${text(value)}`, value);
    case 'action':
      return auditActionLabel(w, text(value));
    case 'channels':
      return list(w, value, (channel) => messageOr(w, `audit.values.channel.${text(channel)}`, channel));
    case 'list':
      return list(w, value, text);
    case 'moves':
      return list(w, value, (move) =>
        isRecord(move)
          ? `${text(move.email)}: ${text(move.from ?? w.t('audit.values.noTeam'))} → ${text(move.to)}`
          : text(move),
      );
    case 'grants':
      return list(w, value, (grant) =>
        isRecord(grant)
          ? `${text(grant.email)}: ${messageOr(w, `roles.${text(grant.role)}`, grant.role)}`
          : text(grant),
      );
    case 'leaders':
      return list(w, value, (leader) =>
        isRecord(leader) ? `${text(leader.email)}: ${text(leader.team)}` : text(leader),
      );
    default:
      return Array.isArray(value) ? list(w, value, text) : text(value);
  }
}

/** A field's label and its values before and after, in words. */
export function changeWords(w: AuditWording, names: AuditNames, change: AuditChange): AuditChangeWords {
  return {
    label: isAuditField(change.field) ? w.t(`audit.fields.${change.field}`) : change.field,
    ...(change.before ? { before: valueWords(w, names, change, change.before) } : {}),
    ...(change.after ? { after: valueWords(w, names, change, change.after) } : {}),
  };
}
