CREATE TABLE "response_line_sums" (
	"response_id" bigint PRIMARY KEY NOT NULL,
	"line1_sum" smallint NOT NULL,
	"line1_answers" smallint NOT NULL,
	"line2_sum" smallint NOT NULL,
	"line2_answers" smallint NOT NULL,
	"line3_sum" smallint NOT NULL,
	"line3_answers" smallint NOT NULL,
	"line4_sum" smallint NOT NULL,
	"line4_answers" smallint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "response_line_sums" ADD CONSTRAINT "response_line_sums_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The responses of pulses frozen before line sums were kept get theirs from their answers (as
-- lib/queries/publication/response-line-sums.ts writes them at a freeze), so that cells of those
-- periods not filled yet can still be filled.
insert into response_line_sums (response_id, line1_sum, line1_answers, line2_sum, line2_answers,
  line3_sum, line3_answers, line4_sum, line4_answers)
select r.id,
  coalesce(sum(a.score) filter (where si.line = 1), 0), count(a.score) filter (where si.line = 1),
  coalesce(sum(a.score) filter (where si.line = 2), 0), count(a.score) filter (where si.line = 2),
  coalesce(sum(a.score) filter (where si.line = 3), 0), count(a.score) filter (where si.line = 3),
  coalesce(sum(a.score) filter (where si.line = 4), 0), count(a.score) filter (where si.line = 4)
from responses r
join published_pulses pp on pp.pulse_id = r.pulse_id
left join answers a on a.response_id = r.id
left join survey_items si on si.id = a.item_id
group by r.id;
