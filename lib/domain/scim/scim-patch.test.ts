import { describe, expect, it } from 'vitest';
import { SCIM_PATCH_SCHEMA, parsePatchBody, scimBoolean } from './scim-patch';

const patch = (Operations: unknown) => ({ schemas: [SCIM_PATCH_SCHEMA], Operations });

describe('SCIM PATCH bodies', () => {
  it("reads Entra ID's capitalised operations, with and without a path", () => {
    const operations = parsePatchBody(
      patch([
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', value: { displayName: 'Ann' } },
        { op: 'Remove', path: 'members[value eq "3"]' },
      ]),
    );
    expect(operations.map((operation) => operation.op)).toEqual(['replace', 'add', 'remove']);
    expect(operations[0]?.path).toEqual({ attribute: 'active' });
    expect(operations[1]?.path).toBeNull();
    expect(operations[2]?.path?.filter?.value).toBe('3');
  });

  it('refuses bodies that are not PatchOps, with a SCIM 400 that says why', () => {
    expect(() => parsePatchBody({ Operations: [] })).toThrow(/PatchOp/);
    expect(() => parsePatchBody(patch([]))).toThrow(/at least one/);
    expect(() => parsePatchBody(patch([{ op: 'move', path: 'a' }]))).toThrow(/PatchOp/);
    expect(() => parsePatchBody(patch([{ op: 'remove' }]))).toThrow(/needs a path/);
    expect(() => parsePatchBody(patch([{ op: 'replace', path: 'active' }]))).toThrow(/needs a value/);
  });

  it('reads booleans as providers send them', () => {
    expect(scimBoolean('False', 'active')).toBe(false);
    expect(scimBoolean(true, 'active')).toBe(true);
    expect(() => scimBoolean('no', 'active')).toThrow(/true or false/);
  });
});
