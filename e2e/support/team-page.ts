import type { Browser, Locator, Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './demo-accounts';

export interface ApiCell {
  n: number | null;
  score: number | null;
  favourable: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  change: number | null;
  evidence: 'clear' | 'likely' | null;
  significant: boolean;
  suppressed: boolean;
  hidden: 'too-few' | 'protecting' | 'pending' | null;
  heldBack: boolean;
}

export interface ApiPoint extends ApiCell {
  period: string;
}

export interface ApiTrends {
  teamId: number;
  period: string;
  lines: { line: number; points: ApiPoint[] }[];
  connection: { points: ApiPoint[] };
  pending: { period: string; publishedAfter: string } | null;
}

/** A number as the Dutch pages show it: one decimal, decimal comma. */
export const nl = (value: number) =>
  value.toLocaleString('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Why a hidden cell is hidden, as the Dutch pages say it (k = 5). */
export const HIDDEN_TEXT = {
  'too-few': 'minder dan 5 antwoordden',
  protecting: 'achtergehouden om een kleinere groep te beschermen',
  pending: 'nog niet gepubliceerd',
} as const;

/** A marked change as the Dutch pages write it: the signed change and the evidence for it in words. */
export function markedChangeText(cell: ApiCell): string {
  const direction = cell.change! > 0 ? 'stijging' : 'daling';
  return `${nl(cell.change!).replace(/^(?=\d)/, '+')} ${cell.evidence === 'clear' ? 'duidelijke' : 'waarschijnlijke'} ${direction}`;
}

/** The words for screen readers after the * of a figure that leaves out some answers. */
export const HELD_BACK_TEXT = ' (enkele antwoorden weggelaten om een kleinere groep te beschermen)';

/** What a heatmap cell should read for an API cell: its score (with * where answers were held back), or why it is hidden. */
export const cellText = (cell: ApiCell) =>
  cell.suppressed ? HIDDEN_TEXT[cell.hidden!] : `${nl(cell.score!)}${cell.heldBack ? '*' : ''}`;

export async function teamIdOf(page: Page, name: string): Promise<number> {
  const { teams } = (await (await page.request.get('/api/v1/teams')).json()) as {
    teams: { id: number; name: string }[];
  };
  const team = teams.find((entry) => entry.name === name);
  if (!team) throw new Error(`${name} is not in the viewer's teams`);
  return team.id;
}

/** A team's id as HR sees it, for teams outside the signed-in leader's scope. */
export async function teamIdForHr(browser: Browser, name: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.hr.email);
  interface Node {
    teams: { id: number; name: string }[];
    children: Node[];
  }
  const { departments } = (await (await page.request.get('/api/v1/departments')).json()) as { departments: Node[] };
  const all = (nodes: Node[]): Node['teams'] => nodes.flatMap((node) => [...node.teams, ...all(node.children)]);
  await context.close();
  const team = all(departments).find((entry) => entry.name === name);
  if (!team) throw new Error(`no team ${name}`);
  return team.id;
}

/** The texts of a table row's data cells. */
export async function cellTexts(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}
