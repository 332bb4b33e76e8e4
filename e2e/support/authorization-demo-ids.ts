import { type APIRequestContext, expect } from '@playwright/test';
import {
  DEMO_DECLINING_DEPARTMENT,
  DEMO_HEAD_DEPARTMENT,
  DEMO_NESTED_DEPARTMENT,
  DEMO_TEAM_A,
  DEMO_TEAM_B,
} from '@/seed/demo/demo-structure';
import type { ApiDepartment } from './org-report';
import { ACCOUNTS } from './demo-accounts';

/** Ids from the seeded demo organisation that the matrix fills dynamic segments and forms with, read through the APIs. */
export interface DemoIds {
  team: {
    /** Servicedesk: leader@ leads it; employee@ is not in it. */
    led: number;
    /** Applicatiebeheer: employee@'s own team, which leader@ leads too. */
    own: number;
    /** A team of Productie Logistiek, nested below the department head@ heads. */
    headed: number;
  };
  department: {
    /** Productie, which head@ heads. */
    headed: number;
    /** Productie Logistiek, below it. */
    nested: number;
    /** Verkoop & Marketing, which head@ does not head. */
    other: number;
  };
  /** employee@'s person id. */
  person: number;
  surveyItem: number;
  pulse: {
    open: number;
    /** A question the open pulse asks. */
    openItem: number;
    /** A pulse employee@ answered that has closed. */
    closed: number;
  };
  /** The largest id Postgres holds: a valid id that the seed never reaches. */
  missing: number;
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined)
    throw new Error(`the authorization matrix needs ${what} in the seeded demo`);
  return value;
}

async function read<T>(request: APIRequestContext, url: string, cookie: string): Promise<T> {
  const response = await request.get(url, { headers: { cookie } });
  expect(response.status(), `${url} for the matrix's ids`).toBe(200);
  return (await response.json()) as T;
}

export async function lookUpDemoIds(
  request: APIRequestContext,
  cookies: { hr: string; employee: string },
): Promise<DemoIds> {
  const [tree, people, bank, current, answers] = await Promise.all([
    read<{ departments: ApiDepartment[] }>(request, '/api/v1/departments', cookies.hr),
    read<{ people: { id: number; email: string }[] }>(
      request,
      `/api/v1/people?q=${encodeURIComponent(ACCOUNTS.employee.email)}&status=all`,
      cookies.hr,
    ),
    read<{ items: { id: number }[] }>(request, '/api/v1/survey-items', cookies.hr),
    read<{ pulse: { id: number; items: { id: number }[] } | null }>(
      request,
      '/api/v1/pulses/current',
      cookies.employee,
    ),
    read<{ responses: { pulseId: number }[] }>(request, '/api/v1/me/answers', cookies.employee),
  ]);
  const all = (nodes: ApiDepartment[]): ApiDepartment[] => nodes.flatMap((node) => [node, ...all(node.children)]);
  const departments = all(tree.departments);
  const department = (name: string) =>
    required(
      departments.find((entry) => entry.name === name),
      `the department ${name}`,
    );
  const team = (name: string) =>
    required(
      departments.flatMap((entry) => entry.teams).find((entry) => entry.name === name),
      `the team ${name}`,
    );
  const nested = department(DEMO_NESTED_DEPARTMENT);
  const open = required(current.pulse, 'an open pulse');
  const closed = required(
    answers.responses.find((response) => response.pulseId !== open.id),
    'a closed pulse employee@ answered',
  );
  return {
    team: {
      led: team(DEMO_TEAM_B).id,
      own: team(DEMO_TEAM_A).id,
      headed: required(nested.teams[0], `a team in ${DEMO_NESTED_DEPARTMENT}`).id,
    },
    department: {
      headed: department(DEMO_HEAD_DEPARTMENT).id,
      nested: nested.id,
      other: department(DEMO_DECLINING_DEPARTMENT).id,
    },
    person: required(
      people.people.find((person) => person.email === ACCOUNTS.employee.email),
      'employee@ in the people list',
    ).id,
    surveyItem: required(bank.items[0], 'a question in the bank').id,
    pulse: {
      open: open.id,
      openItem: required(open.items[0], 'a question in the open pulse').id,
      closed: closed.pulseId,
    },
    missing: 2_147_483_647,
  };
}
