import type { ConnectionLine } from '@/lib/domain/model/connection-lines';
import { QUESTION_BANK } from './question-bank';

/** The line of the question bank item at this index. */
export function lineOf(itemIndex: number): ConnectionLine {
  const item = QUESTION_BANK[itemIndex];
  if (!item) throw new Error(`no question bank item at index ${itemIndex}`);
  return item.line;
}

/** One response's mean score per line, from its scores in the pulse's item order. */
export function lineMeans(lines: readonly ConnectionLine[], scores: ArrayLike<number>): Map<ConnectionLine, number> {
  const sums = new Map<ConnectionLine, { total: number; count: number }>();
  lines.forEach((line, item) => {
    const sum = sums.get(line) ?? { total: 0, count: 0 };
    sums.set(line, { total: sum.total + (scores[item] ?? 0), count: sum.count + 1 });
  });
  return new Map([...sums].map(([line, { total, count }]) => [line, total / count]));
}
