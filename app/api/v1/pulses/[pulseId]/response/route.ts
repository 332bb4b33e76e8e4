import { sessionJsonRoute } from '@/lib/server/next/json-route';
import { submitResponse } from '@/lib/server/survey/submit-response';
import { AppError } from '@/lib/domain/errors';
import { responseSubmissionSchema } from '@/lib/domain/responses/response-submission-schema';
import { MAX_DATABASE_ID, databaseIdText } from '@/lib/domain/validation/database-id';

const pulseIdSchema = databaseIdText(
  `The pulse id must be a whole number from 1 to ${MAX_DATABASE_ID}: there is no such pulse.`,
);

export const PUT = sessionJsonRoute<{ pulseId: string }>(async ({ session, request, params }) => {
  const pulseId = pulseIdSchema.parse(params.pulseId);
  const body: unknown = await request.json().catch(() => {
    throw new AppError(
      'invalid_input',
      'The request body must be JSON: { "answers": [{ "itemId", "score" }], "comment"? }.',
    );
  });
  return submitResponse(session, pulseId, responseSubmissionSchema.parse(body));
});
