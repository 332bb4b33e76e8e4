CREATE TYPE "public"."locale" AS ENUM('nl', 'en');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('employee', 'leader', 'hr', 'admin');--> statement-breakpoint
CREATE TYPE "public"."period_kind" AS ENUM('week', 'month', 'quarter');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"actor_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_heads" (
	"department_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "department_heads_department_id_person_id_pk" PRIMARY KEY("department_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "departments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_not_own_parent" CHECK ("departments"."parent_id" is distinct from "departments"."id")
);
--> statement-breakpoint
CREATE TABLE "team_leaders" (
	"team_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "team_leaders_team_id_person_id_pk" PRIMARY KEY("team_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "team_memberships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "team_memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "team_memberships_valid_range" CHECK ("team_memberships"."valid_to" is null or "team_memberships"."valid_to" > "team_memberships"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "teams_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"department_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"locale" "locale" DEFAULT 'nl' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deactivated_at" timestamp with time zone,
	CONSTRAINT "people_email_shape" CHECK ("people"."email" like '%_@_%')
);
--> statement-breakpoint
CREATE TABLE "person_roles" (
	"person_id" integer NOT NULL,
	"role" "role" NOT NULL,
	CONSTRAINT "person_roles_person_id_role_pk" PRIMARY KEY("person_id","role")
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"response_id" bigint NOT NULL,
	"item_id" integer NOT NULL,
	"score" smallint NOT NULL,
	CONSTRAINT "answers_response_id_item_id_pk" PRIMARY KEY("response_id","item_id"),
	CONSTRAINT "answers_score_range" CHECK ("answers"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"response_id" bigint PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_body_length" CHECK (char_length("comments"."body") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "pulse_items" (
	"pulse_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "pulse_items_pulse_id_item_id_pk" PRIMARY KEY("pulse_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "pulses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pulses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"week_label" text NOT NULL,
	"month_label" text NOT NULL,
	"quarter_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulses_window" CHECK ("pulses"."closes_at" > "pulses"."opens_at"),
	CONSTRAINT "pulses_week_label" CHECK ("pulses"."week_label" ~ '^[0-9]{4}-W[0-9]{2}$'),
	CONSTRAINT "pulses_month_label" CHECK ("pulses"."month_label" ~ '^[0-9]{4}-[0-9]{2}$'),
	CONSTRAINT "pulses_quarter_label" CHECK ("pulses"."quarter_label" ~ '^[0-9]{4}-Q[1-4]$')
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"pulse_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"line" smallint NOT NULL,
	"text_nl" text NOT NULL,
	"text_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "survey_items_line_range" CHECK ("survey_items"."line" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "rollup_team_pulse" (
	"team_id" integer NOT NULL,
	"pulse_id" integer NOT NULL,
	"respondents" integer NOT NULL,
	CONSTRAINT "rollup_team_pulse_team_id_pulse_id_pk" PRIMARY KEY("team_id","pulse_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_unit_period" (
	"unit" text NOT NULL,
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"respondents" integer NOT NULL,
	CONSTRAINT "rollup_unit_period_unit_period_kind_period_label_pk" PRIMARY KEY("unit","period_kind","period_label")
);
--> statement-breakpoint
CREATE TABLE "rollup_unit_period_line" (
	"unit" text NOT NULL,
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"line" smallint NOT NULL,
	"score1" integer NOT NULL,
	"score2" integer NOT NULL,
	"score3" integer NOT NULL,
	"score4" integer NOT NULL,
	"score5" integer NOT NULL,
	CONSTRAINT "rollup_unit_period_line_unit_period_kind_period_label_line_pk" PRIMARY KEY("unit","period_kind","period_label","line"),
	CONSTRAINT "rollup_unit_period_line_line" CHECK ("rollup_unit_period_line"."line" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_heads" ADD CONSTRAINT "department_heads_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_heads" ADD CONSTRAINT "department_heads_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_leaders" ADD CONSTRAINT "team_leaders_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_leaders" ADD CONSTRAINT "team_leaders_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_roles" ADD CONSTRAINT "person_roles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_item_id_survey_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."survey_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_items" ADD CONSTRAINT "pulse_items_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_items" ADD CONSTRAINT "pulse_items_item_id_survey_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."survey_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_team_pulse" ADD CONSTRAINT "rollup_team_pulse_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_team_pulse" ADD CONSTRAINT "rollup_team_pulse_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "department_heads_person_idx" ON "department_heads" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "team_leaders_person_idx" ON "team_leaders" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_memberships_one_open_per_person" ON "team_memberships" USING btree ("person_id") WHERE "team_memberships"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "team_memberships_person_idx" ON "team_memberships" USING btree ("person_id","valid_from");--> statement-breakpoint
CREATE INDEX "team_memberships_team_idx" ON "team_memberships" USING btree ("team_id","valid_from");--> statement-breakpoint
CREATE INDEX "teams_department_idx" ON "teams" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_department_name_unique" ON "teams" USING btree ("department_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_unique" ON "people" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "answers_item_idx" ON "answers" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_items_position_unique" ON "pulse_items" USING btree ("pulse_id","position");--> statement-breakpoint
CREATE INDEX "pulse_items_item_idx" ON "pulse_items" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pulses_opens_at_unique" ON "pulses" USING btree ("opens_at");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_pulse_person_unique" ON "responses" USING btree ("pulse_id","person_id");--> statement-breakpoint
CREATE INDEX "responses_team_pulse_idx" ON "responses" USING btree ("team_id","pulse_id");--> statement-breakpoint
CREATE INDEX "responses_person_idx" ON "responses" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_items_text_nl_unique" ON "survey_items" USING btree ("text_nl");--> statement-breakpoint
CREATE INDEX "rollup_team_pulse_pulse_idx" ON "rollup_team_pulse" USING btree ("pulse_id");--> statement-breakpoint
CREATE INDEX "rollup_unit_period_period_idx" ON "rollup_unit_period" USING btree ("period_kind","period_label");--> statement-breakpoint
CREATE INDEX "rollup_unit_period_line_period_idx" ON "rollup_unit_period_line" USING btree ("period_kind","period_label");