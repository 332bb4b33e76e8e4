import 'server-only';
import { cache } from 'react';
import type { Database } from '@/db/client';
import { loadReportBase } from '@/lib/queries/reports/report-base';
import { getAnonymityThresholds } from './anonymity-thresholds';

/**
 * What every report reads (structure, thresholds, pulses, published periods), read once per request
 * however many reports a page shows; the thresholds are the primary's, however far the read
 * database trails it.
 */
export const requestReportBase = cache(async (db: Database) => {
  const [base, thresholds] = await Promise.all([loadReportBase(db), getAnonymityThresholds()]);
  return { ...base, thresholds };
});
