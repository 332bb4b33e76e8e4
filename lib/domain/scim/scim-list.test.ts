import { describe, expect, it } from 'vitest';
import { SCIM_MAX_PAGE, scimListResponse, scimPagingOf } from './scim-list';

describe('SCIM paging', () => {
  it('follows RFC 7644: 1-based start, below 1 is 1, negative count is 0, capped at the maximum', () => {
    expect(scimPagingOf(new URLSearchParams())).toEqual({ startIndex: 1, count: 100 });
    expect(scimPagingOf(new URLSearchParams('startIndex=0&count=-5'))).toEqual({ startIndex: 1, count: 0 });
    expect(scimPagingOf(new URLSearchParams('startIndex=51&count=100000'))).toEqual({
      startIndex: 51,
      count: SCIM_MAX_PAGE,
    });
    expect(scimPagingOf(new URLSearchParams('startIndex=x&count=y'))).toEqual({ startIndex: 1, count: 100 });
  });

  it('wraps a page as a ListResponse', () => {
    expect(scimListResponse([{ id: '1' }], 7, { startIndex: 3, count: 1 })).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 7,
      startIndex: 3,
      itemsPerPage: 1,
      Resources: [{ id: '1' }],
    });
  });
});
