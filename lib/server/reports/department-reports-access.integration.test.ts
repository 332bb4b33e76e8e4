import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_DECLINING_DEPARTMENT,
  DEMO_HEAD_DEPARTMENT,
  DEMO_NESTED_DEPARTMENT,
  DEMO_SMALL_TEAM,
} from '@/seed/demo/demo-structure';
import { type DemoLookup, outcome, seededDemo } from '@/testing/demo-lookup';
import type { TestDatabase } from '@/testing/database/test-database';
import { type UnitKey, ORG_UNIT, departmentUnit } from '@/lib/domain/rollups/units';
import type { Viewer } from '@/lib/server/access/viewer';
import { getDepartmentComparison } from './department-comparison';
import { exportHeatmapView } from './heatmap-export';
import { getOrgHeatmapView } from './org-heatmap';
import { getParticipationOverTime } from './participation-over-time';
import { getReportUnit } from './report-unit';
import { getUnitTrends } from './unit-trends';

let database: TestDatabase;
let demo: DemoLookup;
const viewers = new Map<keyof typeof DEMO_ACCOUNTS, Viewer>();
const noView = { expand: [], sort: null };

beforeAll(async () => {
  ({ database, demo } = await seededDemo());
  for (const key of Object.keys(DEMO_ACCOUNTS) as (keyof typeof DEMO_ACCOUNTS)[])
    viewers.set(key, await demo.viewer(DEMO_ACCOUNTS[key].email));
});
afterAll(() => database.destroy());

const viewer = (key: keyof typeof DEMO_ACCOUNTS) => viewers.get(key)!;
const department = (name: string) => departmentUnit(demo.department(name));

describe('comparing departments', () => {
  it('needs two to five departments that exist', async () => {
    const hr = viewer('hr');
    const all = (await database.db.select({ id: departments.id }).from(departments)).map((row) => row.id);
    expect((await getDepartmentComparison(hr, null, 'month')).choice).toBeNull();
    expect((await getDepartmentComparison(hr, [], 'month')).choice).toEqual({ ok: false, problem: 'tooFew' });
    expect((await getDepartmentComparison(hr, all.slice(0, 1), 'month')).choice).toEqual({
      ok: false,
      problem: 'tooFew',
    });
    expect((await getDepartmentComparison(hr, all.slice(0, 6), 'month')).choice).toEqual({
      ok: false,
      problem: 'tooMany',
    });
    expect((await getDepartmentComparison(hr, [all[0]!, 999_999], 'month')).choice).toEqual({
      ok: false,
      problem: 'unknown',
    });
    const refused = await getDepartmentComparison(hr, [], 'month');
    expect(refused.departments).toEqual([]);
    expect(refused.options.map((option) => option.name)).toContain(DEMO_NESTED_DEPARTMENT);
  });

  it('gives each chosen department’s own trends, as the department page shows them', async () => {
    const hr = viewer('hr');
    const chosen = [demo.department(DEMO_DECLINING_DEPARTMENT), demo.department(DEMO_HEAD_DEPARTMENT)];
    const comparison = await getDepartmentComparison(hr, chosen, 'quarter');
    expect(comparison.departments.map((entry) => entry.name)).toEqual([
      DEMO_DECLINING_DEPARTMENT,
      DEMO_HEAD_DEPARTMENT,
    ]);
    for (const entry of comparison.departments)
      expect(entry.trends).toEqual(await getUnitTrends(hr, departmentUnit(entry.id), 'quarter'));
  });

  it('is HR’s only', async () => {
    for (const key of ['employee', 'leader', 'head'] as const)
      expect(await outcome(getDepartmentComparison(viewer(key), null, 'month'))).toBe('forbidden');
  });
});

