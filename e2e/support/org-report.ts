import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './demo-accounts';
import type { ApiCell } from './team-page';

export interface ApiHeatmapRow {
  id: number;
  kind: 'department' | 'team';
  name: string;
  cells: (ApiCell & { line: number })[];
  connection: ApiCell;
  participation: number | null;
}

export interface ApiHeatmap {
  unit: string;
  period: string;
  at: string;
  rows: ApiHeatmapRow[];
  pending: { period: string; publishedAfter: string } | null;
}

export interface ApiDepartment {
  id: number;
  name: string;
  teams: { id: number; name: string }[];
  children: ApiDepartment[];
}

/** Every department, nested ones included, as HR's API lists them. */
export async function departmentsOf(page: Page): Promise<ApiDepartment[]> {
  const { departments } = (await (await page.request.get('/api/v1/departments')).json()) as {
    departments: ApiDepartment[];
  };
  const all = (nodes: ApiDepartment[]): ApiDepartment[] => nodes.flatMap((node) => [node, ...all(node.children)]);
  return all(departments);
}

export async function departmentNamed(page: Page, name: string): Promise<ApiDepartment> {
  const department = (await departmentsOf(page)).find((entry) => entry.name === name);
  if (!department) throw new Error(`no department ${name}`);
  return department;
}

export async function heatmapOf(page: Page, unit: string, period: string, at?: string): Promise<ApiHeatmap> {
  const response = await page.request.get(`/api/v1/heatmap?unit=${unit}&period=${period}${at ? `&at=${at}` : ''}`);
  if (response.status() !== 200) throw new Error(`heatmap ${unit} ${period} ${at}: ${response.status()}`);
  return (await response.json()) as ApiHeatmap;
}

/** Every period of a kind that has had a pulse, from the trends of one of the department's teams. */
export async function periodsOf(page: Page, teamId: number, period: string): Promise<string[]> {
  const { lines } = (await (await page.request.get(`/api/v1/teams/${teamId}/trends?period=${period}`)).json()) as {
    lines: { points: { period: string }[] }[];
  };
  return lines[0]!.points.map((point) => point.period);
}

/** Participation as the Dutch pages show it. */
export const nlPercent = (value: number) =>
  new Intl.NumberFormat('nl', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/** Departments as HR's API lists them, read in a context of its own, for specs that sign in as someone else. */
export async function departmentsForHr(browser: Browser, names: string[]): Promise<ApiDepartment[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.hr.email);
  const departments = await Promise.all(names.map((name) => departmentNamed(page, name)));
  await context.close();
  return departments;
}
