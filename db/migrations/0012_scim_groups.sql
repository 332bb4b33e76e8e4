ALTER TABLE "teams" ADD COLUMN "scim_display_name" text;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "scim_deleted_at" timestamp with time zone;