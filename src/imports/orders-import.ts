import { resolveCustomerKeys } from './customers-import.ts';
import { hasOffsetPattern } from './dates.ts';
import type { ImportPlan } from './import-plan.ts';
import { problemSql, rowProblems } from './row-problems.ts';
import type { Stage } from './staging.ts';

/** Order fields repeated on each line of an order: empty on some lines is fine, different values are not. */
const orderFields = ['customer_external_id', 'ordered_at', 'status', 'currency', 'amount_collected', 'channel'];
const orderIdAt = 0;

const count = async (stage: Stage, text: string) =>
  Number(((await stage.run(text)).rows[0] as { n: number | string }).n);

/** Lines that give an order field a value other than the order's first line with one. */
async function rejectDifferingFields(stage: Stage, orders: string) {
  const s = stage.rows;
  const flags = (
    await stage.run(`SELECT ${orderFields.map((f) => `bool_or(${f}_differs) AS ${f}`).join(', ')} FROM ${orders}`)
  ).rows[0] as Record<string, boolean | null>;
  for (const field of orderFields.filter((f) => flags[f])) {
    await stage.reject(`
      SELECT s.line, '${field}', ${problemSql(rowProblems.differingOrderField, { line: 'f.line', value: `f.${field}` })}
      FROM ${s} s JOIN (
        SELECT DISTINCT ON (order_id) order_id, line, ${field} FROM ${s}
        WHERE error_reason IS NULL AND ${field} IS NOT NULL
          AND order_id IN (SELECT order_id FROM ${orders} WHERE ${field}_differs)
        ORDER BY order_id, line) f ON f.order_id = s.order_id
      WHERE s.error_reason IS NULL AND s.${field} <> f.${field}`);
  }
}

/**
 * Orders come one line item per row; rows with the same order_id form one order. Its lines are
 * numbered in file order (counted while reading when an order's rows are together, as exports
 * write them; renumbered in SQL otherwise), its total is the sum of quantity × unit price, and
 * re-importing it replaces its lines. One bad line rejects the whole order.
 */
