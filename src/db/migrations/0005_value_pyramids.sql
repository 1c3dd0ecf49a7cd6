CREATE TABLE "customer_pyramid_tiers" (
	"run_id" uuid NOT NULL,
	"pyramid_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"composite" numeric(8, 6) NOT NULL,
	"tier" smallint NOT NULL,
	CONSTRAINT "customer_pyramid_tiers_run_id_pyramid_id_customer_id_pk" PRIMARY KEY("run_id","pyramid_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "value_pyramids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"weights" jsonb NOT NULL,
	"tiers" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "value_pyramids_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "realised_value" numeric(6, 4);--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "potential_value" numeric(6, 4);--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "value_quadrant" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "potential_score" smallint;--> statement-breakpoint
ALTER TABLE "customer_pyramid_tiers" ADD CONSTRAINT "customer_pyramid_tiers_run_id_analysis_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."analysis_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_pyramid_tiers" ADD CONSTRAINT "customer_pyramid_tiers_pyramid_id_value_pyramids_id_fk" FOREIGN KEY ("pyramid_id") REFERENCES "public"."value_pyramids"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_pyramid_tiers" ADD CONSTRAINT "customer_pyramid_tiers_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_pyramid_tiers_tier_idx" ON "customer_pyramid_tiers" USING btree ("run_id","pyramid_id","tier");--> statement-breakpoint
INSERT INTO "value_pyramids" ("name", "weights", "tiers") VALUES
  ('value', '{"revenue": 0.4, "profit": 0.3, "collected": 0.2, "orders": 0.1}', '[0.01, 0.04, 0.15, 0.8]'),
  ('potential', '{"growth": 0.5, "potential": 0.3, "tenure": 0.2}', '[0.01, 0.04, 0.15, 0.8]');
