CREATE TYPE "public"."alert_kind" AS ENUM('published', 'drop', 'comments', 'conversation');--> statement-breakpoint
CREATE TABLE "alert_preferences" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"kinds" "alert_kind"[] NOT NULL,
	"email" boolean NOT NULL,
	"in_app" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerted_periods" (
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"alerted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerted_periods_period_kind_period_label_pk" PRIMARY KEY("period_kind","period_label")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alerts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"kind" "alert_kind" NOT NULL,
	"team_id" integer NOT NULL,
	"period" text,
	"line" smallint,
	"link" text NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "alert_preferences" ADD CONSTRAINT "alert_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_person_key_unique" ON "alerts" USING btree ("person_id","key");--> statement-breakpoint
CREATE INDEX "alerts_unread_idx" ON "alerts" USING btree ("person_id") WHERE "alerts"."read_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_unmailed_idx" ON "alerts" USING btree ("person_id") WHERE "alerts"."mailed_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_person_created_idx" ON "alerts" USING btree ("person_id","created_at");