ALTER TABLE "contact_rules" ALTER COLUMN "name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_rules" ALTER COLUMN "title_template" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "title_key" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "title_params" jsonb;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "title_key" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "title_params" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" text;