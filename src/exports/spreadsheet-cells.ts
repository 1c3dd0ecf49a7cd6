/**
 * Spreadsheet formula injection: Excel, WPS and LibreOffice run a cell that begins with `=`, `+`,
 * `-` or `@` (and some read a leading tab or carriage return the same way) as a formula, so a
 * customer named `=HYPERLINK(…)` could act when an export is opened. Exports put a single quote in
 * front of such cells, which spreadsheets show as plain text; imports take that quote off again, so
 * an exported file re-imports unchanged. A cell that already begins with quotes before such a
 * character gets one more, so that taking one off always gives the original back.
 */
const needsQuote = /^'*[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return needsQuote.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell: `'=1+1` → `=1+1`; any other text is left alone. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && needsQuote.test(value.slice(1)) ? value.slice(1) : value;
}
