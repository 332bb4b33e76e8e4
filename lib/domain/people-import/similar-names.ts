import { distance } from 'fastest-levenshtein';

/** Names compare without regard to case or surrounding spaces, so "IT" in the file is the existing "It". */
export const nameKey = (name: string) => name.trim().toLocaleLowerCase('nl');

/** A name without case, accents, spaces or punctuation: "Magazijn", "magazÿn " and "Maga-zijn" look alike. */
export function looseKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The typing mistakes a name may hold and still mean another: none in a name of three letters or
 * fewer ("IT" and "HR" are different teams), one up to seven, two from eight.
 */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Whether a name in the file resembles an existing one without being it: the same but for case,
 * accents, spaces or punctuation, or a small Levenshtein distance between those loose forms.
 */
export function isNearDuplicate(name: string, existing: string): boolean {
  if (nameKey(name) === nameKey(existing)) return false;
  const a = looseKey(name);
  const b = looseKey(existing);
  if (a === b) return true;
  return distance(a, b) <= allowedEdits(Math.max(a.length, b.length));
}
