import { z } from 'zod';

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const DEFAULT_COMMENT_MIN_GROUP_SIZE = 10;
/** Below three, a shown average and one's own answer would reveal the others' too easily. */
export const LOWEST_MIN_GROUP_SIZE = 3;

export const anonymityThresholdsSchema = z
  .object({
    minGroupSize: z
      .number()
      .int()
      .min(LOWEST_MIN_GROUP_SIZE, `The minimum group size cannot be below ${LOWEST_MIN_GROUP_SIZE}.`)
      .max(1000),
    commentMinGroupSize: z.number().int().max(1000),
  })
  .refine((value) => value.commentMinGroupSize >= value.minGroupSize, {
    message: 'The comment threshold cannot be below the minimum group size.',
    path: ['commentMinGroupSize'],
  });

export type AnonymityThresholds = z.infer<typeof anonymityThresholdsSchema>;

export const DEFAULT_THRESHOLDS: AnonymityThresholds = {
  minGroupSize: DEFAULT_MIN_GROUP_SIZE,
  commentMinGroupSize: DEFAULT_COMMENT_MIN_GROUP_SIZE,
};
