import { fileRoute } from '@/lib/server/next/file-route';
import { heatmapFile } from '@/lib/server/reports/export-files';

/** One heatmap view as the page shows it (the same query), as a workbook: HR any, a head their departments; recorded in the audit log. */
export const GET = fileRoute(({ viewer, locale, query }) => heatmapFile(viewer, 'xlsx', locale, query));
