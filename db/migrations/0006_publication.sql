CREATE TABLE "published_atoms" (
	"pulse_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	"units" text[] NOT NULL,
	"respondents" integer NOT NULL,
	"invited" integer NOT NULL,
	"score_counts" integer[] NOT NULL,
	CONSTRAINT "published_atoms_pulse_id_team_id_pk" PRIMARY KEY("pulse_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "published_cell_atoms" (
	"unit" text NOT NULL,
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"pulse_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	CONSTRAINT "published_cell_atoms_unit_period_kind_period_label_pulse_id_team_id_pk" PRIMARY KEY("unit","period_kind","period_label","pulse_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "published_cells" (
	"unit" text NOT NULL,
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"status" text NOT NULL,
	"respondents" integer,
	"responses" integer,
	"invited" integer,
	"held_back" boolean DEFAULT false NOT NULL,
	"comments" boolean DEFAULT false NOT NULL,
	"score_counts" integer[],
	CONSTRAINT "published_cells_unit_period_kind_period_label_pk" PRIMARY KEY("unit","period_kind","period_label"),
	CONSTRAINT "published_cells_status" CHECK ("published_cells"."status" in ('shown', 'too-few', 'protecting'))
);
--> statement-breakpoint
CREATE TABLE "published_periods" (
	"period_kind" "period_kind" NOT NULL,
	"period_label" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "published_periods_period_kind_period_label_pk" PRIMARY KEY("period_kind","period_label")
);
--> statement-breakpoint
CREATE TABLE "published_pulses" (
	"pulse_id" integer PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"min_group_size" integer NOT NULL,
	"comment_min_group_size" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "published_atoms" ADD CONSTRAINT "published_atoms_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_pulses" ADD CONSTRAINT "published_pulses_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "published_cell_atoms_atom_idx" ON "published_cell_atoms" USING btree ("pulse_id","team_id");--> statement-breakpoint
CREATE INDEX "published_cells_period_idx" ON "published_cells" USING btree ("period_kind","period_label");