import { describe, expect, it } from 'vitest';
import { MAX_DATABASE_ID, databaseId, databaseIdText, parseDatabaseId } from './database-id';

const BEYOND_INT32 = ['2147483648', '99999999999', '1' + '0'.repeat(400)];
const NOT_IDS = ['', '0', '-1', 'abc', '1.5', '1e3', '0x10', ' 12', '12 ', '+12', 'NaN', 'Infinity'];

describe('database ids', () => {
  it('takes every whole number from 1 to the largest Postgres integer', () => {
    expect(databaseId().parse(1)).toBe(1);
    expect(databaseId().parse(MAX_DATABASE_ID)).toBe(2_147_483_647);
    expect(databaseIdText().parse('42')).toBe(42);
    expect(databaseIdText().parse(String(MAX_DATABASE_ID))).toBe(MAX_DATABASE_ID);
  });

  it('refuses numbers that no row can have, beyond int32 included, with the message given', () => {
    for (const value of [0, -1, 1.5, MAX_DATABASE_ID + 1, 99_999_999_999, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = databaseId('Choose one from the list.').safeParse(value);
      expect(result.success, String(value)).toBe(false);
      expect(
        result.error?.issues.map((issue) => issue.message),
        String(value),
      ).toEqual(['Choose one from the list.']);
    }
    expect(databaseId().safeParse('12').success).toBe(false);
  });

  it('reads only plain digits from text, and refuses what is out of range', () => {
    for (const text of [...BEYOND_INT32, ...NOT_IDS]) {
      const result = databaseIdText('The pulse id is not valid.').safeParse(text);
      expect(result.success, text).toBe(false);
      expect(result.error?.issues[0]?.message, text).toBe('The pulse id is not valid.');
      expect(parseDatabaseId(text), text).toBeNull();
    }
    expect(databaseIdText().safeParse(undefined).success).toBe(false);
    expect(parseDatabaseId('007')).toBe(7);
  });
});
