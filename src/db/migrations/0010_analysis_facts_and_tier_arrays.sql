CREATE TABLE "customer_purchase_facts" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"purchases" integer DEFAULT 0 NOT NULL,
	"first_at" timestamp (3) with time zone,
	"last_at" timestamp (3) with time zone,
	"revenue" numeric DEFAULT '0' NOT NULL,
	"collected" numeric DEFAULT '0' NOT NULL,
	"profit" numeric,
	"year_purchases" integer DEFAULT 0 NOT NULL,
	"year_revenue" numeric DEFAULT '0' NOT NULL,
	"prior_revenue" numeric DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "purchase_facts_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"cutoff" timestamp with time zone NOT NULL,
	"year_from" timestamp with time zone NOT NULL,
	"prior_from" timestamp with time zone NOT NULL,
	CONSTRAINT "purchase_facts_state_one_row" CHECK ("purchase_facts_state"."id" = 1)
);
--> statement-breakpoint
DROP INDEX "customer_scores_segment_idx";--> statement-breakpoint
ALTER TABLE "analysis_runs" ADD COLUMN "pyramid_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "pyramid_tiers" smallint[] DEFAULT '{}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "pyramid_composites" numeric(8, 6)[] DEFAULT '{}'::numeric[] NOT NULL;--> statement-breakpoint
-- Pyramid tiers move onto the score rows: the run lists its pyramids, each score their tiers and composites in that order.
UPDATE "analysis_runs" r SET "pyramid_ids" = t.ids
FROM (SELECT run_id, array_agg(DISTINCT pyramid_id ORDER BY pyramid_id) AS ids FROM "customer_pyramid_tiers" GROUP BY run_id) t
WHERE t.run_id = r.id;
--> statement-breakpoint
UPDATE "customer_scores" s SET "pyramid_tiers" = t.tiers, "pyramid_composites" = t.composites
FROM (
  SELECT t.run_id, t.customer_id,
         array_agg(t.tier ORDER BY array_position(r.pyramid_ids, t.pyramid_id)) AS tiers,
         array_agg(t.composite ORDER BY array_position(r.pyramid_ids, t.pyramid_id)) AS composites
  FROM "customer_pyramid_tiers" t JOIN "analysis_runs" r ON r.id = t.run_id
  GROUP BY t.run_id, t.customer_id
) t
WHERE s.run_id = t.run_id AND s.customer_id = t.customer_id;
--> statement-breakpoint
-- Per-customer purchase facts over paid orders before p_cutoff (all customers, or those in p_customers):
-- the one definition used by the backfill, the triggers' recomputation and analysis runs (docs/analytics.md).
CREATE FUNCTION guanxi_purchase_facts(p_cutoff timestamptz, p_year_from timestamptz, p_prior_from timestamptz, p_customers uuid[] DEFAULT NULL)
RETURNS TABLE (customer_id uuid, purchases integer, first_at timestamptz, last_at timestamptz, revenue numeric, collected numeric,
               profit numeric, year_purchases integer, year_revenue numeric, prior_revenue numeric)
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN QUERY EXECUTE format($q$
    WITH paid AS (
      SELECT o.id, o.customer_id, o.ordered_at, o.total, o.amount_collected FROM orders o
      WHERE o.status = 'paid' AND o.ordered_at < $1 %s
    ),
    profits AS (
      SELECT paid.customer_id, sum(l.quantity * (l.unit_price - coalesce(l.unit_cost, pr.unit_cost))) AS profit
      FROM paid JOIN order_lines l ON l.order_id = paid.id LEFT JOIN products pr ON pr.id = l.product_id
      WHERE coalesce(l.unit_cost, pr.unit_cost) IS NOT NULL
      GROUP BY paid.customer_id
    )
    SELECT t.customer_id, t.purchases, t.first_at, t.last_at, t.revenue, t.collected, pf.profit,
           t.year_purchases, t.year_revenue, t.prior_revenue
    FROM (
      SELECT customer_id, count(*)::int AS purchases, min(ordered_at) AS first_at, max(ordered_at) AS last_at,
             sum(total) AS revenue, sum(amount_collected) AS collected,
             (count(*) FILTER (WHERE ordered_at >= $2))::int AS year_purchases,
             coalesce(sum(total) FILTER (WHERE ordered_at >= $2), 0) AS year_revenue,
             coalesce(sum(total) FILTER (WHERE ordered_at >= $3 AND ordered_at < $2), 0) AS prior_revenue
      FROM paid GROUP BY customer_id
    ) t LEFT JOIN profits pf ON pf.customer_id = t.customer_id$q$,
    CASE WHEN p_customers IS NULL THEN '' ELSE 'AND o.customer_id = ANY ($4)' END)
  USING p_cutoff, p_year_from, p_prior_from, p_customers;
