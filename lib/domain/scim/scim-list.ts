import { z } from 'zod';

export const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** The most resources one page holds, whatever `count` asks. */
export const SCIM_MAX_PAGE = 200;

/**
 * `startIndex` (1-based) and `count` of a list request. RFC 7644 §3.4.2.4: a start below 1 is 1, a
 * negative count is 0; a count above the maximum is cut to it.
 */
export const scimPagingSchema = z.object({
  startIndex: z.coerce
    .number()
    .int()
    .catch(1)
    .transform((value) => Math.max(1, value)),
  count: z.coerce
    .number()
    .int()
    .catch(100)
    .transform((value) => Math.min(SCIM_MAX_PAGE, Math.max(0, value))),
});

export type ScimPaging = z.infer<typeof scimPagingSchema>;

export function scimPagingOf(searchParams: URLSearchParams): ScimPaging {
  return scimPagingSchema.parse({
    startIndex: searchParams.get('startIndex') ?? undefined,
    count: searchParams.get('count') ?? undefined,
  });
}

/** A page of resources as a SCIM ListResponse. */
export function scimListResponse<Resource>(resources: Resource[], totalResults: number, paging: ScimPaging) {
  return {
    schemas: [SCIM_LIST_SCHEMA],
    totalResults,
    startIndex: paging.startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
