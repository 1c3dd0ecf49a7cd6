/**
 * The problems the import's SQL checks find in rows, in English as the job stores them: each is one
 * message of the catalogue (src/imports/messages-zh.ts), `{name}` standing for a value SQL puts in,
 * so that it is rendered in the reader's language when read.
 */
export const rowProblems = {
  repeatedKey: 'repeats line {line} (the same key twice in one file)',
  unknownOwner: 'is not the email of an active user',
  organizationWithContacts: 'this organization has contacts, so it must stay an organization',
  unknownCustomer: 'no customer has this external id',
  personCustomer: 'this customer is a person; contacts belong to organizations',
  unknownProduct: 'no product has this SKU',
  differingOrderField: 'differs from line {line} of the same order ({value})',
  badOrderLine: 'another line of this order has an error (line {line})',
} as const;

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * A problem as an SQL text expression: `{name}` becomes the SQL expression `values[name]` (cast to
 * text), the rest string literals, joined by `||`.
 */
export function problemSql(problem: string, values: Record<string, string> = {}): string {
  return problem
    .split(/\{(\w+)\}/)
    .map((part, index) => {
      if (index % 2 === 0) return part ? quoted(part) : '';
      const expression = values[part];
      if (!expression) throw new Error(`No SQL value for {${part}} in "${problem}"`);
      return `(${expression})::text`;
    })
    .filter(Boolean)
    .join(' || ');
}
