import 'server-only';
import { getDb, getReadDb } from '@/db';
import type { AnonymityThresholds } from '@/lib/domain/anonymity/thresholds';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import { requestReportBase } from './request-report-base';

/** The organisation's anonymity thresholds: no one's data, shown on any signed-in page. */
export async function getAnonymityThresholds(): Promise<AnonymityThresholds> {
  return loadAnonymityThresholds(await getDb());
}

/** The thresholds as the request's reports read them: from the report base they share, on the read database. */
export async function getReportThresholds(): Promise<AnonymityThresholds> {
  return (await requestReportBase(await getReadDb())).thresholds;
}
