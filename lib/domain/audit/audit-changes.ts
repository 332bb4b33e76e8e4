import { AUDIT_FIELDS, type AuditFieldKind, auditFieldKind } from './audit-fields';

/** An entry as the log stores it: what it is about, and the state before and after, as recorded. */
export interface StoredAuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditSide {
  value: unknown;
  /** The name a team had when the change was recorded, beside its id. */
  recordedName?: string;
}

/** One field of an entry: absent `before` means the entry recorded no state before for it. */
export interface AuditChange {
  field: string;
  kind: AuditFieldKind;
  before?: AuditSide;
  after?: AuditSide;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const recordOf = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

function sideOf(state: Record<string, unknown>, field: string): AuditSide | undefined {
  if (!Object.hasOwn(state, field)) return undefined;
  const recordedName = state[field.replace(/Id$/, 'Name')];
  return { value: state[field], ...(field.endsWith('Id') && typeof recordedName === 'string' ? { recordedName } : {}) };
}

const FIELD_ORDER = Object.keys(AUDIT_FIELDS);
const rank = (field: string) => {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
};

/**
 * The fields an entry changed, in the order of {@link AUDIT_FIELDS} (the database keeps no order):
 * a field recorded before and after with the same value is left out, a field recorded on one side
 * only is shown on that side.
 */
export function auditChanges(entry: Pick<StoredAuditEntry, 'before' | 'after'>): AuditChange[] {
  const before = recordOf(entry.before);
  const after = recordOf(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => rank(a) - rank(b));
  return fields.flatMap((field) => {
    const kind = auditFieldKind(field);
    if (kind === 'hidden') return [];
    const was = sideOf(before, field);
    const is = sideOf(after, field);
    if (was && is && JSON.stringify(was.value) === JSON.stringify(is.value)) return [];
    return [{ field, kind, ...(was ? { before: was } : {}), ...(is ? { after: is } : {}) }];
  });
}
