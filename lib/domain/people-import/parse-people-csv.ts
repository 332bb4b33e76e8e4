import { CsvError, type InfoRecord, parse } from 'csv-parse/sync';
import {
  type ImportProblem,
  type ImportRowError,
  MAX_IMPORT_ROWS,
  PEOPLE_CSV_COLUMNS,
  type PeopleCsvColumn,
  type PeopleCsvRow,
  peopleCsvRowSchema,
} from './people-csv-format';

export interface ParsedPeopleCsv {
  rows: PeopleCsvRow[];
  errors: ImportRowError[];
}

const PROBLEM_OF_FIELD: Record<string, ImportProblem> = {
  email: 'email',
  name: 'name',
  department: 'department',
  team: 'team',
  role: 'role',
  leaderEmail: 'leaderEmail',
};

/**
 * Reads a people CSV (csv-parse) and checks every row on its own, reporting each problem with the
 * line it is on. Rows that pass come back too; the caller applies nothing while any error remains.
 */
export function parsePeopleCsv(text: string): ParsedPeopleCsv {
  let records: { record: string[]; info: InfoRecord }[];
  try {
    // One kind of line break, so that the parser's line numbers are the editor's.
    const input = text.replace(/\r\n?/g, '\n');
    records = parse(input, {
      info: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      delimiter: [',', ';'],
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError)
      return { rows: [], errors: [{ line: Number(error.lines ?? 1), problem: 'unreadable' }] };
    throw error;
  }
  const [header, ...data] = records;
  if (!header || data.length === 0) return { rows: [], errors: [{ line: 1, problem: 'noRows' }] };
  if (data.length > MAX_IMPORT_ROWS)
    return { rows: [], errors: [{ line: 1, problem: 'tooManyRows', detail: String(MAX_IMPORT_ROWS) }] };

  const names = header.record.map((name) => name.toLowerCase().replace(/[\s-]+/g, '_'));
  const headerErrors = checkHeader(names, startLine(header));
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };

  const rows: PeopleCsvRow[] = [];
  const errors: ImportRowError[] = [];
  const firstLineOf = new Map<string, number>();
  for (const entry of data) {
    const line = startLine(entry);
    const checked = checkRow(entry.record, names, line);
    if ('errors' in checked) {
      errors.push(...checked.errors);
      continue;
    }
    const first = firstLineOf.get(checked.row.email);
    if (first !== undefined) {
      errors.push({ line, problem: 'duplicateEmail', detail: String(first) });
      continue;
    }
    firstLineOf.set(checked.row.email, line);
    rows.push(checked.row);
  }
  return { rows, errors };
}

/** csv-parse counts lines up to a record's end; a quoted value with line breaks starts earlier. */
function startLine({ record, info }: { record: string[]; info: InfoRecord }): number {
  return info.lines - record.reduce((breaks, value) => breaks + (value.match(/\n/g)?.length ?? 0), 0);
}

function checkHeader(names: string[], line: number): ImportRowError[] {
  const missing = PEOPLE_CSV_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter(
    (name, index) => !(PEOPLE_CSV_COLUMNS as readonly string[]).includes(name) || names.indexOf(name) !== index,
  );
  return [
    ...(missing.length > 0 ? [{ line, problem: 'missingColumns' as const, detail: missing.join(', ') }] : []),
    ...(unknown.length > 0 ? [{ line, problem: 'unknownColumns' as const, detail: unknown.join(', ') }] : []),
  ];
}

function checkRow(
  record: string[],
  names: string[],
  line: number,
): { row: PeopleCsvRow } | { errors: ImportRowError[] } {
  if (record.length !== names.length)
    return { errors: [{ line, problem: 'columnCount', detail: `${names.length}:${record.length}` }] };
  if (record.some((value) => value.includes('\n'))) return { errors: [{ line, problem: 'lineBreak' }] };
  const value = (column: PeopleCsvColumn) => record[names.indexOf(column)] ?? '';
  const optional = (column: PeopleCsvColumn) => value(column).toLowerCase() || null;
  const parsed = peopleCsvRowSchema.safeParse({
    email: value('email').toLowerCase(),
    name: value('name'),
    department: value('department'),
    team: value('team'),
    role: optional('role'),
    leaderEmail: optional('leader_email'),
  });
  if (parsed.success) return { row: { ...parsed.data, line } };
  const errors = parsed.error.issues.map((issue): ImportRowError => {
    const field = String(issue.path[0]);
    const problem = PROBLEM_OF_FIELD[field];
    if (!problem) return { line, problem: 'unreadable' };
    const detail = value(problem === 'leaderEmail' ? 'leader_email' : (problem as PeopleCsvColumn)).slice(0, 80);
    // The only custom check on a row: a department or team name that starts like a spreadsheet formula.
    return { line, problem: issue.code === 'custom' ? 'formulaName' : problem, detail };
  });
  return { errors: [...new Map(errors.map((error) => [error.problem, error])).values()] };
}
