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
ALTER TABLE "published_periods" ADD COLUMN "questions_decided" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "published_atom_items" ADD CONSTRAINT "published_atom_items_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "published_cell_items_period_idx" ON "published_cell_items" USING btree ("period_kind","period_label");