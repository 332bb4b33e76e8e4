import { fileRoute } from '@/lib/server/next/file-route';
import { aggregatesFile } from '@/lib/server/reports/export-files';

/** Every aggregate, for HR: a workbook with a sheet per kind of period; recorded in the audit log. */
export const GET = fileRoute(({ viewer, locale, query }) => aggregatesFile(viewer, 'xlsx', locale, query), 'org:view');
