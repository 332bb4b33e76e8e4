import { z } from 'zod';
import { organisationNameSchema } from '@/lib/domain/organisation/organisation-schemas';
import { ROLES } from '@/lib/domain/permissions';

/**
 * The people import: a CSV file (or the first sheet of an XLSX workbook) with a header row naming
 * these six columns, in any order, separated by commas or semicolons (as spreadsheets in Flanders
 * save them), UTF-8; and optionally `new_department`, the marker that lets a row create its department.
 */
export const PEOPLE_CSV_COLUMNS = ['email', 'name', 'department', 'team', 'role', 'leader_email'] as const;
export const OPTIONAL_CSV_COLUMNS = ['new_department'] as const;
export type PeopleCsvColumn = (typeof PEOPLE_CSV_COLUMNS)[number] | (typeof OPTIONAL_CSV_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 25_000;
export const PERSON_NAME_MAX = 200;

/** The values of `new_department` that create a missing department; empty (or no) leaves it an error. */
export const NEW_DEPARTMENT_YES = ['yes', 'ja', 'y', 'x', 'true', '1'] as const;
const NEW_DEPARTMENT_NO = ['', 'no', 'nee', 'n', 'false', '0'] as const;

/**
 * A file HR can start from, matching the demo organisation: Magazijn sits in Productie's nested
 * department, and Onderzoek is created because its line says so. No value holds a separator or a
 * quote, so that the same lines serve with commas or with semicolons.
 */
const EXAMPLE_ROWS = [
  ['email', 'name', 'department', 'team', 'role', 'leader_email', 'new_department'],
  ['an.peeters@example.be', 'An Peeters', 'Productie', 'Magazijn', 'leader', '', ''],
  ['jan.janssens@example.be', 'Jan Janssens', 'Productie', 'Magazijn', 'employee', 'an.peeters@example.be', ''],
  ['els.maes@example.be', 'Els Maes', 'Onderzoek', 'Prototypes', '', '', 'yes'],
] as const;

/** The downloadable template, with the separator of the interface language's spreadsheets. */
export const peopleImportTemplate = (separator: ',' | ';') =>
  EXAMPLE_ROWS.map((row) => row.join(separator)).join('\r\n');

/** The example the page and README show. */
export const EXAMPLE_PEOPLE_CSV = EXAMPLE_ROWS.map((row) => row.join(',')).join('\n');

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
  newDepartment: z
    .enum([...NEW_DEPARTMENT_YES, ...NEW_DEPARTMENT_NO])
    .transform((value) => (NEW_DEPARTMENT_YES as readonly string[]).includes(value)),
});

export type PeopleCsvRow = z.output<typeof peopleCsvRowSchema> & {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
};

/** A row with at least one invalid value: the values that are valid, for the checks against the organisation. */
export type RejectedRow = Partial<z.output<typeof peopleCsvRowSchema>> & { line: number };

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
  | 'newDepartment'
  | 'duplicateEmail'
  | 'unknownLeader'
  | 'inactiveLeader'
  | 'managedRole'
  | 'unknownDepartment'
  | 'ambiguousDepartment'
  | 'ambiguousTeam'
  | 'teamStartsLater';

export interface ImportRowError {
  line: number;
  problem: ImportProblem;
  /** What the message needs: the columns missing, the line of the first occurrence, a value. */
  detail?: string;
  /** Existing departments or teams the row may mean, by their full path. */
  candidates?: string[];
}

/** What the import does but HR should look at: a new name that resembles an existing one. */
export interface ImportRowWarning {
  line: number;
  warning: 'similarDepartment' | 'similarTeam';
  /** The name in the file. */
  detail: string;
  /** The existing departments or teams it resembles, by their full path. */
  candidates: string[];
}
