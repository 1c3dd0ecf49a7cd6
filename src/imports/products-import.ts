import type { ImportPlan } from './import-plan.ts';
import { changeSet, rejectRepeatedKeys } from './staging.ts';

export const productsImport: ImportPlan = {
  extraTables: [],

  async check(stage) {
    await rejectRepeatedKeys(stage, { keys: 's.sku', column: 'sku' });
  },

  async merge(stage, run) {
    const s = stage.rows;
    const { set, changed } = changeSet(stage, 'p', [
      ['name', 's.name', 'name'],
      ['category', 's.category', 'category'],
      ['currency', 'coalesce(s.currency, p.currency)', 'currency'],
      ['list_price', 's.list_price::numeric', 'list_price'],
      ['unit_cost', 's.unit_cost::numeric', 'unit_cost'],
      ['active', 'coalesce(s.active::boolean, p.active)', 'active'],
    ]);
    const updated = await run(`UPDATE products p SET ${set} FROM ${s} s WHERE p.sku = s.sku AND ${changed}`);
    const inserted = await run(`
      INSERT INTO products (sku, name, category, currency, list_price, unit_cost, active)
      SELECT s.sku, s.name, s.category, coalesce(s.currency, 'CNY'), s.list_price::numeric, s.unit_cost::numeric,
             coalesce(s.active::boolean, true)
      FROM ${s} s WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.sku = s.sku)
      ON CONFLICT (sku) DO NOTHING`);
    return { inserted: inserted.count, updated: updated.count };
  },
};
