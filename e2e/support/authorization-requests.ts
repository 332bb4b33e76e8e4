import type { APIRequestContext, APIResponse } from '@playwright/test';

/**
 * Requests as a same-origin browser sends them, and what came back: a status, where a redirect
 * leads, a JSON body, or what a server action returned.
 */
export interface Observation {
  status: number;
  /** The path an HTTP redirect or a server action's redirect leads to. */
  redirect: string | null;
  json?: unknown;
  /** What a server action returned; `returned` is false when the response held no result. */
  action?: { returned: boolean; value: unknown };
}

export interface Caller {
  baseURL: string;
  /** The session cookie, or null for a visitor without one. */
  cookie: string | null;
}

const pathOf = (location: string, baseURL: string) => new URL(location, baseURL).pathname;

/** What a browser adds to a state-changing request from a page of the same origin. */
function sameOrigin(caller: Caller, extra: Record<string, string> = {}): Record<string, string> {
  return {
    origin: caller.baseURL,
    'sec-fetch-site': 'same-origin',
    ...(caller.cookie ? { cookie: caller.cookie } : {}),
    ...extra,
  };
}

async function observe(response: APIResponse, baseURL: string): Promise<Observation> {
  const location = response.headers()['location'];
  const observation: Observation = {
    status: response.status(),
    redirect: location && response.status() >= 300 && response.status() < 400 ? pathOf(location, baseURL) : null,
  };
  if ((response.headers()['content-type'] ?? '').startsWith('application/json'))
    observation.json = await response.json().catch(() => undefined);
  return observation;
}

export async function getPage(request: APIRequestContext, caller: Caller, url: string): Promise<Observation> {
  const response = await request.get(url, { maxRedirects: 0, headers: caller.cookie ? { cookie: caller.cookie } : {} });
  return observe(response, caller.baseURL);
}

export interface RouteRequest {
  method: string;
  url: string;
  body?: { contentType: string; data: string };
}

export async function callRoute(
  request: APIRequestContext,
  caller: Caller,
  { method, url, body }: RouteRequest,
): Promise<Observation> {
  const reads = method === 'GET' || method === 'HEAD';
  const headers = reads
    ? caller.cookie
      ? { cookie: caller.cookie }
      : {}
    : sameOrigin(caller, body ? { 'content-type': body.contentType } : {});
  const response = await request.fetch(url, { method, headers, data: body?.data, maxRedirects: 0 });
  return observe(response, caller.baseURL);
}

/**
 * A server action's arguments in React's reply encoding, as the browser sends them: a form action
 * of `useActionState` gets the previous state and the form (two parameters), a plain form action
 * the form. The form's fields go under the prefix of the FormData they belong to (`_1_`), and the
 * root row `0`, which refers to it (`$K1`), comes last: the server resolves it once all fields are in.
 */
export function actionArguments(parameters: number, fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append('0', JSON.stringify(parameters >= 2 ? [{ status: 'idle' }, '$K1'] : ['$K1']));
  return body;
}

/** The value an action returned, from its React Flight response: the row the root row's `a` points to. */
export function actionResult(flight: string): { returned: boolean; value: unknown } {
  const rows = new Map<string, string>();
  for (const line of flight.split('\n')) {
    const row = /^([0-9a-f]+):(.*)$/.exec(line);
    if (row) rows.set(row[1]!, row[2]!);
  }
  const root = rows.get('0');
  const pointer = root ? (JSON.parse(root) as { a?: unknown }).a : undefined;
  if (typeof pointer !== 'string' || !pointer.startsWith('$@')) return { returned: false, value: undefined };
  const row = rows.get(pointer.slice(2));
  if (row === undefined) return { returned: false, value: undefined };
  const value = JSON.parse(row) as unknown;
  return { returned: true, value: value === '$undefined' ? undefined : value };
}

export interface ActionRequest {
  actionId: string;
  /** The page the action is posted to. */
  url: string;
  parameters: number;
  fields: Record<string, string>;
}

/** Posts a server action straight to the server with the `Next-Action` header, as the page's form would. */
export async function postAction(
  request: APIRequestContext,
  caller: Caller,
  action: ActionRequest,
): Promise<APIResponse> {
  return request.post(action.url, {
    headers: sameOrigin(caller, { 'next-action': action.actionId, accept: 'text/x-component' }),
    multipart: actionArguments(action.parameters, action.fields),
    maxRedirects: 0,
  });
}

export async function callAction(
  request: APIRequestContext,
  caller: Caller,
  action: ActionRequest,
): Promise<Observation> {
  const response = await postAction(request, caller, action);
  const observation = await observe(response, caller.baseURL);
  const actionRedirect = response.headers()['x-action-redirect'];
  if (actionRedirect) observation.redirect = pathOf(actionRedirect.split(';')[0]!, caller.baseURL);
  if ((response.headers()['content-type'] ?? '').startsWith('text/x-component'))
    observation.action = actionResult(await response.text());
  return observation;
}

/** The session cookie a response set, as a `Cookie` header, or null (Auth.js splits a large one into numbered chunks). */
export function sessionCookieOf(response: APIResponse): string | null {
  const cookies = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value.split(';')[0]!)
    .filter((cookie) => /^(__Secure-)?authjs\.session-token(\.\d+)?=./.test(cookie));
  return cookies.length > 0 ? cookies.join('; ') : null;
}
