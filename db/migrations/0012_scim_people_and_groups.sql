ALTER TABLE "teams" ADD COLUMN "scim_display_name" text;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "scim_deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "given_name" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "family_name" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "preferred_language" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "manager_id" integer;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "scim_deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;