import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rotateItems } from './rotate-items';

function bank(sizes: Record<number, number>): Map<number, number[]> {
  return new Map(
    Object.entries(sizes).map(([line, size]) => [
      Number(line),
      Array.from({ length: size }, (_, i) => Number(line) * 100 + i),
    ]),
  );
}

const lineOf = (id: number) => Math.floor(id / 100);

describe('rotateItems', () => {
  const itemsByLine = bank({ 1: 5, 2: 5, 3: 4, 4: 7 });

  it('asks perLine distinct items from every line, lines in order', () => {
    for (let sequence = 0; sequence < 40; sequence++) {
      const ids = rotateItems(itemsByLine, sequence);
      expect(ids).toHaveLength(8);
      expect(new Set(ids).size).toBe(8);
      expect(ids.map(lineOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    }
  });

  it('brings every item back within ceil(items / perLine) consecutive pulses, from any start', () => {
    for (const perLine of [1, 2, 3]) {
      for (const [line, items] of itemsByLine) {
        const cycle = Math.ceil(items.length / perLine);
        for (let start = -3; start < 20; start++) {
          const asked = new Set<number>();
          for (let sequence = start; sequence < start + cycle; sequence++) {
            rotateItems(itemsByLine, sequence, perLine)
              .filter((id) => lineOf(id) === line)
              .forEach((id) => asked.add(id));
          }
          expect([...asked].sort()).toEqual([...items].sort());
        }
      }
    }
  });

  it('for any bank and any run of pulses, covers all four lines and every item within a cycle', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
          fc.integer({ min: 1, max: 9 }),
        ),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(500),
        (sizes, perLine, start) => {
          const anyBank = bank({ 1: sizes[0], 2: sizes[1], 3: sizes[2], 4: sizes[3] });
          const cycle = Math.max(...sizes.map((size) => Math.ceil(size / perLine)));
          const asked = new Set<number>();
          for (let sequence = start; sequence < start + cycle; sequence++) {
            const pulse = rotateItems(anyBank, sequence, perLine);
            expect(new Set(pulse.map(lineOf))).toEqual(new Set([1, 2, 3, 4]));
            pulse.forEach((id) => asked.add(id));
          }
          expect(asked.size).toBe(sizes.reduce((sum, size) => sum + size, 0));
        },
      ),
    );
  });

  it('is deterministic', () => {
    expect(rotateItems(itemsByLine, 11, 3)).toEqual(rotateItems(itemsByLine, 11, 3));
  });

  it('asks a line with fewer than perLine items whole', () => {
    const ids = rotateItems(bank({ 1: 1, 2: 2, 3: 5 }), 4, 3);
    expect(ids.map(lineOf)).toEqual([1, 2, 2, 3, 3, 3]);
  });

  it('refuses a perLine below one', () => {
    expect(() => rotateItems(itemsByLine, 0, 0)).toThrow(RangeError);
  });
});
