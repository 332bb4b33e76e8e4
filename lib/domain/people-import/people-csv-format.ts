import { z } from 'zod';
import { organisationNameSchema } from '@/lib/domain/organisation/organisation-schemas';
import { ROLES } from '@/lib/domain/permissions';

/**
 * The people import: a CSV file with a header row naming these six columns, in any order,
 * separated by commas or semicolons (as spreadsheets in Flanders save them), UTF-8.
 */
export const PEOPLE_CSV_COLUMNS = ['email', 'name', 'department', 'team', 'role', 'leader_email'] as const;
export type PeopleCsvColumn = (typeof PEOPLE_CSV_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 25_000;
export const PERSON_NAME_MAX = 200;

/** A file HR can start from; it is also what the page shows as the format. */
export const EXAMPLE_PEOPLE_CSV = [
  'email,name,department,team,role,leader_email',
  'an.peeters@example.be,An Peeters,Productie,Magazijn,leader,',
  'jan.janssens@example.be,Jan Janssens,Productie,Magazijn,employee,an.peeters@example.be',
  'els.maes@example.be,Els Maes,Personeelszaken,HR-team,,',
].join('\n');

const text = (max: number) => z.string().min(1).max(max);

/**
 * One valid data row; `role` and `leaderEmail` may be left empty (null). A row may name any role;
 * the plan refuses HR and admin, which only an admin grants (lib/domain/people-import/plan-people-import).
 */
export const peopleCsvRowSchema = z.object({
  email: z.email().max(254),
  name: text(PERSON_NAME_MAX),
  department: organisationNameSchema,
  team: organisationNameSchema,
  role: z.enum(ROLES).nullable(),
  leaderEmail: z.email().max(254).nullable(),
});

export type PeopleCsvRow = z.infer<typeof peopleCsvRowSchema> & {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
};

/** What is wrong with a line; each has its own message in the interface. */
export type ImportProblem =
  | 'unreadable'
  | 'noRows'
  | 'tooManyRows'
  | 'missingColumns'
  | 'unknownColumns'
  | 'columnCount'
  | 'lineBreak'
  | 'email'
  | 'name'
  | 'department'
  | 'team'
  | 'formulaName'
  | 'role'
  | 'leaderEmail'
  | 'duplicateEmail'
  | 'unknownLeader'
  | 'inactiveLeader'
  | 'managedRole'
  | 'ambiguousDepartment'
  | 'teamStartsLater';

export interface ImportRowError {
  line: number;
  problem: ImportProblem;
  /** What the message needs: the columns missing, the line of the first occurrence, a value. */
  detail?: string;
}
