import type { AuditWording } from './audit-wording';

/** An action's name in the reader's language (`person.move` → "Moved to another team"); an unknown one as stored. */
export function auditActionLabel(w: Pick<AuditWording, 't' | 'has'>, action: string): string {
  const key = `audit.actions.${action}`;
  return w.has(key) ? w.t(key) : action;
}
