import type { APIRequestContext } from '@playwright/test';
import { type BuiltAction, builtActions, unmatchedBuiltFiles } from './support/authorization-build';
import { type DemoIds, lookUpDemoIds } from './support/authorization-demo-ids';
import type { Case } from './support/authorization-cases';
import { EXPECTATIONS } from './support/authorization-expectations';
import { type SentOutcome, describeExpected, describeObserved, matches } from './support/authorization-outcomes';
import { type Caller, type Observation, callAction, callRoute, getPage } from './support/authorization-requests';
import { MATRIX_ROLES, type MatrixRole, homeOf, sessionsFor } from './support/authorization-roles';
import { type SurfaceEntry, type SurfaceId, enumerateSurface } from './support/authorization-surface';
import { test as base, expect } from './support/test';

const EXPECTATIONS_FILE = 'e2e/support/authorization-expectations.ts';
const SIGN_IN: SurfaceId = 'action app/login/actions.ts#signInWithPassword';
/** Requests in flight at once for one role: the server and the other specs share two cores. */
const CONCURRENCY = 4;

interface Matrix {
  surface: SurfaceEntry[];
  actions: Map<string, BuiltAction>;
  sessions: ReturnType<typeof sessionsFor>;
  ids: () => Promise<DemoIds>;
}

/** Per worker: the surface read from the code and the build, one sign-in per role, and the demo's ids. */
const test = base.extend<object, { matrix: Matrix }>({
  matrix: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const request = await playwright.request.newContext({ baseURL });
      const surface = enumerateSurface();
      const { built } = builtActions(surface.filter((entry) => entry.kind === 'action'));
      const signIn = built.get(SIGN_IN);
      if (!signIn) throw new Error(`the matrix signs in through ${SIGN_IN}, which the build lacks`);
      const sessions = sessionsFor(request, baseURL, signIn);
      let ids: Promise<DemoIds> | undefined;
      const lookUp = async () =>
        lookUpDemoIds(request, {
          hr: (await sessions.cookieOf('hr'))!,
          employee: (await sessions.cookieOf('employee'))!,
        });
      await use({ surface, actions: built, sessions, ids: () => (ids ??= lookUp()) });
      await request.dispose();
    },
    { scope: 'worker' },
  ],
});

const casesOf = (id: SurfaceId): Case[] => {
  const expectation = EXPECTATIONS[id];
  if (expectation === undefined) return [];
  return Array.isArray(expectation) ? expectation : [expectation];
};

/** A URL pattern with its dynamic segments (`[id]`, `[...rest]`, `[[...rest]]`) filled in. */
function fill(pattern: string, params: Record<string, string>, what: string): string {
  return pattern.replace(/\[\[?(\.\.\.)?([^\]]+)\]\]?/g, (_, catchAll: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${what}: the expectation gives no value for [${name}]`);
    return catchAll ? value.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(value);
  });
}

interface Probe {
  name: string;
  outcome: SentOutcome;
  endsSession: boolean;
  send: (request: APIRequestContext, caller: Caller) => Promise<Observation>;
}

function probesFor(matrix: Matrix, ids: DemoIds, role: MatrixRole): Probe[] {
  return matrix.surface.flatMap((entry) =>
    casesOf(entry.id).flatMap((expectation): Probe | [] => {
      const name = expectation.label ? `${entry.id} [${expectation.label}]` : entry.id;
      const params = expectation.params?.(ids) ?? {};
      const query = expectation.query ? `?${expectation.query(ids)}` : '';
      const outcome = expectation.outcomes[role];
      if (typeof outcome === 'object' && 'notSent' in outcome) return [];
      const probe = { name, outcome, endsSession: expectation.endsSession ?? false };
      if (entry.kind === 'page')
        return {
          ...probe,
          send: (request, caller) => getPage(request, caller, fill(entry.pattern, params, name) + query),
        };
      if (entry.kind === 'route') {
        const route = {
          method: entry.method,
          url: fill(entry.pattern, params, name) + query,
          body: expectation.body?.(ids),
        };
        return { ...probe, send: (request, caller) => callRoute(request, caller, route) };
      }
      const built = matrix.actions.get(entry.id);
      // An action the build lacks cannot be posted; the first test names it.
      if (!built) return [];
      const action = {
        actionId: built.actionId,
        url: fill(built.postTo, params, name),
        parameters: built.parameters,
        fields: expectation.form?.(ids) ?? {},
      };
      return { ...probe, send: (request, caller) => callAction(request, caller, action) };
    }),
  );
}

/** Runs the tasks with at most `limit` in flight, in order of start. */
async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

test('the table holds an expectation for every page, route handler method and server action the code has, and for nothing else', ({
  matrix,
}) => {
  const enumerated = new Set<string>(matrix.surface.map((entry) => entry.id));
  const problems = [
    ...matrix.surface
      .filter((entry) => !(entry.id in EXPECTATIONS))
      .map((entry) => `${entry.id} (${entry.file}) has no expectation in ${EXPECTATIONS_FILE}`),
    ...Object.keys(EXPECTATIONS)
      .filter((id) => !enumerated.has(id))
      .map((id) => `${EXPECTATIONS_FILE} holds an expectation for ${id}, which no longer exists`),
    ...builtActions(matrix.surface.filter((entry) => entry.kind === 'action')).problems,
    ...unmatchedBuiltFiles(matrix.surface),
  ];
  expect(problems).toEqual([]);
});

/** Null when the probe answered as the table says, otherwise a line that names it, the role, the expectation and the answer. */
async function verdict(
  probe: Probe,
  role: MatrixRole,
  request: APIRequestContext,
  caller: Caller,
): Promise<string | null> {
  const expected = describeExpected(probe.outcome, homeOf(role));
  const observed = await probe.send(request, caller).catch((error: Error) => error);
  if (observed instanceof Error)
    return `${probe.name}: expected ${expected}, but the request failed: ${observed.message}`;
  return matches(probe.outcome, observed, homeOf(role))
    ? null
    : `${probe.name}: expected ${expected}, got ${describeObserved(observed)}`;
}

for (const role of MATRIX_ROLES) {
  test(`${role}: every page, route handler and server action answers as the table says`, async ({
    matrix,
    request,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const cookie = await matrix.sessions.cookieOf(role);
    test.skip(
      role === 'deactivated' && cookie === null,
      'the deactivated person is made in the database, which only Postgres lets the test reach (DATABASE_URL)',
    );
    const probes = probesFor(matrix, await matrix.ids(), role);
    const caller = { baseURL: baseURL!, cookie };
    const answers = await inBatches(
      probes.filter((probe) => !probe.endsSession).map((probe) => () => verdict(probe, role, request, caller)),
      CONCURRENCY,
    );
    // A probe that ends its session comes last and gets a session of its own, so the others' stays.
    for (const probe of probes.filter((entry) => entry.endsSession)) {
      answers.push(
        await verdict(probe, role, request, { baseURL: baseURL!, cookie: await matrix.sessions.freshCookieOf(role) }),
      );
    }
    expect(
      answers.filter((answer) => answer !== null),
      `what answered ${role} otherwise than ${EXPECTATIONS_FILE} says`,
    ).toEqual([]);
  });
}
