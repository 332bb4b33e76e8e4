import { describe, expect, it } from 'vitest';
import { auditFilterQuery, auditFilterSchema, auditQuerySchema, auditRange } from './audit-filter';

describe('auditRange', () => {
  it('spans whole days in Brussels, summer and winter time alike', () => {
    expect(auditRange({ from: '2026-01-10', to: '2026-01-10' })).toEqual({
      since: new Date('2026-01-09T23:00:00Z'),
      until: new Date('2026-01-10T23:00:00Z'),
    });
    expect(auditRange({ from: '2026-07-01', to: '2026-07-31' })).toEqual({
      since: new Date('2026-06-30T22:00:00Z'),
      until: new Date('2026-07-31T22:00:00Z'),
    });
    expect(auditRange({ from: '', to: '2026-03-28' }).until).toEqual(new Date('2026-03-28T23:00:00Z'));
    expect(auditRange({ from: '', to: '' })).toEqual({ since: undefined, until: undefined });
  });
});

describe('the audit filter', () => {
  it('keeps a page’s unknown parameters out, while the API refuses them', () => {
    expect(auditFilterSchema.parse({ utm: 'x' })).toEqual({ action: '', person: '', from: '', to: '', page: 1 });
    expect(auditQuerySchema.safeParse({ utm: 'x' }).success).toBe(false);
    expect(auditQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-01' }).success).toBe(false);
  });

  it('writes a shareable query string without the empty filters', () => {
    expect(auditFilterQuery({ action: 'person.move', person: 'An Peeters', from: '', to: '2026-01-31', page: 1 })).toBe(
      'action=person.move&person=An+Peeters&to=2026-01-31',
    );
    expect(auditFilterQuery({ action: '', page: 3 })).toBe('page=3');
  });
});
