import { getLocale } from 'next-intl/server';
import { jsonRoute } from '@/lib/server/next/json-route';
import { getCurrentPulse } from '@/lib/server/survey/current-pulse';

export const GET = jsonRoute(async ({ viewer }) => getCurrentPulse(viewer, await getLocale()));
