import { auditActionLabel } from './audit-action-label';
import { type StoredAuditEntry, auditChanges } from './audit-changes';
import { recordTeam } from './audit-references';
import { type AuditChangeWords, changeWords, valueWords } from './audit-value-words';
import { type AuditNames, type AuditWording, nameOf } from './audit-wording';

export interface AuditEntryRow extends StoredAuditEntry {
  id: number;
  createdAt: Date;
  /** Null for the system itself (the demo seed, a lock after failed sign-ins) and for an identity provider. */
  actorName: string | null;
  actorEmail: string | null;
  /** The SCIM token an identity provider made the change through, when it made it. */
  scimTokenName: string | null;
}

/** An entry as people read it: names instead of ids, the action in words, each change as before → after. */
export interface ReadableAuditEntry {
  id: number;
  /** ISO timestamp. */
  at: string;
  when: string;
  actor: string;
  actorEmail: string | null;
  action: string;
  actionLabel: string;
  subject: string;
  changes: AuditChangeWords[];
}

const SUBJECT_TEXT = 80;
const shorten = (text: string) => (text.length > SUBJECT_TEXT ? `${text.slice(0, SUBJECT_TEXT - 1)}…` : text);

/**
 * What an entry is about, in words. A comment is only ever "a comment": the log names no author
 * and no text of one, so that nobody learns from it who wrote what.
 */
export function subjectWords(w: AuditWording, names: AuditNames, entry: StoredAuditEntry): string {
  const id = entry.entityId !== null && /^\d+$/.test(entry.entityId) ? Number(entry.entityId) : null;
  switch (entry.entity) {
    case 'person':
    case 'session':
      return id === null ? w.t('audit.subjects.address') : nameOf(w, 'person', id, names.people.get(id)?.name);
    case 'team':
    case 'department':
      if (id === null) break;
      return nameOf(w, entry.entity, id, (entry.entity === 'team' ? names.teams : names.departments).get(id));
    case 'survey-item': {
      const item = id === null ? undefined : names.surveyItems.get(id);
      if (!item) break;
      return w.t('audit.subjects.question', { text: shorten(w.locale === 'en' ? item.textEn : item.textNl) });
    }
    case 'leader_action':
      return w.t('audit.subjects.leaderAction', {
        team: valueWords(w, names, { field: 'teamId', kind: 'team' }, { value: recordTeam(entry) }),
      });
    case 'heatmap':
      return entry.entityId === 'org'
        ? w.t('audit.subjects.heatmapOrganisation')
        : w.t('audit.subjects.heatmap', {
            name: valueWords(
              w,
              names,
              { field: 'departmentId', kind: 'department' },
              {
                value: Number(entry.entityId?.replace(/^department:/, '')),
              },
            ),
          });
    case 'settings':
      if (w.has(`audit.subjects.settings.${entry.entityId}`)) return w.t(`audit.subjects.settings.${entry.entityId}`);
      break;
    default:
      if (w.has(`audit.subjects.${entry.entity}`)) return w.t(`audit.subjects.${entry.entity}`);
  }
  return entry.entityId === null ? entry.entity : `${entry.entity} ${entry.entityId}`;
}

export function readableAuditEntry(w: AuditWording, names: AuditNames, entry: AuditEntryRow): ReadableAuditEntry {
  return {
    id: entry.id,
    at: entry.createdAt.toISOString(),
    when: w.moment(entry.createdAt),
    actor:
      entry.actorName ??
      (entry.scimTokenName === null ? w.t('audit.system') : w.t('audit.scimActor', { name: entry.scimTokenName })),
    actorEmail: entry.actorEmail,
    action: entry.action,
    actionLabel: auditActionLabel(w, entry.action),
    subject: subjectWords(w, names, entry),
    changes: auditChanges(entry).map((change) => changeWords(w, names, change)),
  };
}
