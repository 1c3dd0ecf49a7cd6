/**
 * Spreadsheet formula injection: Excel, WPS and LibreOffice run a cell that begins with `=`, `+`,
 * `-` or `@` (and some read a leading tab or carriage return the same way) as a formula, so a
 * customer named `=HYPERLINK(…)` could act when an export is opened. Their full-width forms
 * (`＝`, `＋`, `－`, `＠`, as a Chinese input method types them) count too: spreadsheets with East
 * Asian input settings may take them for the ASCII ones. Exports put a single quote in
 * front of such cells, which spreadsheets show as plain text; imports take that quote off again, so
 * an exported file re-imports unchanged. A cell that already begins with quotes before such a
 * character gets one more, so that taking one off always gives the original back.
 */
const needsQuote = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseCell(value: string): string {
  return needsQuote.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell: `'=1+1` → `=1+1`; any other text is left alone. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && needsQuote.test(value.slice(1)) ? value.slice(1) : value;
}
