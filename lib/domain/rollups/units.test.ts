import { describe, expect, it } from 'vitest';
import { parseUnit } from './units';

describe('report unit keys', () => {
  it('reads the organisation, a department and a team', () => {
    expect(parseUnit('org')).toEqual({ kind: 'org' });
    expect(parseUnit('department:3')).toEqual({ kind: 'department', id: 3 });
    expect(parseUnit('team:2147483647')).toEqual({ kind: 'team', id: 2_147_483_647 });
  });

  it('refuses a unit whose id no row can have, so that the database never sees it', () => {
    for (const value of [
      'department:2147483648',
      'team:99999999999',
      'department:0',
      'department:-1',
      'department:abc',
      'department:007',
      'department:',
      'person:3',
      'org:1',
    ]) {
      expect(parseUnit(value), value).toBeNull();
    }
  });
});
