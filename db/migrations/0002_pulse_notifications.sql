CREATE TYPE "public"."notification_kind" AS ENUM('invitation', 'reminder');--> statement-breakpoint
CREATE TABLE "pulse_notifications" (
	"pulse_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_notifications_pulse_id_person_id_kind_pk" PRIMARY KEY("pulse_id","person_id","kind")
);
--> statement-breakpoint
ALTER TABLE "pulse_notifications" ADD CONSTRAINT "pulse_notifications_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_notifications" ADD CONSTRAINT "pulse_notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pulse_notifications_person_idx" ON "pulse_notifications" USING btree ("person_id");