export const ordersImport: ImportPlan = {
  extraTables: ['orders', 'customer_keys', 'products'],
  extraColumns: ['line_no'],
  unit: 'orders',

  computeExtras() {
    let previous: string | null = null;
    let lineNo = 0;
    return (values) => {
      const orderId = values[orderIdAt];
      lineNo = orderId === previous ? lineNo + 1 : 1;
      previous = orderId;
      return [String(lineNo)];
    };
  },

  async check(stage) {
    const s = stage.rows;
    const orders = stage.table('orders');
    await stage.run(`
      CREATE TEMPORARY TABLE ${orders} AS
      SELECT order_id, ${orderFields.map((f) => `min(${f}) AS ${f}, min(${f}) <> max(${f}) AS ${f}_differs`).join(', ')},
             count(*)::int AS line_count, count(*) FILTER (WHERE line_no = '1') AS runs,
             round(sum(quantity::numeric * unit_price::numeric), 2) AS total
      FROM ${s} WHERE error_reason IS NULL GROUP BY order_id`);
    await rejectDifferingFields(stage, orders);

    const keys = await resolveCustomerKeys(stage, `SELECT DISTINCT customer_external_id AS key FROM ${orders}`);
    if (await count(stage, `SELECT count(*) AS n FROM ${keys} WHERE customer_id IS NULL`))
      await stage.reject(`
        SELECT s.line, 'customer_external_id', ${problemSql(rowProblems.unknownCustomer)}
        FROM ${s} s JOIN ${keys} k ON k.key = s.customer_external_id
        WHERE s.error_reason IS NULL AND k.customer_id IS NULL`);

    const products = stage.table('products');
    await stage.run(`
      CREATE TEMPORARY TABLE ${products} AS
      SELECT k.sku, p.id AS product_id FROM (SELECT DISTINCT sku FROM ${s} WHERE sku IS NOT NULL AND error_reason IS NULL) k
      LEFT JOIN products p ON p.sku = k.sku`);
    if (await count(stage, `SELECT count(*) AS n FROM ${products} WHERE product_id IS NULL`))
      await stage.reject(`
        SELECT s.line, 'sku', ${problemSql(rowProblems.unknownProduct)}
        FROM ${s} s JOIN ${products} p ON p.sku = s.sku WHERE s.error_reason IS NULL AND p.product_id IS NULL`);

    // Orders whose rows are not together in the file: number their lines by line order.
    if (await count(stage, `SELECT count(*) AS n FROM ${orders} WHERE runs <> 1`))
      await stage.run(`
        UPDATE ${s} s SET line_no = n.line_no::text FROM (
          SELECT line, row_number() OVER (PARTITION BY order_id ORDER BY line) AS line_no FROM ${s}
          WHERE error_reason IS NULL AND order_id IN (SELECT order_id FROM ${orders} WHERE runs <> 1)) n
        WHERE s.line = n.line AND s.error_reason IS NULL`);

    // One bad line rejects its order: the other lines say which line it was.
    if (await count(stage, `SELECT count(*) AS n FROM (SELECT 1 FROM ${stage.rejects} LIMIT 1) r`)) {
      await stage.reject(`
        SELECT s.line, 'order_id', ${problemSql(rowProblems.badOrderLine, { line: 'b.bad_line' })}
        FROM ${s} s JOIN (
          SELECT s2.order_id, min(r.line) AS bad_line FROM ${stage.rejects} r JOIN ${s} s2 ON s2.line = r.line
          GROUP BY s2.order_id) b ON b.order_id = s.order_id
        WHERE NOT EXISTS (SELECT 1 FROM ${stage.rejects} r WHERE r.line = s.line)`);
      await stage.run(`
        DELETE FROM ${orders} o WHERE o.order_id IN (
          SELECT s.order_id FROM ${s} s JOIN ${stage.rejects} r ON r.line = s.line)`);
    }
  },

  async merge(stage, run) {
    const s = stage.rows;
    const orders = stage.table('orders');
    const keys = stage.table('customer_keys');
    const products = stage.table('products');
    const orderedAt = `(CASE WHEN x.ordered_at ~ '${hasOffsetPattern}' THEN x.ordered_at::timestamptz
      ELSE x.ordered_at::timestamp AT TIME ZONE '${stage.timeZone}' END)`;
    const values: [string, string][] = [
      ['customer_id', 'k.customer_id'],
      ['ordered_at', orderedAt],
      ['status', 'coalesce(x.status, o.status)'],
      ['currency', 'coalesce(x.currency, o.currency)'],
      ['total', 'x.total'],
      ['amount_collected', 'coalesce(x.amount_collected::numeric, o.amount_collected)'],
      ['channel', 'x.channel'],
    ];
    const present = values.filter(([column]) => column !== 'channel' || stage.present.has('channel'));
    const updated = await run(`
      UPDATE orders o SET ${present.map(([column, value]) => `${column} = ${value}`).join(', ')}, updated_at = now()
      FROM ${orders} x JOIN ${keys} k ON k.key = x.customer_external_id
      WHERE o.external_id = x.order_id
        AND (${present.map(([column]) => `o.${column}`).join(', ')}) IS DISTINCT FROM (${present.map(([, value]) => value).join(', ')})`);
    const inserted = await run(`
      INSERT INTO orders (external_id, customer_id, ordered_at, status, currency, total, amount_collected, channel)
      SELECT x.order_id, k.customer_id, ${orderedAt}, coalesce(x.status, 'paid'), coalesce(x.currency, 'CNY'), x.total,
             coalesce(x.amount_collected::numeric, 0), x.channel
      FROM ${orders} x JOIN ${keys} k ON k.key = x.customer_external_id
      WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.external_id = x.order_id)
      ON CONFLICT (external_id) DO NOTHING`);
    await run(`
      INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, unit_cost)
      SELECT o.id, s.line_no::int, p.product_id, s.quantity::numeric, s.unit_price::numeric, s.unit_cost::numeric
      FROM ${s} s JOIN orders o ON o.external_id = s.order_id LEFT JOIN ${products} p ON p.sku = s.sku
      ON CONFLICT (order_id, line_no) DO UPDATE SET product_id = EXCLUDED.product_id, quantity = EXCLUDED.quantity,
        unit_price = EXCLUDED.unit_price, unit_cost = EXCLUDED.unit_cost
      WHERE (order_lines.product_id, order_lines.quantity, order_lines.unit_price, order_lines.unit_cost)
        IS DISTINCT FROM (EXCLUDED.product_id, EXCLUDED.quantity, EXCLUDED.unit_price, EXCLUDED.unit_cost)`);
    const records = Number(((await run(`SELECT count(*) AS n FROM ${orders}`)).rows[0] as { n: string }).n);
    // Orders that existed before may have had more lines than the file gives them now.
    if (records > inserted.count)
      await run(`
        DELETE FROM order_lines l USING ${orders} x JOIN orders o ON o.external_id = x.order_id
        WHERE l.order_id = o.id AND l.line_no > x.line_count`);
    return { inserted: inserted.count, updated: updated.count, records };
  },
};
