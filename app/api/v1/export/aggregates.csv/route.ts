import { fileRoute } from '@/lib/server/next/file-route';
import { aggregatesFile } from '@/lib/server/reports/export-files';

/** Every aggregate, for HR: a CSV in the reader’s language and dialect, or the data layout; recorded in the audit log. */
export const GET = fileRoute(({ viewer, locale, query }) => aggregatesFile(viewer, 'csv', locale, query), 'org:view');
