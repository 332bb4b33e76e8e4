CREATE TABLE "leader_actions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "leader_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"team_id" integer NOT NULL,
	"line" smallint NOT NULL,
	"what" text NOT NULL,
	"owner" text NOT NULL,
	"due_date" date,
	"done" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leader_actions_line" CHECK ("leader_actions"."line" between 1 and 4),
	CONSTRAINT "leader_actions_what" CHECK (char_length("leader_actions"."what") between 1 and 500),
	CONSTRAINT "leader_actions_owner" CHECK (char_length("leader_actions"."owner") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "leader_actions" ADD CONSTRAINT "leader_actions_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leader_actions" ADD CONSTRAINT "leader_actions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leader_actions_team_idx" ON "leader_actions" USING btree ("team_id","created_at");