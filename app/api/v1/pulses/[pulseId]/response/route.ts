import { z } from 'zod';
import { jsonRoute } from '@/lib/api/json-route';
import { submitResponse } from '@/lib/dal/submit-response';
import { AppError } from '@/lib/errors';
import { responseSubmissionSchema } from '@/lib/responses/response-submission-schema';

const pulseIdSchema = z.coerce.number({ message: 'The pulse id must be a number.' }).int().positive('The pulse id must be a positive number.');

export const PUT = jsonRoute<{ pulseId: string }>(async ({ db, viewer, request, params }) => {
  const pulseId = pulseIdSchema.parse(params.pulseId);
  const body: unknown = await request.json().catch(() => {
    throw new AppError('invalid_input', 'The request body must be JSON: { "answers": [{ "itemId", "score" }], "comment"? }.');
  });
  return submitResponse(db, viewer, pulseId, responseSubmissionSchema.parse(body));
});
