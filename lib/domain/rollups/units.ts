import { parseDatabaseId } from '@/lib/domain/validation/database-id';

/** Report units as the publication store keys them: the organisation, a department (with all below it) or a team. */
export type UnitKey = 'org' | `department:${number}` | `team:${number}`;

export const ORG_UNIT: UnitKey = 'org';
export const teamUnit = (teamId: number): UnitKey => `team:${teamId}`;
export const departmentUnit = (departmentId: number): UnitKey => `department:${departmentId}`;

export type ParsedUnit = { kind: 'org' } | { kind: 'department'; id: number } | { kind: 'team'; id: number };

/** A unit key as the store writes it (`org`, `department:3`, `team:12`); null for anything else, an id beyond the database's included. */
export function parseUnit(value: string): ParsedUnit | null {
  if (value === 'org') return { kind: 'org' };
  const match = /^(department|team):([1-9]\d*)$/.exec(value);
  if (!match) return null;
  const id = parseDatabaseId(match[2]!);
  return id === null ? null : { kind: match[1] as 'department' | 'team', id };
}
