-- Customer search also finds the external id (the customer code) and the customer's contacts' names,
-- phones and emails (docs/search.md). PostgreSQL 15 cannot change a generated column's expression:
-- the columns are dropped (with their index) and added again, which rewrites the customers table.
ALTER TABLE "customers" drop column "search_text";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower("customers"."name" || ' ' || coalesce("customers"."external_id", '') || ' ' || regexp_replace(coalesce("customers"."phone", ''), '[^0-9+]', '', 'g') || ' ' || coalesce("customers"."email", ''))) STORED;--> statement-breakpoint
ALTER TABLE "customers" drop column "search_grams";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_grams" text[] GENERATED ALWAYS AS (guanxi_search_grams(lower("customers"."name" || ' ' || coalesce("customers"."external_id", '') || ' ' || regexp_replace(coalesce("customers"."phone", ''), '[^0-9+]', '', 'g') || ' ' || coalesce("customers"."email", '')))) STORED;--> statement-breakpoint
CREATE INDEX "customers_search_grams_idx" ON "customers" USING gin ("search_grams");--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower("contacts"."name" || ' ' || regexp_replace(coalesce("contacts"."phone", ''), '[^0-9+]', '', 'g') || ' ' || coalesce("contacts"."email", ''))) STORED;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "search_grams" text[] GENERATED ALWAYS AS (guanxi_search_grams(lower("contacts"."name" || ' ' || regexp_replace(coalesce("contacts"."phone", ''), '[^0-9+]', '', 'g') || ' ' || coalesce("contacts"."email", '')))) STORED;--> statement-breakpoint
CREATE INDEX "contacts_search_grams_idx" ON "contacts" USING gin ("search_grams");--> statement-breakpoint
-- What the customer list sorts by besides the customer's own fields: one row per customer, kept by the
-- triggers below (src/db/schema/customer-activity.ts).
CREATE TABLE "customer_activity" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"revenue" numeric,
	"last_purchase_at" timestamp (3) with time zone,
	"last_contact_at" timestamp (3) with time zone
);
--> statement-breakpoint
-- Every customer has a row from the start, so that a sort walks one index over all of them.
CREATE FUNCTION guanxi_customer_activity_customers_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO customer_activity (customer_id) SELECT id FROM new_customers ORDER BY id ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM customer_activity a USING old_customers o WHERE a.customer_id = o.id;
  ELSE
    TRUNCATE customer_activity;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- Revenue and the last purchase of the given customers, from their paid orders.
CREATE FUNCTION guanxi_refresh_customer_purchases(p_customers uuid[]) RETURNS void LANGUAGE sql AS $fn$
  UPDATE customer_activity a SET revenue = p.revenue, last_purchase_at = p.last_at
  FROM (
    SELECT ids.id, sum(o.total) AS revenue, max(o.ordered_at) AS last_at
    FROM unnest(p_customers) AS ids(id)
    LEFT JOIN orders o ON o.customer_id = ids.id AND o.status = 'paid'
    GROUP BY ids.id
  ) p
  WHERE a.customer_id = p.id AND (a.revenue, a.last_purchase_at) IS DISTINCT FROM (p.revenue, p.last_at)
$fn$;
--> statement-breakpoint
-- New paid orders add to their customers' revenue; changed or deleted orders recompute their customers.
CREATE FUNCTION guanxi_customer_activity_orders_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE customer_activity a
    SET revenue = coalesce(a.revenue, 0) + n.revenue, last_purchase_at = greatest(a.last_purchase_at, n.last_at)
    FROM (SELECT customer_id, sum(total) AS revenue, max(ordered_at) AS last_at
          FROM new_orders WHERE status = 'paid' GROUP BY customer_id) n
    WHERE a.customer_id = n.customer_id;
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
-- The last logged contact of the given customers, from their interactions.
CREATE FUNCTION guanxi_refresh_customer_contacts(p_customers uuid[]) RETURNS void LANGUAGE sql AS $fn$
  UPDATE customer_activity a SET last_contact_at = l.last_at
  FROM (SELECT ids.id, (SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = ids.id) AS last_at
        FROM unnest(p_customers) AS ids(id)) l
  WHERE a.customer_id = l.id AND a.last_contact_at IS DISTINCT FROM l.last_at
