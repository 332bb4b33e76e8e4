import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type postgres from 'postgres';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { generateScimToken, hashScimToken } from '@/lib/domain/scim/scim-token';
import { expect } from './test';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const VERBINDING_GROUP = 'urn:verbinding:params:scim:schemas:extension:2.0:Group';

/** The day the server dates a move: today in the organisation's time zone. */
export const today = () => organisationDay();

/** A word no other test uses, for the names of what a test creates. */
export const unique = () => randomUUID().slice(0, 8);

/**
 * A token of a spec's own, stored by its hash as the admin page stores one: the token administration
 * is not the SCIM specs' subject.
 */
export async function createScimToken(
  sql: postgres.Sql,
  label: string,
): Promise<{ id: number; name: string; token: string }> {
  const token = generateScimToken();
  const name = `E2E ${label} ${unique()}`;
  const [row] = await sql<{ id: number }[]>`
    insert into scim_tokens (name, token_hash) values (${name}, ${hashScimToken(token)}) returning id`;
  return { id: row!.id, name, token };
}

/** Requests as an identity provider sends them: the bearer token (none when null), bodies in `application/scim+json`. */
export function scimClient(request: APIRequestContext, token: string | null) {
  const headers = {
    ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    accept: 'application/scim+json',
  };
  const send = (method: string, path: string, body?: unknown) =>
    request.fetch(`/scim/v2${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/scim+json; charset=utf-8' },
      data: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  return scimVerbs(send);
}

/** The requests an identity provider makes, over one way of sending them. */
export function scimVerbs<Answer>(send: (method: string, path: string, body?: unknown) => Promise<Answer>) {
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown) => send('POST', path, body),
    put: (path: string, body: unknown) => send('PUT', path, body),
    patch: (path: string, Operations: unknown[]) => send('PATCH', path, { schemas: [PATCH_SCHEMA], Operations }),
    delete: (path: string) => send('DELETE', path),
    send,
  };
}

/** The response's SCIM body, after checking its status and that it is `application/scim+json`. */
export async function scimBody<Body = Record<string, unknown>>(response: APIResponse, status: number): Promise<Body> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()['content-type']).toMatch(/^application\/scim\+json/);
  return (await response.json()) as Body;
}

/** A SCIM error (RFC 7644 §3.12) with its status and, when given, its scimType. */
export async function expectScimError(response: APIResponse, status: number, scimType?: string) {
  const body = await scimBody<{ detail: string }>(response, status);
  expect(body).toMatchObject({ schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}) });
  expect(body.detail.length).toBeGreaterThan(10);
  return body;
}

export interface ListResponse {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: Record<string, unknown>[];
}

/** The filter as a query parameter, quoted as Entra ID and Okta quote it. */
export const filterBy = (filter: string) => `filter=${encodeURIComponent(filter)}`;

/** A person's stays in teams, oldest first. */
export const staysOf = (sql: postgres.Sql, personId: number) =>
  sql<{ team_id: number; valid_from: string; valid_to: string | null }[]>`
    select team_id, valid_from::text, valid_to::text from team_memberships where person_id = ${personId} order by id`;

/** The audit entries a token made, oldest first. */
export const auditOfToken = (sql: postgres.Sql, tokenId: number) =>
  sql<{ action: string; entity_id: string; actor_id: number | null; before: unknown; after: unknown }[]>`
    select action, entity_id, actor_id, before, after from audit_log where scim_token_id = ${tokenId} order by id`;

/** A new department with a team, and the team's id: a place for people to have been in since long ago. */
export async function oldTeam(sql: postgres.Sql, label: string): Promise<number> {
  const [department] = await sql<{ id: number }[]>`insert into departments (name) values (${label}) returning id`;
  const [team] = await sql<{ id: number }[]>`
    insert into teams (name, department_id) values ('Oud', ${department!.id}) returning id`;
  return team!.id;
}

/** Puts a person in a team since 2025, as though they had been there long before the provider came. */
export async function stayedSince2025(sql: postgres.Sql, personId: number, teamId: number): Promise<void> {
  await sql`insert into team_memberships (person_id, team_id, valid_from) values (${personId}, ${teamId}, '2025-01-01')`;
}
