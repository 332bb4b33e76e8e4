import { type StoredAuditEntry, auditChanges, isRecord } from './audit-changes';

/** The rows an entry names by id, so that the log can show their names. */
export interface AuditReferences {
  people: number[];
  teams: number[];
  departments: number[];
  surveyItems: number[];
}

const ids = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).filter((id): id is number => Number.isSafeInteger(id) && id > 0);

const idOf = (text: string | null): number[] => (text !== null && /^\d+$/.test(text) ? ids(Number(text)) : []);

/** Every person, team, department and question the entries name, in their subject or in a field. */
export function auditReferences(entries: readonly StoredAuditEntry[]): AuditReferences {
  const found = {
    people: new Set<number>(),
    teams: new Set<number>(),
    departments: new Set<number>(),
    surveyItems: new Set<number>(),
  };
  const add = (set: Set<number>, values: number[]) => values.forEach((id) => set.add(id));
  for (const entry of entries) {
    if (entry.entity === 'person' || entry.entity === 'session') add(found.people, idOf(entry.entityId));
    if (entry.entity === 'team') add(found.teams, idOf(entry.entityId));
    if (entry.entity === 'department') add(found.departments, idOf(entry.entityId));
    if (entry.entity === 'heatmap') add(found.departments, idOf(entry.entityId?.replace(/^department:/, '') ?? null));
    if (entry.entity === 'survey-item') add(found.surveyItems, idOf(entry.entityId));
    for (const change of auditChanges(entry)) {
      for (const side of [change.before, change.after]) {
        if (!side) continue;
        if (change.kind === 'team') add(found.teams, ids(side.value));
        if (change.kind === 'stay' && isRecord(side.value)) add(found.teams, ids(side.value.teamId));
        if (change.kind === 'department' || change.kind === 'departments') add(found.departments, ids(side.value));
        if (change.kind === 'person' || change.kind === 'people') add(found.people, ids(side.value));
      }
    }
    // A leader's action names its team in a field that is the same before and after.
    if (entry.entity === 'leader_action') add(found.teams, ids(recordTeam(entry)));
  }
  return {
    people: [...found.people],
    teams: [...found.teams],
    departments: [...found.departments],
    surveyItems: [...found.surveyItems],
  };
}

/** The team a leader's action belongs to, as its entry recorded it. */
export function recordTeam(entry: Pick<StoredAuditEntry, 'before' | 'after'>): unknown {
  return (
    (isRecord(entry.after) ? entry.after.teamId : undefined) ??
    (isRecord(entry.before) ? entry.before.teamId : undefined)
  );
}
