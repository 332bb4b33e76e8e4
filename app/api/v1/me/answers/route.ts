import { getLocale } from 'next-intl/server';
import { jsonRoute } from '@/lib/server/next/json-route';
import { getMyAnswers } from '@/lib/server/me/my-answers';

export const GET = jsonRoute(async ({ viewer }) => {
  const responses = await getMyAnswers(viewer, await getLocale());
  return {
    responses: responses.map(({ pulseId, period, answers, comment }) => ({
      pulseId,
      period,
      answers: answers.map(({ itemId, line, score }) => ({ itemId, line, score })),
      comment,
    })),
  };
});
