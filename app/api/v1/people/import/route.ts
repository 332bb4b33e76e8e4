import { z } from 'zod';
import { errorResponse } from '@/lib/server/next/json-route';
import { jsonResponse } from '@/lib/server/next/json-response';
import { assertSameSiteRequest } from '@/lib/server/next/same-site-request';
import { applyPeopleImport, previewPeopleImport } from '@/lib/server/people/people-import';
import { requireViewer } from '@/lib/server/access/session';
import { importAuditSummary } from '@/lib/domain/people-import/import-audit-summary';
import { peopleImportSchema } from '@/lib/domain/people-import/people-import-form';

const importQuerySchema = z.object({
  mode: z.enum(['dry-run', 'apply']).default('dry-run'),
  digest: z.string().optional(),
});

/**
 * POST /api/v1/people/import?mode=dry-run|apply[&digest=] with the CSV as the body (text/csv).
 * A dry run answers 200 with the changes, any row errors and its digest; applying takes that
 * digest, and a file with errors answers 422 with those errors and changes nothing.
 */
export async function POST(request: Request) {
  try {
    assertSameSiteRequest(request, 'text/csv');
    const viewer = await requireViewer('org:manage');
    const query = importQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const input = peopleImportSchema.parse({
      csv: await request.text(),
      mode: query.mode,
      digest: query.digest ?? null,
    });
    const result =
      input.mode === 'apply'
        ? await applyPeopleImport(viewer, input.csv, input.digest)
        : await previewPeopleImport(viewer, input.csv);
    const body = {
      applied: result.applied,
      digest: result.digest,
      errors: result.plan.errors,
      changes: importAuditSummary(result.plan),
    };
    if (input.mode === 'apply' && !result.applied) {
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
    return jsonResponse(body, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
