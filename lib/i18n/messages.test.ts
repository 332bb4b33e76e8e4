import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('has every Dutch message in English and the other way round', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('has no empty message', () => {
    for (const messages of [en, nl]) {
      const empty = keysOf(messages).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === '');
      expect(empty).toEqual([]);
    }
  });
});
