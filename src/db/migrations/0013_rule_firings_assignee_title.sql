ALTER TABLE "rule_firings" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "rule_firings" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "rule_firings" ADD CONSTRAINT "rule_firings_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;