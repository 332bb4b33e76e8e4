CREATE TYPE "public"."conversation_recipient" AS ENUM('author', 'leaders');--> statement-breakpoint
CREATE TYPE "public"."reply_side" AS ENUM('leader', 'author');--> statement-breakpoint
CREATE TYPE "public"."alert_kind" AS ENUM('published', 'drop', 'comments', 'conversation');--> statement-breakpoint
CREATE TABLE "published_atom_items" (
	"pulse_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"score_counts" integer[] NOT NULL,
	CONSTRAINT "published_atom_items_pulse_id_team_id_item_id_pk" PRIMARY KEY("pulse_id","team_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "published_cell_items" (
	"unit" text NOT NULL,
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"item_id" integer NOT NULL,
	"score_counts" integer[] NOT NULL,
	"pulses" integer NOT NULL,
	"partial" boolean NOT NULL,
	CONSTRAINT "published_cell_items_unit_period_kind_period_label_item_id_pk" PRIMARY KEY("unit","period_kind","period_label","item_id")
);
--> statement-breakpoint
CREATE TABLE "comment_replies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "comment_replies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"comment_id" bigint NOT NULL,
	"side" "reply_side" NOT NULL,
	"leader_id" integer,
	"body" text NOT NULL,
	"written_on" date NOT NULL,
	CONSTRAINT "comment_replies_body_length" CHECK (char_length("comment_replies"."body") between 1 and 2000),
	CONSTRAINT "comment_replies_author_unnamed" CHECK ("comment_replies"."side" = 'leader' or "comment_replies"."leader_id" is null)
);
--> statement-breakpoint
CREATE TABLE "conversation_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversation_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"comment_id" bigint NOT NULL,
	"recipient" "conversation_recipient" NOT NULL,
	"due_on" date NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "comments" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "line" smallint;--> statement-breakpoint
ALTER TABLE "published_periods" ADD COLUMN "questions_decided" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "published_atom_items" ADD CONSTRAINT "published_atom_items_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_replies" ADD CONSTRAINT "comment_replies_comment_id_comments_response_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("response_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_replies" ADD CONSTRAINT "comment_replies_leader_id_people_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_outbox" ADD CONSTRAINT "conversation_outbox_comment_id_comments_response_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("response_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_preferences" ADD CONSTRAINT "alert_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "published_cell_items_period_idx" ON "published_cell_items" USING btree ("period_kind","period_label");--> statement-breakpoint
CREATE INDEX "comment_replies_comment_idx" ON "comment_replies" USING btree ("comment_id","id");--> statement-breakpoint
CREATE INDEX "comment_replies_leader_idx" ON "comment_replies" USING btree ("leader_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_outbox_comment_recipient_unique" ON "conversation_outbox" USING btree ("comment_id","recipient");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_person_key_unique" ON "alerts" USING btree ("person_id","key");--> statement-breakpoint
CREATE INDEX "alerts_unread_idx" ON "alerts" USING btree ("person_id") WHERE "alerts"."read_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_unmailed_idx" ON "alerts" USING btree ("person_id") WHERE "alerts"."mailed_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_person_created_idx" ON "alerts" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_public_id_unique" ON "comments" USING btree ("public_id");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_line_range" CHECK ("comments"."line" between 1 and 4);--> statement-breakpoint
-- Alerts: the months published before alerts existed are not news; mark them looked at,
-- so that the first run of the alert step after the upgrade alerts only what is published from then on.
insert into alerted_periods (period_kind, period_label)
select period_kind, period_label from published_periods where period_kind = 'month'
on conflict do nothing;
