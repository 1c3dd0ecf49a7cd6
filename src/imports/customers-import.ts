import type { ImportPlan } from './import-plan.ts';
import { problemSql, rowProblems } from './row-problems.ts';
import { asUuid, changeSet, rejectRepeatedKeys, type Stage } from './staging.ts';

/**
 * The existing customer each staged row updates: the one with its external id, or, for a Guanxi id
 * written as the external id (exports do that for customers without one), the customer with that id
 * and no external id.
 */
export function matchedCustomers(stage: Stage, keyColumn: string) {
  const s = stage.rows;
  return `
    SELECT s.line, c.id FROM ${s} s JOIN customers c ON c.external_id = s.${keyColumn}
    UNION ALL
    SELECT s.line, c.id FROM ${s} s JOIN customers c ON c.id = ${asUuid(`s.${keyColumn}`)} AND c.external_id IS NULL
    WHERE NOT EXISTS (SELECT 1 FROM customers x WHERE x.external_id = s.${keyColumn})`;
}

/** Customer keys used by contacts and orders, resolved the same way: key → customer id and kind (null: unknown). */
export async function resolveCustomerKeys(stage: Stage, keysSelect: string) {
  const keys = stage.table('customer_keys');
  await stage.run(`
    CREATE TEMPORARY TABLE ${keys} AS
    SELECT k.key, coalesce(e.id, i.id) AS customer_id, coalesce(e.kind, i.kind) AS kind
    FROM (${keysSelect}) k
    LEFT JOIN customers e ON e.external_id = k.key
    LEFT JOIN customers i ON e.id IS NULL AND i.external_id IS NULL AND i.id = ${asUuid('k.key')}`);
  await stage.run(`CREATE UNIQUE INDEX ON ${keys} (key)`);
  await stage.run(`ANALYZE ${keys}`);
  return keys;
}

const ownerId = `(SELECT u.id FROM users u WHERE u.email = s.owner_email AND NOT u.disabled)`;
const tagArray = `coalesce(string_to_array(s.tags, E'\\x1f'), '{}'::text[])`;

export const customersImport: ImportPlan = {
  extraTables: ['targets'],

  async check(stage) {
    const s = stage.rows;
    await rejectRepeatedKeys(stage, { keys: 's.external_id', column: 'external_id' });
    await stage.reject(`
      SELECT s.line, 'owner_email', ${problemSql(rowProblems.unknownOwner)} FROM ${s} s
      WHERE s.error_reason IS NULL AND s.owner_email IS NOT NULL AND ${ownerId} IS NULL`);
    await stage.reject(`
      SELECT s.line, 'kind', ${problemSql(rowProblems.organizationWithContacts)}
      FROM (${matchedCustomers(stage, 'external_id')}) m
      JOIN ${s} s ON s.line = m.line JOIN customers c ON c.id = m.id
      WHERE s.error_reason IS NULL AND s.kind = 'person' AND c.kind = 'organization'
        AND EXISTS (SELECT 1 FROM contacts WHERE contacts.customer_id = c.id)`);
  },

  async merge(stage, run) {
    const s = stage.rows;
    const targets = stage.table('targets');
    await run(`CREATE TEMPORARY TABLE ${targets} AS ${matchedCustomers(stage, 'external_id')}`);
    const { set, changed } = changeSet(stage, 'c', [
      ['name', 's.name', 'name'],
      ['kind', 'coalesce(s.kind, c.kind)', 'kind'],
      ['phone', 's.phone', 'phone'],
      ['email', 's.email', 'email'],
      ['industry', 's.industry', 'industry'],
      ['region', 's.region', 'region'],
      ['source', 's.source', 'source'],
      ['owner_id', ownerId, 'owner_email'],
      ['tags', tagArray, 'tags'],
      ['level', 'coalesce(s.level, c.level)', 'level'],
      ['address', 's.address', 'address'],
      ['notes', 's.notes', 'notes'],
    ]);
    const updated = await run(`
      UPDATE customers c SET ${set} FROM ${s} s JOIN ${targets} t ON t.line = s.line
      WHERE c.id = t.id AND ${changed}`);
    const inserted = await run(`
      INSERT INTO customers (external_id, name, kind, phone, email, industry, region, source, owner_id, tags, level, address, notes)
      SELECT s.external_id, s.name, coalesce(s.kind, 'person'), s.phone, s.email, s.industry, s.region, s.source,
             ${ownerId}, ${tagArray}, coalesce(s.level, 'basic'), s.address, s.notes
      FROM ${s} s WHERE NOT EXISTS (SELECT 1 FROM ${targets} t WHERE t.line = s.line)
      ON CONFLICT (external_id) DO NOTHING`);
    return { inserted: inserted.count, updated: updated.count };
  },
};