END
$fn$;
--> statement-breakpoint
-- Recomputes the facts of some customers from their orders. Locks their rows first and then reads in a
-- new statement, so that a concurrent writer's change is either seen or applied afterwards as a delta.
CREATE FUNCTION guanxi_refresh_purchase_facts(p_customers uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  s record;
BEGIN
  IF p_customers IS NULL OR cardinality(p_customers) = 0 THEN RETURN; END IF;
  SELECT * INTO s FROM purchase_facts_state WHERE id = 1 FOR KEY SHARE;
  IF NOT FOUND THEN RETURN; END IF;
  INSERT INTO customer_purchase_facts (customer_id)
  SELECT DISTINCT c FROM unnest(p_customers) AS c WHERE c IS NOT NULL ORDER BY 1
  ON CONFLICT (customer_id) DO NOTHING;
  PERFORM 1 FROM customer_purchase_facts WHERE customer_id = ANY (p_customers) ORDER BY customer_id FOR UPDATE;
  UPDATE customer_purchase_facts f
  SET purchases = coalesce(n.purchases, 0), first_at = n.first_at, last_at = n.last_at,
      revenue = coalesce(n.revenue, 0), collected = coalesce(n.collected, 0), profit = n.profit,
      year_purchases = coalesce(n.year_purchases, 0), year_revenue = coalesce(n.year_revenue, 0),
      prior_revenue = coalesce(n.prior_revenue, 0)
  FROM (SELECT DISTINCT c AS id FROM unnest(p_customers) AS c) ids
  LEFT JOIN guanxi_purchase_facts(s.cutoff, s.year_from, s.prior_from, p_customers) n ON n.customer_id = ids.id
  WHERE f.customer_id = ids.id;
END
$fn$;
--> statement-breakpoint
-- New orders add to their customers' facts (orders have no lines yet when they are inserted).
CREATE FUNCTION guanxi_purchase_facts_orders_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  s record;
BEGIN
  SELECT * INTO s FROM purchase_facts_state WHERE id = 1 FOR KEY SHARE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  INSERT INTO customer_purchase_facts AS f (customer_id, purchases, first_at, last_at, revenue, collected,
                                            year_purchases, year_revenue, prior_revenue)
  SELECT n.customer_id, count(*), min(n.ordered_at), max(n.ordered_at), sum(n.total), sum(n.amount_collected),
         count(*) FILTER (WHERE n.ordered_at >= s.year_from),
         coalesce(sum(n.total) FILTER (WHERE n.ordered_at >= s.year_from), 0),
         coalesce(sum(n.total) FILTER (WHERE n.ordered_at >= s.prior_from AND n.ordered_at < s.year_from), 0)
  FROM new_orders n WHERE n.status = 'paid' AND n.ordered_at < s.cutoff
  GROUP BY n.customer_id ORDER BY n.customer_id
  ON CONFLICT (customer_id) DO UPDATE SET
    purchases = f.purchases + excluded.purchases,
    first_at = least(f.first_at, excluded.first_at),
    last_at = greatest(f.last_at, excluded.last_at),
    revenue = f.revenue + excluded.revenue,
    collected = f.collected + excluded.collected,
    year_purchases = f.year_purchases + excluded.year_purchases,
    year_revenue = f.year_revenue + excluded.year_revenue,
    prior_revenue = f.prior_revenue + excluded.prior_revenue;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- Changed or deleted orders: their customers (before and after) are recomputed.
CREATE FUNCTION guanxi_purchase_facts_orders_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM guanxi_refresh_purchase_facts(ARRAY(SELECT DISTINCT customer_id FROM old_orders WHERE status = 'paid'));
  ELSE
    PERFORM guanxi_refresh_purchase_facts(ARRAY(
      SELECT DISTINCT c FROM old_orders o JOIN new_orders n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.customer_id), (n.customer_id)) AS changed(c)
      WHERE (o.status = 'paid' OR n.status = 'paid')
        AND (o.customer_id, o.status, o.ordered_at, o.total, o.amount_collected)
            IS DISTINCT FROM (n.customer_id, n.status, n.ordered_at, n.total, n.amount_collected)));
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- New lines add their profit to their paid orders' customers.
CREATE FUNCTION guanxi_purchase_facts_lines_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  s record;
BEGIN
  SELECT * INTO s FROM purchase_facts_state WHERE id = 1 FOR KEY SHARE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  PERFORM 1 FROM customer_purchase_facts
  WHERE customer_id IN (SELECT o.customer_id FROM new_lines l JOIN orders o ON o.id = l.order_id
                        WHERE o.status = 'paid' AND o.ordered_at < s.cutoff)
  ORDER BY customer_id FOR UPDATE;
  INSERT INTO customer_purchase_facts AS f (customer_id, profit)
  SELECT o.customer_id, sum(l.quantity * (l.unit_price - coalesce(l.unit_cost, pr.unit_cost)))
  FROM new_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN products pr ON pr.id = l.product_id
  WHERE o.status = 'paid' AND o.ordered_at < s.cutoff AND coalesce(l.unit_cost, pr.unit_cost) IS NOT NULL
  GROUP BY o.customer_id ORDER BY o.customer_id
  ON CONFLICT (customer_id) DO UPDATE SET profit = coalesce(f.profit, 0) + excluded.profit;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- Changed or deleted lines: the customers of their orders are recomputed.
