import 'server-only';
import { csvDialectOf } from '@/lib/domain/csv/csv-dialect';
import { exportTableCsv, joinTables } from '@/lib/domain/exports/export-table';
import { aggregatesTables } from '@/lib/domain/exports/aggregates-tables';
import { heatmapViewTable } from '@/lib/domain/exports/heatmap-view-table';
import { CONTENT_TYPES, type ExportFile, exportRequestSchema } from '@/lib/domain/exports/export-request';
import { exportWords } from '@/lib/domain/exports/export-words';
import { xlsxWorkbook } from '@/lib/domain/exports/xlsx-workbook';
import { heatmapViewOptionsSchema } from '@/lib/domain/heatmap-views/heatmap-view-options';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import { loadMessages } from '@/lib/domain/i18n/messages';
import { aggregatesCsv } from '@/lib/domain/reports/aggregates-export';
import { heatmapQuerySchema } from '@/lib/domain/reports/report-query-schemas';
import type { Viewer } from '@/lib/server/access/viewer';
import { exportHeatmapView } from './heatmap-export';
import { readAggregateRows } from './reports';

type SheetFormat = 'csv' | 'xlsx';
const today = () => new Date().toISOString().slice(0, 10);

/** Every aggregate, for HR: a CSV in the reader's language and dialect (or the data layout), or a workbook with a sheet per kind of period. */
export async function aggregatesFile(
  viewer: Viewer,
  format: SheetFormat,
  locale: AppLocale,
  query: Record<string, string>,
): Promise<ExportFile> {
  const request = exportRequestSchema.parse(query);
  const dialect = csvDialectOf(locale, request);
  const rows = await readAggregateRows(viewer, format);
  const filename = `verbinding-aggregates-${today()}.${format}`;
  if (format === 'csv' && request.layout === 'data')
    return { body: aggregatesCsv(rows), contentType: CONTENT_TYPES.csv, filename };
  const tables = aggregatesTables(rows, exportWords(await loadMessages(locale)));
  return format === 'xlsx'
    ? { body: await xlsxWorkbook(tables), contentType: CONTENT_TYPES.xlsx, filename }
    : { body: exportTableCsv(joinTables('', tables), dialect), contentType: CONTENT_TYPES.csv, filename };
}

/** One heatmap view as the page shows it (the same query), for whoever may see that heatmap. */
export async function heatmapFile(
  viewer: Viewer,
  format: SheetFormat,
  locale: AppLocale,
  query: Record<string, string>,
): Promise<ExportFile> {
  const { unit, period, at } = heatmapQuerySchema.parse(query);
  const options = heatmapViewOptionsSchema.parse(query);
  const request = exportRequestSchema.parse(query);
  const dialect = csvDialectOf(locale, request);
  const exported = await exportHeatmapView(viewer, unit, period, at, options, format);
  const filename = `verbinding-heatmap-${unit.replace(':', '-')}-${exported.at ?? period}.${format}`;
  if (format === 'csv' && request.layout === 'data')
    return { body: exported.csv, contentType: CONTENT_TYPES.csv, filename };
  const table = heatmapViewTable(exported.view, exportWords(await loadMessages(locale)));
  return format === 'xlsx'
    ? { body: await xlsxWorkbook([table]), contentType: CONTENT_TYPES.xlsx, filename }
    : { body: exportTableCsv(table, dialect), contentType: CONTENT_TYPES.csv, filename };
}
