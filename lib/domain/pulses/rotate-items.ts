/**
 * The items one pulse asks: `perLine` items from every connection line, taken as a sliding window
 * over each line's items so that every item returns within ceil(items / perLine) pulses. Lines come
 * out in ascending order, items in the order given; a line with at most `perLine` items is asked whole.
 */
export function rotateItems<Id>(
  itemsByLine: ReadonlyMap<number, readonly Id[]>,
  pulseSequence: number,
  perLine = 2,
): Id[] {
  if (!Number.isInteger(perLine) || perLine < 1) {
    throw new RangeError(`perLine must be a positive integer, got ${perLine}`);
  }
  if (!Number.isInteger(pulseSequence)) {
    throw new RangeError(`pulseSequence must be an integer, got ${pulseSequence}`);
  }

  const lines = [...itemsByLine.keys()].sort((a, b) => a - b);
  return lines.flatMap((line) => {
    const items = itemsByLine.get(line) ?? [];
    if (items.length <= perLine) return [...items];
    const cycleLength = Math.ceil(items.length / perLine);
    const start = mod(pulseSequence, cycleLength) * perLine;
    return Array.from({ length: perLine }, (_, offset) => items[(start + offset) % items.length] as Id);
  });
}

function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}
