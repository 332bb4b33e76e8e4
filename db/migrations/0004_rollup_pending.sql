CREATE TABLE "rollup_team_pulse_pending" (
	"team_id" integer NOT NULL,
	"pulse_id" integer NOT NULL,
	"respondents" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_unit_period_line_pending" (
	"unit" text NOT NULL,
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"line" smallint NOT NULL,
	"score1" integer NOT NULL,
	"score2" integer NOT NULL,
	"score3" integer NOT NULL,
	"score4" integer NOT NULL,
	"score5" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_unit_period_pending" (
	"unit" text NOT NULL,
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"respondents" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rollup_team_pulse_pending" ADD CONSTRAINT "rollup_team_pulse_pending_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_team_pulse_pending" ADD CONSTRAINT "rollup_team_pulse_pending_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rollup_team_pulse_pending_team_idx" ON "rollup_team_pulse_pending" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "rollup_team_pulse_pending_pulse_idx" ON "rollup_team_pulse_pending" USING btree ("pulse_id");