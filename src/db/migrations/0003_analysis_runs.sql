CREATE TABLE "analysis_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"as_of" date NOT NULL,
	"settings" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"customer_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_scores" (
	"run_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"last_purchase_at" timestamp (3) with time zone,
	"recency_days" integer,
	"frequency" integer NOT NULL,
	"monetary" numeric(18, 2) NOT NULL,
	"r_score" smallint,
	"f_score" smallint,
	"m_score" smallint,
	"rfm_segment" text NOT NULL,
	"abc_class" char(1) NOT NULL,
	"loyalty_stage" text NOT NULL,
	CONSTRAINT "customer_scores_run_id_customer_id_pk" PRIMARY KEY("run_id","customer_id")
);
--> statement-breakpoint
ALTER TABLE "analysis_runs" ADD CONSTRAINT "analysis_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD CONSTRAINT "customer_scores_run_id_analysis_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."analysis_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD CONSTRAINT "customer_scores_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_runs_as_of_idx" ON "analysis_runs" USING btree ("as_of","created_at");--> statement-breakpoint
CREATE INDEX "customer_scores_segment_idx" ON "customer_scores" USING btree ("run_id","rfm_segment");--> statement-breakpoint
CREATE INDEX "customer_scores_customer_idx" ON "customer_scores" USING btree ("customer_id","run_id");