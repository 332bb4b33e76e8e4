import { type APIRequestContext, type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/demo-accounts';
import { expect, test } from './support/test';

interface Point {
  period: string;
  n: number | null;
  score: number | null;
  change: number | null;
  significant: boolean;
  suppressed: boolean;
}
interface Trends {
  teamId: number;
  period: string;
  lines: { line: number; points: Point[] }[];
}
interface TeamRow {
  id: number;
  name: string;
}

async function teamsOf(page: Page): Promise<TeamRow[]> {
  return ((await (await page.request.get('/api/v1/teams')).json()) as { teams: TeamRow[] }).teams;
}

async function errorOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return { status: response.status(), body: (await response.json()) as { error: { code: string; message: string } } };
}

test('a leader gets the trends of the teams they lead, with the declining role line', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  const servicedesk = (await teamsOf(page)).find((team) => team.name === 'Servicedesk')!;
  const response = await page.request.get(`/api/v1/teams/${servicedesk.id}/trends?period=month`);
  expect(response.status()).toBe(200);
  const trends = (await response.json()) as Trends;
  expect(trends).toMatchObject({ teamId: servicedesk.id, period: 'month' });
  expect(trends.lines.map((line) => line.line)).toEqual([1, 2, 3, 4]);
  const role = trends.lines[1]!.points.filter((point) => !point.suppressed);
  expect(role.some((point) => point.significant && (point.change ?? 0) < 0)).toBe(true);
});

test('a leader is refused teams outside their scope, the organisation heatmap and the export', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader.email);
  const own = new Set((await teamsOf(page)).map((team) => team.id));
  const outside = [...Array(40).keys()].map((i) => i + 1).find((id) => !own.has(id))!;
  expect((await errorOf(page.request, `/api/v1/teams/${outside}/trends`)).status).toBe(403);
  expect((await errorOf(page.request, '/api/v1/heatmap?unit=org')).body.error.code).toBe('forbidden');
  expect((await page.request.get('/api/v1/export/aggregates.csv')).status()).toBe(403);
});

test('HR gets the organisation heatmap and the aggregates export with the small team suppressed', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const heatmap = await page.request.get('/api/v1/heatmap?unit=org&period=quarter');
  expect(heatmap.status()).toBe(200);
  const body = (await heatmap.json()) as {
    unit: string;
    period: string;
    at: string;
    rows: { kind: string; participation: number | null; cells: Point[] }[];
  };
  expect(body).toMatchObject({ unit: 'org', period: 'quarter' });
  expect(body.at).toMatch(/^\d{4}-Q[1-4]$/);
  expect(body.rows.length).toBeGreaterThanOrEqual(5);
  expect(body.rows.every((row) => row.kind === 'department' && row.cells.length === 4)).toBe(true);

  // The data layout, for scripts: stable column keys, a comma and a point.
  const csv = await page.request.get('/api/v1/export/aggregates.csv?layout=data');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\n');
  expect(lines[0]).toBe(
    'unit_kind,unit_id,unit_name,period_kind,period,line,n,score,favourable,ci_low,ci_high,change,evidence,significant,suppressed,hidden_reason,held_back,question_id,question_nl,question_en',
  );
  const small = lines.filter((line) => line.includes(',Juridische Zaken,'));
  expect(small.length).toBeGreaterThan(0);
  expect(small.every((line) => line.endsWith(',,,,,,,false,true,too-few,false,,,'))).toBe(true);
});

test('small JSON answers come uncompressed, the large export gzipped', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  const gzip = { 'accept-encoding': 'gzip' };
  const me = await page.request.get('/api/v1/me', { headers: gzip });
  expect(me.status()).toBe(200);
  expect(me.headers()['content-encoding']).toBeUndefined();
  expect(me.headers()['cache-control']).toBe('private, no-store, no-transform');
  const csv = await page.request.get('/api/v1/export/aggregates.csv', { headers: gzip });
  expect(csv.headers()['content-encoding']).toBe('gzip');
});

test('bad report parameters get a 422 that says what is wrong', async ({ page }) => {
  await signIn(page, ACCOUNTS.hr.email);
  for (const path of [
    '/api/v1/heatmap?period=year',
    '/api/v1/heatmap?period=month&at=2026-W45',
    '/api/v1/heatmap?unit=team:1',
    '/api/v1/teams/abc/trends',
  ]) {
    const { status, body } = await errorOf(page.request, path);
    expect(status, path).toBe(422);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message.length).toBeGreaterThan(10);
  }
});

test('an employee sees their own team’s shown cells and no other team', async ({ page }) => {
  await signIn(page, ACCOUNTS.employee.email);
  const me = (await (await page.request.get('/api/v1/me')).json()) as { currentTeam: { teamId: number } };
  expect((await page.request.get(`/api/v1/teams/${me.currentTeam.teamId}/trends?period=week`)).status()).toBe(200);
  expect((await errorOf(page.request, `/api/v1/teams/${me.currentTeam.teamId + 1}/trends`)).status).toBe(403);
});
