import { describe, expect, it } from 'vitest';
import { formatDate, formattingLocale } from './date-format';

const fifthOfDecember = new Date('2026-12-05T09:30:00Z');
const brussels = { timeZone: 'Europe/Brussels' } as const;

describe('formattingLocale', () => {
  it('writes English as in Britain and Dutch as in Belgium, Dutch when the language is unknown', () => {
    expect(formattingLocale('en')).toBe('en-GB');
    expect(formattingLocale('nl')).toBe('nl-BE');
    expect(formattingLocale('fr')).toBe('nl-BE');
  });
});

describe('formatDate', () => {
  it('puts the day before the month in English, never the American order', () => {
    expect(formatDate(fifthOfDecember, 'en', { dateStyle: 'short', ...brussels })).toBe('05/12/2026');
    expect(formatDate(fifthOfDecember, 'en', { dateStyle: 'medium', ...brussels })).toBe('5 Dec 2026');
    expect(formatDate(fifthOfDecember, 'en', { timeStyle: 'short', ...brussels })).toBe('10:30');
  });

  it('writes Belgian Dutch dates with slashes and a 24-hour clock', () => {
    expect(formatDate(fifthOfDecember, 'nl', { dateStyle: 'short', ...brussels })).toBe('5/12/2026');
    expect(formatDate(fifthOfDecember, 'nl', { dateStyle: 'long', ...brussels })).toBe('5 december 2026');
    expect(formatDate('2026-12-05T09:30:00Z', 'nl', { timeStyle: 'short', ...brussels })).toBe('10:30');
  });
});
