/**
 * A text that a spreadsheet would read as a formula: one starting with =, +, -, @, a tab, a carriage
 * return (OWASP "CSV Injection"), a line feed or a null character (ASVS 5, 1.2.10), or with one of
 * the four signs after leading white space or in its full-width form (some programs trim the one and
 * normalise the other before they evaluate).
 */
const FORMULA_START = /^(?:[\t\r\n\0]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A text cell a spreadsheet shows as it is and never evaluates: a formula-like one gets a leading single quote. */
export function spreadsheetSafeCell(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
