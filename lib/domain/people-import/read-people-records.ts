import {
  type ImportProblem,
  type ImportRowError,
  MAX_IMPORT_ROWS,
  OPTIONAL_CSV_COLUMNS,
  PEOPLE_CSV_COLUMNS,
  type PeopleCsvColumn,
  type PeopleCsvRow,
  type RejectedRow,
  peopleCsvRowSchema,
} from './people-csv-format';

/** One row of a CSV file or a sheet: its values and the line (row number) it starts on. */
export interface SheetRecord {
  values: string[];
  line: number;
}

export interface ParsedPeople {
  /** Rows whose every value is valid. */
  rows: PeopleCsvRow[];
  /** Rows with an invalid value, with their valid values, so the plan can still check those. */
  rejected: RejectedRow[];
  errors: ImportRowError[];
}

type Field = keyof typeof peopleCsvRowSchema.shape;

const FIELDS: { field: Field; column: PeopleCsvColumn; optional?: boolean }[] = [
  { field: 'email', column: 'email' },
  { field: 'name', column: 'name' },
  { field: 'department', column: 'department' },
  { field: 'team', column: 'team' },
  { field: 'role', column: 'role', optional: true },
  { field: 'leaderEmail', column: 'leader_email', optional: true },
  { field: 'newDepartment', column: 'new_department' },
];
const LOWER_CASE: readonly Field[] = ['email', 'role', 'leaderEmail', 'newDepartment'];
const KNOWN_COLUMNS: readonly string[] = [...PEOPLE_CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS];

/**
 * Checks the header and every row on its own, however the rows were read (CSV or XLSX): each
 * problem with its line, every problem of a row, not only the first.
 */
export function readPeopleRecords(records: SheetRecord[]): ParsedPeople {
  const [header, ...data] = records;
  const none = (errors: ImportRowError[]): ParsedPeople => ({ rows: [], rejected: [], errors });
  if (!header || data.length === 0) return none([{ line: 1, problem: 'noRows' }]);
  if (data.length > MAX_IMPORT_ROWS)
    return none([{ line: 1, problem: 'tooManyRows', detail: String(MAX_IMPORT_ROWS) }]);

  const names = header.values.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const headerErrors = checkHeader(names, header.line);
  if (headerErrors.length > 0) return none(headerErrors);

  const parsed: ParsedPeople = { rows: [], rejected: [], errors: [] };
  const firstLineOf = new Map<string, number>();
  for (const { values, line } of data) {
    if (values.length !== names.length) {
      parsed.errors.push({ line, problem: 'columnCount', detail: `${names.length}:${values.length}` });
      continue;
    }
    if (values.some((value) => value.includes('\n'))) {
      parsed.errors.push({ line, problem: 'lineBreak' });
      continue;
    }
    const { row, errors } = checkRow(values, names, line);
    const first = row.email === undefined ? undefined : firstLineOf.get(row.email);
    if (first !== undefined) errors.push({ line, problem: 'duplicateEmail', detail: String(first) });
    else if (row.email !== undefined) firstLineOf.set(row.email, line);
    if (errors.length === 0) parsed.rows.push(row as PeopleCsvRow);
    else {
      parsed.rejected.push(row);
      parsed.errors.push(...errors);
    }
  }
  return parsed;
}

function checkHeader(names: string[], line: number): ImportRowError[] {
  const missing = PEOPLE_CSV_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name, index) => !KNOWN_COLUMNS.includes(name) || names.indexOf(name) !== index);
  return [
    ...(missing.length > 0 ? [{ line, problem: 'missingColumns' as const, detail: missing.join(', ') }] : []),
    ...(unknown.length > 0 ? [{ line, problem: 'unknownColumns' as const, detail: unknown.join(', ') }] : []),
  ];
}

/** Each value on its own, so that a row with several wrong values reports all of them. */
function checkRow(values: string[], names: string[], line: number): { row: RejectedRow; errors: ImportRowError[] } {
  const row: Record<string, unknown> = { line };
  const errors: ImportRowError[] = [];
  for (const { field, column, optional } of FIELDS) {
    const index = names.indexOf(column);
    const raw = index === -1 ? '' : (values[index] ?? '');
    const value = LOWER_CASE.includes(field) ? raw.trim().toLowerCase() : raw;
    const result = peopleCsvRowSchema.shape[field].safeParse(optional && value.trim() === '' ? null : value);
    if (result.success) row[field] = result.data;
    else errors.push({ line, problem: problemOf(field, result.error.issues), detail: raw.slice(0, 80) });
  }
  return { row: row as RejectedRow, errors };
}

/** The only custom check on a value: a department or team name that starts like a spreadsheet formula. */
function problemOf(field: Field, issues: { code: string }[]): ImportProblem {
  return issues.some((issue) => issue.code === 'custom') ? 'formulaName' : field;
}
