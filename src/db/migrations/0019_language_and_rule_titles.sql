ALTER TABLE "contact_rules" ALTER COLUMN "name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_rules" ALTER COLUMN "title_template" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "title_key" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "title_params" jsonb;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "title_key" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "title_params" jsonb;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" text;--> statement-breakpoint
-- The rules that ship with Guanxi keep no name or title of their own while they are the built-in
-- ones: they are rendered in each reader's language (src/contact-rules/built-in-rules.ts).
UPDATE "contact_rules" SET "name" = NULL WHERE "system_key" IS NOT NULL AND "name" IN (
  '购买致谢 · Thank-you after a purchase', '满意度回访 · Satisfaction check 30 days after a purchase',
  '流失预警 · 90 days without a purchase', '挽回沉寂主顾 · Win back a client who became dormant');--> statement-breakpoint
UPDATE "contact_rules" SET "title_template" = NULL WHERE "system_key" IS NOT NULL AND "title_template" IN (
  '致谢 Thank {customer} for order {order}', '满意度回访 Satisfaction check: {customer} (order {order})',
  '流失预警 Churn risk: {customer}, {days} days without a purchase', '挽回 Win back {customer} (client now dormant)');
