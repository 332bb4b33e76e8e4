import 'server-only';
import { getDb } from '@/db';
import type { AnonymityThresholds } from '@/lib/domain/anonymity/thresholds';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';

/** The anonymity thresholds in force: the organisation's, or the defaults. Everyone may know them. */
export async function getAnonymityThresholds(): Promise<AnonymityThresholds> {
  return loadAnonymityThresholds(await getDb());
}
