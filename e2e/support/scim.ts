import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { scimClient as rawScimClient, scimVerbs } from './scim-client';

export { createScimToken } from './scim-client';

export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** An address nobody has, in the demo's domain. */
export const freshAddress = (label: string) => `e2e.scim.${label}.${randomUUID().slice(0, 8)}@demo.test`;

export interface ScimAnswer {
  status: number;
  contentType: string;
  location: string | undefined;
  wwwAuthenticate: string | undefined;
  json: Record<string, unknown> | null;
}

/** SCIM requests as an identity provider sends them, each answer read at once. */
export function scimClient(request: APIRequestContext, token: string | null) {
  const raw = rawScimClient(request, token);
  const send = async (method: string, path: string, body?: unknown): Promise<ScimAnswer> => {
    const response = await raw.send(method, path, body);
    const text = await response.text();
    return {
      status: response.status(),
      contentType: response.headers()['content-type'] ?? '',
      location: response.headers()['location'],
      wwwAuthenticate: response.headers()['www-authenticate'],
      json: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  };
  return scimVerbs(send);
}

/** `/Users?filter=…`, the filter encoded as identity providers send it, and `extra` parameters. */
export const usersWhere = (filter: string, extra = '') => `/Users?filter=${encodeURIComponent(filter)}${extra}`;
