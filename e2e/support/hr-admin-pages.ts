import { type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, signIn } from './demo-accounts';

/** Every page HR manages the organisation and the pulses on; `{item}` and `{person}` are filled in. */
export const HR_PAGES = [
  '/org/people',
  '/org/people/{person}',
  '/org/people/import',
  '/org/structure',
  '/org/pulses',
  '/org/pulses/items/{item}',
];
export const ADMIN_PAGES = ['/admin', '/admin/audit'];

export const HR_APIS = ['/api/v1/people', '/api/v1/pulse-settings', '/api/v1/survey-items'];
export const ADMIN_APIS = [
  '/api/v1/admin/overview',
  '/api/v1/admin/roles',
  '/api/v1/admin/audit',
  '/api/v1/export/audit.csv',
];

export interface ListedPerson {
  id: number;
  name: string;
  email: string;
  roles: string[];
  teamName: string | null;
}

/** Teams the other specs read: moving people out of them or changing their roles would disturb those specs. */
const TEAMS_OTHERS_USE = ['Applicatiebeheer', 'Servicedesk', 'Juridische Zaken', 'HR Business Partners'];

/** Active employees, without other roles, outside the teams other specs look at, as HR's API lists them. */
export async function plainEmployees(page: Page, pageNumber: number): Promise<ListedPerson[]> {
  const response = await page.request.get(`/api/v1/people?status=active&page=${pageNumber}`);
  const { people } = (await response.json()) as { people: ListedPerson[] };
  const accounts: string[] = Object.values(ACCOUNTS).map((account) => account.email);
  return people.filter(
    (person) =>
      person.roles.join() === 'employee' &&
      person.teamName !== null &&
      !TEAMS_OTHERS_USE.includes(person.teamName) &&
      !accounts.includes(person.email),
  );
}

/** A page signed in as HR in a context of its own, for specs that sign in as someone else. */
export async function hrPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, ACCOUNTS.hr.email);
  return page;
}
