/** Report units as the publication store keys them: the organisation, a department (with all below it) or a team. */
export type UnitKey = 'org' | `department:${number}` | `team:${number}`;

export const ORG_UNIT: UnitKey = 'org';
export const teamUnit = (teamId: number): UnitKey => `team:${teamId}`;
export const departmentUnit = (departmentId: number): UnitKey => `department:${departmentId}`;

export type ParsedUnit = { kind: 'org' } | { kind: 'department'; id: number } | { kind: 'team'; id: number };

export function parseUnit(value: string): ParsedUnit | null {
  if (value === 'org') return { kind: 'org' };
  const match = /^(department|team):([1-9]\d{0,9})$/.exec(value);
  if (!match) return null;
  return { kind: match[1] as 'department' | 'team', id: Number(match[2]) };
}
