import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db';
import type { AnonymityThresholds } from '@/lib/domain/anonymity/thresholds';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';

/**
 * The organisation's anonymity thresholds: no one's data, shown on any signed-in page. Read from the
 * primary, once per request: a change made through any server is in force on the very next request,
 * which a lagging replica would not promise.
 */
export const getAnonymityThresholds = cache(async (): Promise<AnonymityThresholds> =>
  loadAnonymityThresholds(await getDb()),
);
