import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';

/*
 * (random() inside a LATERAL subquery refers to the outer row, `+ 0 * g`, so that it is drawn for
 * every row rather than once.)
 *
 * Fills an empty database with `customers` customers and about `lines` order lines (three per order),
 * by INSERT … SELECT generate_series: purchases skewed towards a minority of customers, over four
 * years, with costs on most products. Order totals are drawn independently of their lines (the
 * analyses read totals for RFM and ABC and lines only for profit).
 */
export async function loadPurchaseHistory(db: Db, customers: number, lines: number) {
  const orders = Math.ceil(lines / 3);
  await db.execute(sql`
    INSERT INTO users (email, name, role, password_hash)
    SELECT 'rm' || g || '@bench.example', '关系经理' || g, 'relationship_manager', 'x' FROM generate_series(1, 20) g`);
  await db.execute(sql`
    INSERT INTO customers (kind, name, owner_id, potential_score)
    SELECT 'person', '客户' || g,
           (SELECT id FROM users ORDER BY email OFFSET (g % 20) LIMIT 1),
           CASE WHEN g % 10 = 0 THEN (g % 100) END
    FROM generate_series(1, ${customers}) g`);
  await db.execute(sql`
    INSERT INTO products (sku, name, list_price, unit_cost)
    SELECT 'SKU-' || g, '产品' || g, 10 + g, CASE WHEN g % 5 <> 0 THEN round((10 + g) * 0.6, 2) END
    FROM generate_series(1, 200) g`);
  await db.execute(
    sql`CREATE TEMP TABLE bench_customer AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM customers`,
  );
  await db.execute(
    sql`CREATE TEMP TABLE bench_product AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM products`,
  );
  await db.execute(sql`CREATE INDEX ON bench_customer (n)`);
  await db.execute(sql`CREATE INDEX ON bench_product (n)`);
  await db.execute(sql`
    INSERT INTO orders (external_id, customer_id, ordered_at, status, total, amount_collected)
    SELECT 'B' || g, c.id, now() - (random() * 1460) * interval '1 day',
           CASE WHEN g % 50 = 0 THEN 'refunded' ELSE 'paid' END, t.total, t.total
    FROM generate_series(1, ${orders}) g
    CROSS JOIN LATERAL (SELECT 1 + floor(${customers} * random() * random() + 0 * g)::int AS n,
                               round((20 + random() * 500)::numeric, 2) AS total) t
    JOIN bench_customer c ON c.n = t.n`);
  await db.execute(sql`
    INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price)
    SELECT o.id, l, p.id, 1 + floor(random() * 3), round((10 + random() * 200)::numeric, 2)
    FROM orders o CROSS JOIN generate_series(1, 3) l
    CROSS JOIN LATERAL (SELECT 1 + floor(random() * 200 + 0 * l)::int AS n) pick
    JOIN bench_product p ON p.n = pick.n`);
  await db.execute(sql`ANALYZE`);
}
