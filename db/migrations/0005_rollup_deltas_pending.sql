CREATE TABLE "rollup_deltas_pending" (
	"team_pulse" json NOT NULL,
	"unit_period" json NOT NULL,
	"unit_period_line" json NOT NULL
);
--> statement-breakpoint
-- Deltas still pending in the three tables this one replaces move over as one change, so none is lost.
INSERT INTO "rollup_deltas_pending" ("team_pulse", "unit_period", "unit_period_line")
SELECT
	(SELECT coalesce(json_agg(p), '[]') FROM "rollup_team_pulse_pending" p),
	(SELECT coalesce(json_agg(p), '[]') FROM "rollup_unit_period_pending" p),
	(SELECT coalesce(json_agg(p), '[]') FROM "rollup_unit_period_line_pending" p)
WHERE EXISTS (SELECT FROM "rollup_team_pulse_pending") OR EXISTS (SELECT FROM "rollup_unit_period_pending") OR EXISTS (SELECT FROM "rollup_unit_period_line_pending");--> statement-breakpoint
DROP TABLE "rollup_team_pulse_pending" CASCADE;--> statement-breakpoint
DROP TABLE "rollup_unit_period_line_pending" CASCADE;--> statement-breakpoint
DROP TABLE "rollup_unit_period_pending" CASCADE;