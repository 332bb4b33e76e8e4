import 'server-only';
import { cache } from 'react';
import type { Database } from '@/db/client';
import { loadReportBase } from '@/lib/queries/reports/report-base';

/** What every report reads (structure, thresholds, pulses, published periods), read once per request however many reports a page shows. */
export const requestReportBase = cache((db: Database) => loadReportBase(db));
