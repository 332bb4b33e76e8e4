import 'server-only';
import { getLocale } from 'next-intl/server';
import type { ExportFile } from '@/lib/domain/exports/export-request';
import { type AppLocale, DEFAULT_LOCALE, isLocale } from '@/lib/domain/i18n/locales';
import { queryOf } from '@/lib/domain/reports/report-query-schemas';
import type { Permission } from '@/lib/domain/permissions';
import { requireViewer } from '@/lib/server/access/session';
import type { Viewer } from '@/lib/server/access/viewer';
import { errorResponse } from './json-route';

interface FileRouteContext<Params> {
  viewer: Viewer;
  /** The reader's interface language: the file's words, dates and CSV dialect. */
  locale: AppLocale;
  query: Record<string, string>;
  params: Params;
}

/**
 * A signed-in download: resolves the viewer (with `permission` when given), builds the file and sends
 * it as an attachment that no cache keeps; every failure is the JSON error of the API.
 */
export function fileRoute<Params = Record<string, never>>(
  build: (context: FileRouteContext<Params>) => Promise<ExportFile>,
  permission?: Permission,
) {
  return async (request: Request, segment: { params: Promise<Params> }) => {
    try {
      const viewer = await requireViewer(permission);
      const chosen = await getLocale();
      const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
      const file = await build({ viewer, locale, query: queryOf(request), params: await segment.params });
      return new Response(file.body as BodyInit, {
        headers: {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${file.filename}"`,
          'cache-control': 'private, no-store',
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
