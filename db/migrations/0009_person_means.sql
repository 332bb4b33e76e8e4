ALTER TABLE "published_cells" ADD COLUMN "person_means" double precision[];--> statement-breakpoint
ALTER TABLE "published_cells" ADD COLUMN "overlap" double precision[];--> statement-breakpoint
CREATE INDEX "published_cells_unfilled_idx" ON "published_cells" USING btree ("period_kind","period_label") WHERE "published_cells"."status" = 'shown' and "published_cells"."person_means" is null;