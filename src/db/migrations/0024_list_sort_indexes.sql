-- customer_activity with three indexes instead of six, and rows only for customers with an order or an
-- interaction: every order and interaction written updates its customer's row, and each index on it
-- is an entry more per write. The list orders customers without a value after the others itself, in
-- either direction (src/customers/list-order.ts), so one index per value, over the customers that
-- have it, serves both directions.
DROP INDEX "customer_activity_revenue_desc_idx";--> statement-breakpoint
DROP INDEX "customer_activity_revenue_asc_idx";--> statement-breakpoint
DROP INDEX "customer_activity_last_purchase_desc_idx";--> statement-breakpoint
DROP INDEX "customer_activity_last_purchase_asc_idx";--> statement-breakpoint
DROP INDEX "customer_activity_last_contact_desc_idx";--> statement-breakpoint
DROP INDEX "customer_activity_last_contact_asc_idx";--> statement-breakpoint
DROP TRIGGER customer_activity_customers_inserted ON customers;--> statement-breakpoint
DELETE FROM customer_activity WHERE revenue IS NULL AND last_purchase_at IS NULL AND last_contact_at IS NULL;--> statement-breakpoint
-- Revenue and the last purchase of the given customers, from their paid orders (a row is made if missing).
CREATE OR REPLACE FUNCTION guanxi_refresh_customer_purchases(p_customers uuid[]) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO customer_activity AS a (customer_id, revenue, last_purchase_at)
  SELECT c.id, sum(o.total), max(o.ordered_at)
  FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
  WHERE c.id = ANY(p_customers)
  GROUP BY c.id ORDER BY c.id
  ON CONFLICT (customer_id) DO UPDATE SET revenue = excluded.revenue, last_purchase_at = excluded.last_purchase_at
  WHERE (a.revenue, a.last_purchase_at) IS DISTINCT FROM (excluded.revenue, excluded.last_purchase_at)
$fn$;
--> statement-breakpoint
-- The last logged contact of the given customers, from their interactions (a row is made if missing).
CREATE OR REPLACE FUNCTION guanxi_refresh_customer_contacts(p_customers uuid[]) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO customer_activity AS a (customer_id, last_contact_at)
  SELECT c.id, (SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id)
  FROM customers c WHERE c.id = ANY(p_customers) ORDER BY c.id
  ON CONFLICT (customer_id) DO UPDATE SET last_contact_at = excluded.last_contact_at
  WHERE a.last_contact_at IS DISTINCT FROM excluded.last_contact_at
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_customer_activity_orders_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO customer_activity AS a (customer_id, revenue, last_purchase_at)
    SELECT customer_id, sum(total), max(ordered_at) FROM new_orders WHERE status = 'paid'
    GROUP BY customer_id ORDER BY customer_id
    ON CONFLICT (customer_id) DO UPDATE SET revenue = coalesce(a.revenue, 0) + excluded.revenue,
      last_purchase_at = greatest(a.last_purchase_at, excluded.last_purchase_at);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM guanxi_refresh_customer_purchases(ARRAY(SELECT DISTINCT customer_id FROM old_orders WHERE status = 'paid'));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM guanxi_refresh_customer_purchases(ARRAY(
      SELECT DISTINCT c FROM old_orders o JOIN new_orders n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.customer_id), (n.customer_id)) AS changed(c)
      WHERE (o.status = 'paid' OR n.status = 'paid')
        AND (o.customer_id, o.status, o.ordered_at, o.total) IS DISTINCT FROM (n.customer_id, n.status, n.ordered_at, n.total)));
  ELSE
    UPDATE customer_activity SET revenue = NULL, last_purchase_at = NULL
    WHERE revenue IS NOT NULL OR last_purchase_at IS NOT NULL;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_customer_activity_interactions_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO customer_activity AS a (customer_id, last_contact_at)
    SELECT customer_id, max(occurred_at) FROM new_interactions GROUP BY customer_id ORDER BY customer_id
    ON CONFLICT (customer_id) DO UPDATE SET last_contact_at = greatest(a.last_contact_at, excluded.last_contact_at)
    WHERE a.last_contact_at IS NULL OR a.last_contact_at < excluded.last_contact_at;
  ELSIF TG_OP = 'TRUNCATE' THEN
    UPDATE customer_activity SET last_contact_at = NULL WHERE last_contact_at IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM guanxi_refresh_customer_contacts(ARRAY(SELECT DISTINCT customer_id FROM old_interactions));
  ELSE
    PERFORM guanxi_refresh_customer_contacts(ARRAY(
      SELECT DISTINCT c FROM old_interactions o JOIN new_interactions n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.customer_id), (n.customer_id)) AS changed(c)
      WHERE (o.customer_id, o.occurred_at) IS DISTINCT FROM (n.customer_id, n.occurred_at)));
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE INDEX "customer_activity_revenue_idx" ON "customer_activity" USING btree ("revenue","customer_id") WHERE "customer_activity"."revenue" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "customer_activity_last_purchase_idx" ON "customer_activity" USING btree ("last_purchase_at","customer_id") WHERE "customer_activity"."last_purchase_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "customer_activity_last_contact_idx" ON "customer_activity" USING btree ("last_contact_at","customer_id") WHERE "customer_activity"."last_contact_at" IS NOT NULL;
