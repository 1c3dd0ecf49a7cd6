CREATE TABLE "analysis_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analysis_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reason" text NOT NULL,
	"requested_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Runs that found no buyer (made at the first start on an empty database, or for a day before any
-- purchase) are what the next run was compared with: every customer seemed to enter a segment. They
-- hold nothing else, so they go, with their scores; runs are no longer made without a paid purchase.
WITH empty_runs AS (
  DELETE FROM "analysis_runs" r
  WHERE NOT EXISTS (SELECT 1 FROM "customer_scores" s WHERE s."run_id" = r."id" AND s."loyalty_stage" <> 'prospect')
  RETURNING r."id"
)
DELETE FROM "customer_scores" s USING empty_runs e WHERE s."run_id" = e."id";