CREATE FUNCTION guanxi_purchase_facts_lines_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM guanxi_refresh_purchase_facts(ARRAY(
      SELECT DISTINCT o.customer_id FROM old_lines l JOIN orders o ON o.id = l.order_id WHERE o.status = 'paid'));
  ELSE
    PERFORM guanxi_refresh_purchase_facts(ARRAY(
      SELECT DISTINCT o.customer_id FROM (SELECT order_id FROM old_lines UNION SELECT order_id FROM new_lines) l
      JOIN orders o ON o.id = l.order_id WHERE o.status = 'paid'));
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- A product's cost changes the profit of the lines that have no cost of their own.
CREATE FUNCTION guanxi_purchase_facts_products_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM guanxi_refresh_purchase_facts(ARRAY(
    SELECT DISTINCT o.customer_id
    FROM old_products op JOIN new_products np ON np.id = op.id
    JOIN order_lines l ON l.product_id = np.id AND l.unit_cost IS NULL
    JOIN orders o ON o.id = l.order_id
    WHERE op.unit_cost IS DISTINCT FROM np.unit_cost AND o.status = 'paid'));
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION guanxi_purchase_facts_truncated() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE customer_purchase_facts;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER purchase_facts_orders_inserted AFTER INSERT ON orders REFERENCING NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_orders_inserted();
--> statement-breakpoint
CREATE TRIGGER purchase_facts_orders_updated AFTER UPDATE ON orders REFERENCING OLD TABLE AS old_orders NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_orders_changed();
--> statement-breakpoint
CREATE TRIGGER purchase_facts_orders_deleted AFTER DELETE ON orders REFERENCING OLD TABLE AS old_orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_orders_changed();
--> statement-breakpoint
CREATE TRIGGER purchase_facts_orders_truncated AFTER TRUNCATE ON orders
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER purchase_facts_lines_inserted AFTER INSERT ON order_lines REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_lines_inserted();
--> statement-breakpoint
CREATE TRIGGER purchase_facts_lines_updated AFTER UPDATE ON order_lines REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_lines_changed();
--> statement-breakpoint
CREATE TRIGGER purchase_facts_lines_deleted AFTER DELETE ON order_lines REFERENCING OLD TABLE AS old_lines
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_lines_changed();
--> statement-breakpoint
CREATE TRIGGER purchase_facts_products_updated AFTER UPDATE ON products REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_purchase_facts_products_changed();
--> statement-breakpoint
-- Backfill: the facts of every customer as of now (runs move the cutoff to their own day: src/analytics/purchase-facts.ts).
INSERT INTO purchase_facts_state (id, cutoff, year_from, prior_from)
VALUES (1, now(), now() - interval '365 days', now() - interval '730 days');
--> statement-breakpoint
INSERT INTO customer_purchase_facts (customer_id, purchases, first_at, last_at, revenue, collected, profit,
                                     year_purchases, year_revenue, prior_revenue)
SELECT f.* FROM purchase_facts_state s CROSS JOIN LATERAL guanxi_purchase_facts(s.cutoff, s.year_from, s.prior_from) f;
