import { z } from 'zod';
import { errorResponse } from '@/lib/server/next/json-route';
import { jsonResponse } from '@/lib/server/next/json-response';
import { assertSameSiteRequest } from '@/lib/server/next/same-site-request';
import { applyPeopleImport, previewPeopleImport } from '@/lib/server/people/people-import';
import { requireViewer } from '@/lib/server/access/session';
import { importAuditSummary } from '@/lib/domain/people-import/import-audit-summary';
import { peopleFileOf } from '@/lib/domain/people-import/parse-people-file';
import { MAX_IMPORT_CHARACTERS, XLSX_CONTENT_TYPE } from '@/lib/domain/people-import/people-import-form';
import { AppError } from '@/lib/domain/errors';

const importQuerySchema = z.object({
  mode: z.enum(['dry-run', 'apply']).default('dry-run'),
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

/**
 * POST /api/v1/people/import?mode=dry-run|apply[&digest=] with the file as the body: CSV (text/csv)
 * or an XLSX workbook (its own content type; a ZIP archive is read as one whatever it claims). A
 * dry run answers 200 with the changes of the valid rows, every row error, the warnings and its
 * digest; applying takes that digest, and a file with errors answers 422 with them and changes nothing.
 */
export async function POST(request: Request) {
  try {
    assertSameSiteRequest(request, ['text/csv', XLSX_CONTENT_TYPE]);
    const viewer = await requireViewer('org:manage');
    const query = importQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length === 0)
      throw new AppError('invalid_input', 'Send the file as the request body. Nothing was changed.');
    if (bytes.length > MAX_IMPORT_CHARACTERS)
      throw new AppError('invalid_input', 'The file is too large; split it up. Nothing was changed.');
    const file = peopleFileOf(bytes, request.headers.get('content-type')?.split(';')[0]?.trim() ?? null);
    const result =
      query.mode === 'apply'
        ? await applyPeopleImport(viewer, file, query.digest ?? null)
        : await previewPeopleImport(viewer, file);
    if (query.mode === 'apply' && !result.applied) {
      return jsonResponse(
        {
          error: {
            code: 'invalid_input',
            message: 'Some rows are invalid; nothing was applied.',
            rows: result.plan.errors,
          },
        },
        { status: 422 },
      );
    }
    const body = {
      applied: result.applied,
      digest: result.digest,
      errors: result.plan.errors,
      warnings: result.plan.warnings,
      changes: importAuditSummary(result.plan),
    };
    return jsonResponse(body, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
