import { fileRoute } from '@/lib/server/next/file-route';
import { heatmapFile } from '@/lib/server/reports/export-files';

/** One heatmap view as the page shows it (the same query), as a CSV in the reader’s language and dialect, or the data layout: HR any, a head their departments; recorded in the audit log. */
export const GET = fileRoute(({ viewer, locale, query }) => heatmapFile(viewer, 'csv', locale, query));
