ALTER TABLE "responses" ADD COLUMN "line1_sum" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "line1_answers" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "line2_sum" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "line2_answers" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "line3_sum" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "line3_answers" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "line4_sum" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "line4_answers" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE FUNCTION "sum_response_lines"("ids" bigint[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "responses" r SET
    "line1_sum" = s.line1_sum, "line1_answers" = s.line1_answers, "line2_sum" = s.line2_sum, "line2_answers" = s.line2_answers,
    "line3_sum" = s.line3_sum, "line3_answers" = s.line3_answers, "line4_sum" = s.line4_sum, "line4_answers" = s.line4_answers
  FROM (
    SELECT c.id,
      coalesce(sum(a.score) FILTER (WHERE si.line = 1), 0) AS line1_sum, count(a.score) FILTER (WHERE si.line = 1) AS line1_answers,
      coalesce(sum(a.score) FILTER (WHERE si.line = 2), 0) AS line2_sum, count(a.score) FILTER (WHERE si.line = 2) AS line2_answers,
      coalesce(sum(a.score) FILTER (WHERE si.line = 3), 0) AS line3_sum, count(a.score) FILTER (WHERE si.line = 3) AS line3_answers,
      coalesce(sum(a.score) FILTER (WHERE si.line = 4), 0) AS line4_sum, count(a.score) FILTER (WHERE si.line = 4) AS line4_answers
    FROM (SELECT DISTINCT id FROM unnest(ids) AS u(id) WHERE EXISTS (SELECT 1 FROM "responses" WHERE "responses"."id" = u.id)) c
    LEFT JOIN "answers" a ON a.response_id = c.id
    LEFT JOIN "survey_items" si ON si.id = a.item_id
    GROUP BY c.id) s
  WHERE r.id = s.id
$$;--> statement-breakpoint
-- Statement triggers: one update per statement that changes answers, whatever their number.
CREATE FUNCTION "answers_changed_sum_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM sum_response_lines(array(SELECT response_id FROM new_answers));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM sum_response_lines(array(SELECT response_id FROM old_answers));
  ELSE
    PERFORM sum_response_lines(array(SELECT response_id FROM new_answers UNION ALL SELECT response_id FROM old_answers));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "answers_inserted_sum_lines" AFTER INSERT ON "answers" REFERENCING NEW TABLE AS new_answers
  FOR EACH STATEMENT EXECUTE FUNCTION answers_changed_sum_lines();--> statement-breakpoint
CREATE TRIGGER "answers_deleted_sum_lines" AFTER DELETE ON "answers" REFERENCING OLD TABLE AS old_answers
  FOR EACH STATEMENT EXECUTE FUNCTION answers_changed_sum_lines();--> statement-breakpoint
CREATE TRIGGER "answers_updated_sum_lines" AFTER UPDATE ON "answers" REFERENCING OLD TABLE AS old_answers NEW TABLE AS new_answers
  FOR EACH STATEMENT EXECUTE FUNCTION answers_changed_sum_lines();--> statement-breakpoint
SELECT sum_response_lines(array(SELECT id FROM "responses"));
