DROP TABLE "rollup_unit_period" CASCADE;--> statement-breakpoint
DROP TABLE "rollup_unit_period_line" CASCADE;--> statement-breakpoint
ALTER TABLE "rollup_deltas_pending" DROP COLUMN "unit_period";--> statement-breakpoint
ALTER TABLE "rollup_deltas_pending" DROP COLUMN "unit_period_line";