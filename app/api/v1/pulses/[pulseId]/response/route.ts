import { z } from 'zod';
import { sessionJsonRoute } from '@/lib/api/json-route';
import { submitResponse } from '@/lib/dal/submit-response';
import { AppError } from '@/lib/errors';
import { responseSubmissionSchema } from '@/lib/responses/response-submission-schema';

const pulseIdSchema = z.coerce.number({ message: 'The pulse id must be a number.' }).int().positive('The pulse id must be a positive number.');

export const PUT = sessionJsonRoute<{ pulseId: string }>(async ({ db, session, request, params }) => {
  const pulseId = pulseIdSchema.parse(params.pulseId);
  const body: unknown = await request.json().catch(() => {
    throw new AppError('invalid_input', 'The request body must be JSON: { "answers": [{ "itemId", "score" }], "comment"? }.');
  });
  return submitResponse(db, session, pulseId, responseSubmissionSchema.parse(body));
});
