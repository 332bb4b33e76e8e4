import { z } from 'zod';
import { startsLikeFormula } from '@/lib/domain/csv/spreadsheet-safe-cell';
import { formContract, numberOf, optionalIdOf, textOf } from '@/lib/domain/forms/form-contract';
import { databaseId } from '@/lib/domain/validation/database-id';

export const ORGANISATION_NAME_MAX = 120;

const id = databaseId('Choose one from the list.');
/** A department's or team's name; it goes into the exports, so it cannot start like a spreadsheet formula. */
export const organisationNameSchema = z
  .string()
  .trim()
  .min(1, 'Give a name.')
  .max(ORGANISATION_NAME_MAX, `A name has at most ${ORGANISATION_NAME_MAX} characters.`)
  .refine((name) => !startsLikeFormula(name), 'A name cannot start with =, +, - or @.');
const email = z.email('Give the email address of a person in Verbinding.').max(254);

/** A department: its name and the department it sits in (null at the top). */
export const departmentSchema = z.object({
  departmentId: id.optional(),
  name: organisationNameSchema,
  parentId: id.nullable(),
});
export const departmentForm = formContract(departmentSchema, (form) => ({
  departmentId: form.has('departmentId') ? numberOf(form, 'departmentId') : undefined,
  name: textOf(form, 'name'),
  parentId: optionalIdOf(form, 'parentId'),
}));

/** A team: its name and the department it belongs to. */
export const teamSchema = z.object({ teamId: id.optional(), name: organisationNameSchema, departmentId: id });
export const teamForm = formContract(teamSchema, (form) => ({
  teamId: form.has('teamId') ? numberOf(form, 'teamId') : undefined,
  name: textOf(form, 'name'),
  departmentId: numberOf(form, 'departmentId'),
}));

/** Who leads a team, or heads a department: named by email when added, by id when removed. */
export const leadershipSchema = z.object({ unit: z.enum(['team', 'department']), unitId: id, email });
export const leadershipForm = formContract(leadershipSchema, (form) => ({
  unit: textOf(form, 'unit'),
  unitId: numberOf(form, 'unitId'),
  email: textOf(form, 'email').toLowerCase(),
}));

export const leadershipRemovalSchema = z.object({ unit: z.enum(['team', 'department']), unitId: id, personId: id });
export const leadershipRemovalForm = formContract(leadershipRemovalSchema, (form) => ({
  unit: textOf(form, 'unit'),
  unitId: numberOf(form, 'unitId'),
  personId: numberOf(form, 'personId'),
}));

export type DepartmentInput = z.infer<typeof departmentSchema>;
export type TeamInput = z.infer<typeof teamSchema>;
export type LeadershipInput = z.infer<typeof leadershipSchema>;
export type LeadershipRemovalInput = z.infer<typeof leadershipRemovalSchema>;
