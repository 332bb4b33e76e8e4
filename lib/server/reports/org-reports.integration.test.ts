import { and, eq, inArray, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pulses, rollupTeamPulse, teams } from '@/db/schema';
import {
  DEMO_ACCOUNTS,
  DEMO_DECLINING_DEPARTMENT,
  DEMO_HEAD_DEPARTMENT,
  DEMO_NESTED_DEPARTMENT,
  DEMO_SMALL_TEAM,
} from '@/seed/demo/demo-structure';
import { type DemoLookup, outcome, seededDemo } from '@/testing/demo-lookup';
import type { TestDatabase } from '@/testing/database/test-database';
import type { OrgHeatmapRow } from '@/lib/domain/heatmap-views/expand-heatmap';
import { PERIOD_KINDS } from '@/lib/domain/periods/period-labels';
import { ORG_UNIT, departmentUnit } from '@/lib/domain/rollups/units';
import { getOrgHeatmapView } from './org-heatmap';
import { PARTICIPATION_PERIODS, getParticipationOverTime } from './participation-over-time';
import { getHeatmap } from './reports';
import type { Viewer } from '@/lib/server/access/viewer';

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
const asApiRow = ({ depth: _depth, expanded: _expanded, ...row }: OrgHeatmapRow) => row;

describe('the HR heatmap shows the API’s cells', () => {
  it('gives, for every unit, period kind and period, exactly the rows of GET /api/v1/heatmap', async () => {
    const hr = viewer('hr');
    for (const kind of PERIOD_KINDS) {
      const { available } = await getOrgHeatmapView(hr, ORG_UNIT, kind, undefined, noView);
      for (const unit of [ORG_UNIT, department(DEMO_HEAD_DEPARTMENT), department('Financiën & Administratie')]) {
        for (const at of available.slice(-3)) {
          const view = await getOrgHeatmapView(hr, unit, kind, at, noView);
          const api = await getHeatmap(hr, unit, kind, at);
          expect(view.rows.map(asApiRow), `${unit} ${kind} ${at}`).toEqual(api.rows);
          expect(view.rows.every((row) => row.depth === 0)).toBe(true);
        }
      }
    }
  });

  it('shows an expanded department’s rows below it, each as the API gives them for that department', async () => {
    const hr = viewer('hr');
    const productie = demo.department(DEMO_HEAD_DEPARTMENT);
    const nested = demo.department(DEMO_NESTED_DEPARTMENT);
    const view = await getOrgHeatmapView(hr, ORG_UNIT, 'month', undefined, { expand: [productie, nested], sort: null });
    const at = view.at!;
    const index = view.rows.findIndex((row) => row.id === productie && row.kind === 'department');
    expect(view.rows[index]!.expanded).toBe(true);
    const after = view.rows.slice(index + 1);
    const inside = after.slice(
      0,
      after.findIndex((row) => row.depth === 0),
    );
    expect(inside.filter((row) => row.depth === 1).map(asApiRow)).toEqual(
      (await getHeatmap(hr, department(DEMO_HEAD_DEPARTMENT), 'month', at)).rows,
    );
    expect(inside.filter((row) => row.depth === 2).map(asApiRow)).toEqual(
      (await getHeatmap(hr, departmentUnit(nested), 'month', at)).rows,
    );
    expect(view.rows.filter((row) => row.depth === 0).map(asApiRow)).toEqual(
      (await getHeatmap(hr, ORG_UNIT, 'month', at)).rows,
    );
  });

  it('sorts by a line with the weakest first and the suppressed team last, whichever the direction', async () => {
    const hr = viewer('hr');
    const byIntegrity = await getOrgHeatmapView(hr, ORG_UNIT, 'month', undefined, {
      expand: [],
      sort: { key: 'line-4', order: 'asc' },
    });
    expect(byIntegrity.rows[0]!.name).toBe(DEMO_DECLINING_DEPARTMENT);
    const scores = byIntegrity.rows.map((row) => row.cells[3]!.score!);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    for (const order of ['asc', 'desc'] as const) {
      const finance = await getOrgHeatmapView(hr, department('Financiën & Administratie'), 'month', undefined, {
        expand: [],
        sort: { key: 'line-1', order },
      });
      expect(finance.rows.at(-1)!.name).toBe(DEMO_SMALL_TEAM);
    }
  });

  it('defaults to a period that has had a pulse, and refuses one that has not', async () => {
    const view = await getOrgHeatmapView(viewer('hr'), ORG_UNIT, 'week', undefined, noView);
    expect(view.available).toContain(view.at);
    expect(await outcome(getOrgHeatmapView(viewer('hr'), ORG_UNIT, 'month', '1999-01', noView))).toBe('invalid_input');
  });

  it('shows the pages the latest period instead of one without published results, and says which it shows', async () => {
    const latest = await getOrgHeatmapView(viewer('hr'), ORG_UNIT, 'month', undefined, noView);
    for (const at of ['1999-01', '2099-12']) {
      expect(await getOrgHeatmapView(viewer('hr'), ORG_UNIT, 'month', at, noView, 'show-latest')).toEqual(latest);
    }
    const earlier = latest.available.at(-3)!;
    expect((await getOrgHeatmapView(viewer('hr'), ORG_UNIT, 'month', earlier, noView, 'show-latest')).at).toBe(earlier);
  });
});

