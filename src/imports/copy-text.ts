/**
 * PostgreSQL's COPY text format: fields separated by tabs, rows by newlines, `\N` for null, and a
 * backslash escaping the backslash, tab, newline and carriage return inside a field.
 */
const special = /[\\\t\n\r]/;
const specialAll = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return special.test(value) ? value.replace(specialAll, (c) => escapes[c]) : value;
}

/** One row of COPY text from one or more lists of fields, in order. */
export function copyRow(...parts: readonly (readonly (string | null)[])[]): string {
  let row = '';
  let first = true;
  for (const fields of parts)
    for (const field of fields) {
      row += first ? copyField(field) : `\t${copyField(field)}`;
      first = false;
    }
  return `${row}\n`;
}