describe('exporting a heatmap view', () => {
  it('holds the rows shown, with the small team empty, and is recorded in the audit log', async () => {
    const hr = viewer('hr');
    const finance = demo.department('Financiën & Administratie');
    const before = await database.db.$count(auditLog, eq(auditLog.action, 'export.heatmap'));
    const options = { expand: [finance], sort: { key: 'line-4' as const, order: 'asc' as const } };
    const exported = await exportHeatmapView(hr, ORG_UNIT, 'month', undefined, options);
    const view = await getOrgHeatmapView(hr, ORG_UNIT, 'month', exported.at!, options);
    const rows = parse<Record<string, string>>(exported.csv, { columns: true, bom: true });
    expect(rows.map((row) => `${row.depth}:${row.name}`)).toEqual(view.rows.map((row) => `${row.depth}:${row.name}`));
    expect(rows.map((row) => row.line_4_score)).toEqual(
      view.rows.map((row) => (row.cells[3]!.suppressed ? '' : String(row.cells[3]!.score))),
    );
    const small = rows.find((row) => row.name === DEMO_SMALL_TEAM)!;
    expect(small.suppressed).toBe('true');
    expect(
      [1, 2, 3, 4]
        .flatMap((line) => [
          small[`line_${line}_score`],
          small[`line_${line}_change`],
          small[`line_${line}_significant`],
        ])
        .concat(small.participation),
    ).toEqual(Array(13).fill(''));
    expect(await database.db.$count(auditLog, eq(auditLog.action, 'export.heatmap'))).toBe(before + 1);
  });

  it('is for HR and the department’s heads only, and a refusal records nothing', async () => {
    const productie = department(DEMO_HEAD_DEPARTMENT);
    expect(await outcome(exportHeatmapView(viewer('head'), productie, 'month', undefined, noView))).toBe('allowed');
    const before = await database.db.$count(auditLog, eq(auditLog.action, 'export.heatmap'));
    const attempts: [keyof typeof DEMO_ACCOUNTS, UnitKey][] = [
      ['employee', ORG_UNIT],
      ['employee', productie],
      ['leader', ORG_UNIT],
      ['leader', productie],
      ['head', ORG_UNIT],
      ['head', department(DEMO_DECLINING_DEPARTMENT)],
    ];
    for (const [key, unit] of attempts)
      expect(await outcome(exportHeatmapView(viewer(key), unit, 'month', undefined, noView)), `${key} ${unit}`).toBe(
        'forbidden',
      );
    expect(await database.db.$count(auditLog, eq(auditLog.action, 'export.heatmap'))).toBe(before);
  });
});

describe('who may open a department’s reports', () => {
  it('lets HR open any department and says so when it does not exist', async () => {
    const hr = viewer('hr');
    expect(await getReportUnit(hr, department(DEMO_NESTED_DEPARTMENT))).toEqual({
      unit: department(DEMO_NESTED_DEPARTMENT),
      name: DEMO_NESTED_DEPARTMENT,
      ancestors: [{ id: demo.department(DEMO_HEAD_DEPARTMENT), name: DEMO_HEAD_DEPARTMENT }],
    });
    expect(await outcome(getReportUnit(hr, departmentUnit(999_999)))).toBe('not_found');
    expect(await outcome(getUnitTrends(hr, departmentUnit(999_999), 'month'))).toBe('not_found');
    expect(await outcome(getOrgHeatmapView(hr, departmentUnit(999_999), 'month', undefined, noView))).toBe('not_found');
  });

  it('lets a head open their department and the one inside it, nothing else', async () => {
    const head = viewer('head');
    for (const name of [DEMO_HEAD_DEPARTMENT, DEMO_NESTED_DEPARTMENT]) {
      expect(await outcome(getReportUnit(head, department(name)))).toBe('allowed');
      expect(await outcome(getUnitTrends(head, department(name), 'month'))).toBe('allowed');
      expect(await outcome(getParticipationOverTime(head, department(name), 'month', undefined))).toBe('allowed');
    }
    expect(await outcome(getReportUnit(head, department(DEMO_DECLINING_DEPARTMENT)))).toBe('forbidden');
    expect(await outcome(getReportUnit(head, ORG_UNIT))).toBe('forbidden');
    expect(await outcome(getReportUnit(head, departmentUnit(999_999)))).toBe('forbidden');
  });

  it('refuses employees and leaders everything organisation- or department-wide', async () => {
    for (const key of ['employee', 'leader'] as const) {
      for (const unit of [ORG_UNIT, department(DEMO_HEAD_DEPARTMENT)]) {
        expect(await outcome(getReportUnit(viewer(key), unit))).toBe('forbidden');
        expect(await outcome(getOrgHeatmapView(viewer(key), unit, 'month', undefined, noView))).toBe('forbidden');
        expect(await outcome(getUnitTrends(viewer(key), unit, 'month'))).toBe('forbidden');
        expect(await outcome(getParticipationOverTime(viewer(key), unit, 'month', undefined))).toBe('forbidden');
      }
    }
  });
});
