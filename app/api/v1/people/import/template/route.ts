import { getLocale } from 'next-intl/server';
import { errorResponse } from '@/lib/server/next/json-route';
import { requireViewer } from '@/lib/server/access/session';
import { peopleImportTemplate } from '@/lib/domain/people-import/people-csv-format';

/**
 * GET /api/v1/people/import/template: a CSV file to start an import from, with the canonical
 * headers and example lines that match the demo organisation, separated as the interface
 * language's spreadsheets expect (semicolons in Dutch); the import reads either.
 */
export async function GET() {
  try {
    await requireViewer('org:manage');
    const csv = peopleImportTemplate((await getLocale()) === 'nl' ? ';' : ',');
    return new Response(`\uFEFF${csv}\r\n`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="verbinding-people-import.csv"',
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
