CREATE TYPE "public"."chat_channel" AS ENUM('teams', 'slack');--> statement-breakpoint
CREATE TYPE "public"."chat_delivery_status" AS ENUM('waiting', 'delivered', 'failed');--> statement-breakpoint
CREATE TYPE "public"."chat_message_kind" AS ENUM('invitation', 'reminder', 'alerts');--> statement-breakpoint
CREATE TABLE "chat_deliveries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chat_deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"channel" "chat_channel" NOT NULL,
	"person_id" integer NOT NULL,
	"kind" "chat_message_kind" NOT NULL,
	"pulse_id" integer,
	"key" text NOT NULL,
	"message" jsonb NOT NULL,
	"status" "chat_delivery_status" DEFAULT 'waiting' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "chat_deliveries" ADD CONSTRAINT "chat_deliveries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_deliveries" ADD CONSTRAINT "chat_deliveries_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chat_deliveries_once_unique" ON "chat_deliveries" USING btree ("channel","person_id","key");--> statement-breakpoint
CREATE INDEX "chat_deliveries_due_idx" ON "chat_deliveries" USING btree ("channel","next_attempt_at") WHERE "chat_deliveries"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "chat_deliveries_pulse_idx" ON "chat_deliveries" USING btree ("pulse_id");--> statement-breakpoint
CREATE INDEX "chat_deliveries_person_idx" ON "chat_deliveries" USING btree ("person_id");