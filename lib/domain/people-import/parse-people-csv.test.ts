import { describe, expect, it } from 'vitest';
import { EXAMPLE_PEOPLE_CSV, MAX_IMPORT_ROWS } from './people-csv-format';
import { parsePeopleCsv } from './parse-people-csv';

const HEADER = 'email,name,department,team,role,leader_email';

describe('reading a people CSV', () => {
  it('reads the documented example without errors', () => {
    const { rows, errors } = parsePeopleCsv(EXAMPLE_PEOPLE_CSV);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({
      line: 3,
      email: 'jan.janssens@example.be',
      name: 'Jan Janssens',
      department: 'Productie',
      team: 'Magazijn',
      role: 'employee',
      leaderEmail: 'an.peeters@example.be',
      newDepartment: false,
    });
    expect(rows[2]).toMatchObject({ department: 'Onderzoek', newDepartment: true });
  });

  it('accepts semicolons, a byte order mark, Windows line breaks, columns in any order and spaces in the header', () => {
    const text =
      '\uFEFFName;E-mail;Team;Department;Role;Leader Email\r\nAn Peeters;AN@Example.be;Magazijn;Productie;;\r\n';
    const header = text.replace('E-mail', 'email');
    const { rows, errors } = parsePeopleCsv(header);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        email: 'an@example.be',
        name: 'An Peeters',
        department: 'Productie',
        team: 'Magazijn',
        role: null,
        leaderEmail: null,
        newDepartment: false,
      },
    ]);
  });

  it('reports each invalid row with its line number, counting blank lines and the header', () => {
    const text = [
      HEADER,
      'ok@example.be,Ok,D,T,,',
      '',
      'not-an-email,X,D,T,,',
      'b@example.be,,D,T,boss,',
      'c@example.be,C,D,T,employee,nobody',
    ].join('\n');
    const { rows, errors } = parsePeopleCsv(text);
    expect(rows.map((row) => row.line)).toEqual([2]);
    expect(errors).toEqual([
      { line: 4, problem: 'email', detail: 'not-an-email' },
      { line: 5, problem: 'name', detail: '' },
      { line: 5, problem: 'role', detail: 'boss' },
      { line: 6, problem: 'leaderEmail', detail: 'nobody' },
    ]);
  });

  it('refuses a department or team whose name starts like a spreadsheet formula', () => {
    const text = [
      HEADER,
      'a@example.be,A,"=HYPERLINK(""http://evil.example"",""x"")",T,,',
      'b@example.be,B,D,+1,,',
      'c@example.be,C,D,"\t-1",,',
      'd@example.be,D,D, @SUM(1),,',
      'e@example.be,E,R&D - Noord,Team-1,,',
    ].join('\n');
    const { rows, errors } = parsePeopleCsv(text);
    expect(errors).toEqual([
      { line: 2, problem: 'formulaName', detail: '=HYPERLINK("http://evil.example","x")' },
      { line: 3, problem: 'formulaName', detail: '+1' },
      { line: 4, problem: 'formulaName', detail: '\t-1' },
      { line: 5, problem: 'formulaName', detail: '@SUM(1)' },
    ]);
    expect(rows.map((row) => row.email)).toEqual(['e@example.be']);
  });

  it('reports every problem of a row, not only the first, and keeps its valid values for the plan', () => {
    const text = [`${HEADER},new_department`, 'not-an-email,,=D,T,boss,lead@example.be,maybe'].join('\n');
    const { rows, rejected, errors } = parsePeopleCsv(text);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 2, problem: 'email', detail: 'not-an-email' },
      { line: 2, problem: 'name', detail: '' },
      { line: 2, problem: 'formulaName', detail: '=D' },
      { line: 2, problem: 'role', detail: 'boss' },
      { line: 2, problem: 'newDepartment', detail: 'maybe' },
    ]);
    expect(rejected).toEqual([{ line: 2, team: 'T', leaderEmail: 'lead@example.be' }]);
  });

  it('reads the new_department marker: yes or ja creates, empty or no does not', () => {
    const text = [
      `${HEADER},new_department`,
      'a@example.be,A,D,T,,,yes',
      'b@example.be,B,D,T,,,JA',
      'c@example.be,C,D,T,,,',
      'd@example.be,D,D,T,,,no',
    ].join('\n');
    expect(parsePeopleCsv(text).rows.map((row) => row.newDepartment)).toEqual([true, true, false, false]);
  });

  it('refuses the same email twice, naming the first line', () => {
    const { errors } = parsePeopleCsv([HEADER, 'a@example.be,A,D,T,,', 'A@example.be,A2,D,T,,'].join('\n'));
    expect(errors).toEqual([{ line: 3, problem: 'duplicateEmail', detail: '2' }]);
  });

  it('refuses a row with too few or too many values, and a value that spans lines', () => {
    const { errors } = parsePeopleCsv(
      [HEADER, 'a@example.be,A,D,T,', 'b@example.be,B,D,T,,,extra', 'c@example.be,"C', 'D",D,T,,'].join('\n'),
    );
    expect(errors).toEqual([
      { line: 2, problem: 'columnCount', detail: '6:5' },
      { line: 3, problem: 'columnCount', detail: '6:7' },
      { line: 4, problem: 'lineBreak' },
    ]);
  });

  it('refuses a header without the six columns, or with unknown ones, on line 1', () => {
    expect(parsePeopleCsv('email,name,team\na@example.be,A,T').errors).toEqual([
      { line: 1, problem: 'missingColumns', detail: 'department, role, leader_email' },
    ]);
    expect(parsePeopleCsv(`${HEADER},salary\na@example.be,A,D,T,,,1`).errors).toEqual([
      { line: 1, problem: 'unknownColumns', detail: 'salary' },
    ]);
  });

  it('refuses an empty file, an unreadable one with the line of the problem, and one that is too long', () => {
    expect(parsePeopleCsv('').errors).toEqual([{ line: 1, problem: 'noRows' }]);
    expect(parsePeopleCsv(HEADER).errors).toEqual([{ line: 1, problem: 'noRows' }]);
    expect(parsePeopleCsv(`${HEADER}\na@example.be,A,D,T,,\n"b@example.be,B,D,T,,\n`).errors).toEqual([
      { line: 3, problem: 'unreadable' },
    ]);
    const long = [HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `p${i}@example.be,P,D,T,,`)].join(
      '\n',
    );
    expect(parsePeopleCsv(long).errors).toEqual([{ line: 1, problem: 'tooManyRows', detail: String(MAX_IMPORT_ROWS) }]);
  });
});
