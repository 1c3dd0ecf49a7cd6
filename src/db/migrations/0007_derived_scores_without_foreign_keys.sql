ALTER TABLE "customer_pyramid_tiers" DROP CONSTRAINT "customer_pyramid_tiers_run_id_analysis_runs_id_fk";
--> statement-breakpoint
ALTER TABLE "customer_pyramid_tiers" DROP CONSTRAINT "customer_pyramid_tiers_pyramid_id_value_pyramids_id_fk";
--> statement-breakpoint
ALTER TABLE "customer_pyramid_tiers" DROP CONSTRAINT "customer_pyramid_tiers_customer_id_customers_id_fk";
--> statement-breakpoint
ALTER TABLE "customer_scores" DROP CONSTRAINT "customer_scores_run_id_analysis_runs_id_fk";
--> statement-breakpoint
ALTER TABLE "customer_scores" DROP CONSTRAINT "customer_scores_customer_id_customers_id_fk";