$fn$;
--> statement-breakpoint
-- The last logged contact: new interactions move it forward; changed or deleted ones recompute it.
CREATE FUNCTION guanxi_customer_activity_interactions_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE customer_activity a SET last_contact_at = greatest(a.last_contact_at, n.last_at)
    FROM (SELECT customer_id, max(occurred_at) AS last_at FROM new_interactions GROUP BY customer_id) n
    WHERE a.customer_id = n.customer_id AND a.last_contact_at IS DISTINCT FROM greatest(a.last_contact_at, n.last_at);
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
CREATE TRIGGER customer_activity_customers_inserted AFTER INSERT ON customers REFERENCING NEW TABLE AS new_customers
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_customers_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_customers_deleted AFTER DELETE ON customers REFERENCING OLD TABLE AS old_customers
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_customers_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_customers_truncated AFTER TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_customers_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_orders_inserted AFTER INSERT ON orders REFERENCING NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_orders_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_orders_updated AFTER UPDATE ON orders REFERENCING OLD TABLE AS old_orders NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_orders_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_orders_deleted AFTER DELETE ON orders REFERENCING OLD TABLE AS old_orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_orders_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_orders_truncated AFTER TRUNCATE ON orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_orders_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_interactions_inserted AFTER INSERT ON interactions REFERENCING NEW TABLE AS new_interactions
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_interactions_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_interactions_updated AFTER UPDATE ON interactions REFERENCING OLD TABLE AS old_interactions NEW TABLE AS new_interactions
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_interactions_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_interactions_deleted AFTER DELETE ON interactions REFERENCING OLD TABLE AS old_interactions
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_interactions_changed();
--> statement-breakpoint
CREATE TRIGGER customer_activity_interactions_truncated AFTER TRUNCATE ON interactions
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customer_activity_interactions_changed();
--> statement-breakpoint
-- Backfill, then the indexes of the sorts (missing values last in either direction: schema/customer-activity.ts).
INSERT INTO customer_activity (customer_id, revenue, last_purchase_at, last_contact_at)
SELECT c.id, p.revenue, p.last_at, i.last_at
FROM customers c
LEFT JOIN (SELECT customer_id, sum(total) AS revenue, max(ordered_at) AS last_at FROM orders WHERE status = 'paid'
           GROUP BY customer_id) p ON p.customer_id = c.id
LEFT JOIN (SELECT customer_id, max(occurred_at) AS last_at FROM interactions GROUP BY customer_id) i ON i.customer_id = c.id;
--> statement-breakpoint
CREATE INDEX "customer_activity_revenue_desc_idx" ON "customer_activity" USING btree (coalesce("revenue", '-infinity'::numeric),customer_id);--> statement-breakpoint
CREATE INDEX "customer_activity_revenue_asc_idx" ON "customer_activity" USING btree (coalesce("revenue", 'infinity'::numeric),customer_id);--> statement-breakpoint
CREATE INDEX "customer_activity_last_purchase_desc_idx" ON "customer_activity" USING btree (coalesce("last_purchase_at", '-infinity'::timestamptz),customer_id);--> statement-breakpoint
CREATE INDEX "customer_activity_last_purchase_asc_idx" ON "customer_activity" USING btree (coalesce("last_purchase_at", 'infinity'::timestamptz),customer_id);--> statement-breakpoint
CREATE INDEX "customer_activity_last_contact_desc_idx" ON "customer_activity" USING btree (coalesce("last_contact_at", '-infinity'::timestamptz),customer_id);--> statement-breakpoint
CREATE INDEX "customer_activity_last_contact_asc_idx" ON "customer_activity" USING btree (coalesce("last_contact_at", 'infinity'::timestamptz),customer_id);
