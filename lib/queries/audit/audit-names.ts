import { inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, surveyItems, teams } from '@/db/schema';
import type { AuditReferences } from '@/lib/domain/audit/audit-references';
import type { AuditNames } from '@/lib/domain/audit/audit-wording';

/** Reads the rows of these ids, or none without a query when there are none. */
const some = <Row>(ids: number[], read: (ids: number[]) => Promise<Row[]>): Promise<Row[]> =>
  ids.length === 0 ? Promise.resolve([]) : read(ids);

/**
 * The current names of the people, teams, departments and questions entries refer to. Reads
 * nothing of answers or comments: the log says who changed the organisation, never who said what.
 */
export async function loadAuditNames(db: Database, references: AuditReferences): Promise<AuditNames> {
  const [personRows, teamRows, departmentRows, itemRows] = await Promise.all([
    some(references.people, (ids) =>
      db.select({ id: people.id, name: people.name, email: people.email }).from(people).where(inArray(people.id, ids)),
    ),
    some(references.teams, (ids) =>
      db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, ids)),
    ),
    some(references.departments, (ids) =>
      db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, ids)),
    ),
    some(references.surveyItems, (ids) =>
      db
        .select({ id: surveyItems.id, textNl: surveyItems.textNl, textEn: surveyItems.textEn })
        .from(surveyItems)
        .where(inArray(surveyItems.id, ids)),
    ),
  ]);
  return {
    people: new Map(personRows.map(({ id, ...person }) => [id, person])),
    teams: new Map(teamRows.map((team) => [team.id, team.name])),
    departments: new Map(departmentRows.map((department) => [department.id, department.name])),
    surveyItems: new Map(itemRows.map(({ id, ...item }) => [id, item])),
  };
}