describe('participation over time', () => {
  it('equals, for one department, responses over invitations summed from the rollups by hand', async () => {
    const hr = viewer('hr');
    const over = await getParticipationOverTime(hr, ORG_UNIT, 'month', undefined);
    const { available } = await getOrgHeatmapView(hr, ORG_UNIT, 'month', undefined, noView);
    expect(over.periods).toEqual(available.slice(-PARTICIPATION_PERIODS));
    expect(over.periods.length).toBeGreaterThanOrEqual(3);
    const row = over.rows.find((entry) => entry.kind === 'department' && entry.name === DEMO_DECLINING_DEPARTMENT)!;
    const teamIds = (
      await database.db
        .select({ id: teams.id })
        .from(teams)
        .where(eq(teams.departmentId, demo.department(DEMO_DECLINING_DEPARTMENT)))
    ).map((team) => team.id);
    for (const [index, label] of over.periods.entries()) {
      const rollups = await database.db
        .select({ respondents: rollupTeamPulse.respondents, invited: rollupTeamPulse.invited })
        .from(rollupTeamPulse)
        .innerJoin(pulses, eq(pulses.id, rollupTeamPulse.pulseId))
        .where(
          and(eq(pulses.monthLabel, label), inArray(rollupTeamPulse.teamId, teamIds), lte(pulses.opensAt, new Date())),
        );
      const responses = rollups.reduce((sum, entry) => sum + entry.respondents, 0);
      const invited = rollups.reduce((sum, entry) => sum + entry.invited, 0);
      expect(invited).toBeGreaterThan(0);
      expect(row.points[index], label).toEqual({
        participation: Math.round(Math.min(1, responses / invited) * 1000) / 10,
        suppressed: false,
        hidden: null,
      });
    }
  });

  it('gives the heatmap’s participation in each period, and nothing for the team smaller than k', async () => {
    const hr = viewer('hr');
    const finance = department('Financiën & Administratie');
    for (const kind of PERIOD_KINDS) {
      const over = await getParticipationOverTime(hr, finance, kind, undefined);
      for (const [index, period] of over.periods.entries()) {
        const heatmap = await getHeatmap(hr, finance, kind, period);
        expect(over.rows.map((row) => row.points[index])).toEqual(
          heatmap.rows.map((row) => {
            const suppressed = row.cells.every((cell) => cell.suppressed);
            return { participation: row.participation, suppressed, hidden: suppressed ? row.cells[0]!.hidden : null };
          }),
        );
      }
      const small = over.rows.find((row) => row.name === DEMO_SMALL_TEAM)!;
      expect(small.points.every((point) => point.suppressed && point.participation === null)).toBe(true);
    }
  });
});
