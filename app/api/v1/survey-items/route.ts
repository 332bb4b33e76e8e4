import { jsonRoute } from '@/lib/server/next/json-route';
import { listQuestionBank } from '@/lib/server/pulses/question-bank';

/** GET /api/v1/survey-items — the question bank with how often each question was asked, for HR. */
export const GET = jsonRoute(async ({ viewer }) => ({ items: await listQuestionBank(viewer) }));
