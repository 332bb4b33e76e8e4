import { describe, expect, it } from 'vitest';
import { messages as en } from '@/messages/en';
import { messages as nl } from '@/messages/nl';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function valueAt(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

describe('translations', () => {
  it('has every Dutch message in English and the other way round', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('has no empty message', () => {
    for (const messages of [en, nl]) {
      expect(keysOf(messages).filter((key) => valueAt(messages, key) === '')).toEqual([]);
    }
  });
});
