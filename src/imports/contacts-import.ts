import { resolveCustomerKeys } from './customers-import.ts';
import type { ImportPlan } from './import-plan.ts';
import { problemSql, rowProblems } from './row-problems.ts';
import { asUuid, changeSet, rejectRepeatedKeys, type Stage } from './staging.ts';

/**
 * The existing contact each row updates: by its external id; by a Guanxi id written as the external
 * id (exports do that for contacts without one); or, for a row without an external id, the contacts
 * of the same customer with the same name.
 */
function matchedContacts(stage: Stage, keys: string) {
  const s = stage.rows;
  return `
    SELECT s.line, c.id FROM ${s} s JOIN contacts c ON c.external_id = s.external_id
    UNION ALL
    SELECT s.line, c.id FROM ${s} s JOIN contacts c ON c.id = ${asUuid('s.external_id')} AND c.external_id IS NULL
    WHERE NOT EXISTS (SELECT 1 FROM contacts x WHERE x.external_id = s.external_id)
    UNION ALL
    SELECT s.line, c.id FROM ${s} s JOIN ${keys} k ON k.key = s.customer_external_id
    JOIN contacts c ON c.customer_id = k.customer_id AND c.name = s.name
    WHERE s.external_id IS NULL`;
}

export const contactsImport: ImportPlan = {
  extraTables: ['customer_keys', 'targets'],

  async check(stage) {
    const s = stage.rows;
    await rejectRepeatedKeys(stage, {
      keys: 's.external_id',
      column: 'external_id',
      where: 's.external_id IS NOT NULL',
    });
    await rejectRepeatedKeys(stage, {
      keys: `(s.customer_external_id, s.name)`,
      column: 'name',
      where: 's.external_id IS NULL',
    });
    const keys = await resolveCustomerKeys(
      stage,
      `SELECT DISTINCT customer_external_id AS key FROM ${s} WHERE error_reason IS NULL`,
    );
    await stage.reject(`
      SELECT s.line, 'customer_external_id',
             CASE WHEN k.customer_id IS NULL THEN ${problemSql(rowProblems.unknownCustomer)}
                  ELSE ${problemSql(rowProblems.personCustomer)} END
      FROM ${s} s JOIN ${keys} k ON k.key = s.customer_external_id
      WHERE s.error_reason IS NULL AND (k.customer_id IS NULL OR k.kind <> 'organization')`);
  },

  async merge(stage, run) {
    const s = stage.rows;
    const keys = stage.table('customer_keys');
    const targets = stage.table('targets');
    await run(`CREATE TEMPORARY TABLE ${targets} AS ${matchedContacts(stage, keys)}`);
    const { set, changed } = changeSet(stage, 'c', [
      ['customer_id', 'k.customer_id', 'customer_external_id'],
      ['name', 's.name', 'name'],
      ['title', 's.title', 'title'],
      ['phone', 's.phone', 'phone'],
      ['email', 's.email', 'email'],
      ['buying_role', 'coalesce(s.buying_role, c.buying_role)', 'buying_role'],
      ['attitude', 'coalesce(s.attitude, c.attitude)', 'attitude'],
      ['trust', 'coalesce(s.trust::smallint, c.trust)', 'trust'],
      ['notes', 's.notes', 'notes'],
    ]);
    const updated = await run(`
      UPDATE contacts c SET ${set}
      FROM ${s} s JOIN ${targets} t ON t.line = s.line JOIN ${keys} k ON k.key = s.customer_external_id
      WHERE c.id = t.id AND ${changed}`);
    const inserted = await run(`
      INSERT INTO contacts (customer_id, external_id, name, title, phone, email, buying_role, attitude, trust, notes)
      SELECT k.customer_id, s.external_id, s.name, s.title, s.phone, s.email, coalesce(s.buying_role, 'other'),
             coalesce(s.attitude, 'neutral'), coalesce(s.trust::smallint, 3), s.notes
      FROM ${s} s JOIN ${keys} k ON k.key = s.customer_external_id
      WHERE NOT EXISTS (SELECT 1 FROM ${targets} t WHERE t.line = s.line)
      ON CONFLICT (external_id) DO NOTHING`);
    return { inserted: inserted.count, updated: updated.count };
  },
};
