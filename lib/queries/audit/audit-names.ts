import { inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { departments, people, surveyItems, teams } from '@/db/schema';
import type { AuditReferences } from '@/lib/domain/audit/audit-references';
import type { AuditNames } from '@/lib/domain/audit/audit-wording';

/**
 * The current names of the people, teams, departments and questions entries refer to. Reads
 * nothing of answers or comments: the log says who changed the organisation, never who said what.
 */
export async function loadAuditNames(db: Database, references: AuditReferences): Promise<AuditNames> {
  const [personRows, teamRows, departmentRows, itemRows] = await Promise.all([
    references.people.length === 0
      ? []
      : db
          .select({ id: people.id, name: people.name, email: people.email })
          .from(people)
          .where(inArray(people.id, references.people)),
    references.teams.length === 0
      ? []
      : db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, references.teams)),
    references.departments.length === 0
      ? []
      : db
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(inArray(departments.id, references.departments)),
    references.surveyItems.length === 0
      ? []
      : db
          .select({ id: surveyItems.id, textNl: surveyItems.textNl, textEn: surveyItems.textEn })
          .from(surveyItems)
          .where(inArray(surveyItems.id, references.surveyItems)),
  ]);
  return {
    people: new Map(personRows.map(({ id, ...person }) => [id, person])),
    teams: new Map(teamRows.map((team) => [team.id, team.name])),
    departments: new Map(departmentRows.map((department) => [department.id, department.name])),
    surveyItems: new Map(itemRows.map(({ id, ...item }) => [id, item])),
  };
}
