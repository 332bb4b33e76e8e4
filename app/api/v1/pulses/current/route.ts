import { getLocale } from 'next-intl/server';
import { jsonRoute } from '@/lib/api/json-route';
import { getCurrentPulse } from '@/lib/dal/current-pulse';

export const GET = jsonRoute(async ({ db, viewer }) => getCurrentPulse(db, viewer, await getLocale()));
