import { type PublicationAtom, distinctPersons } from '@/lib/domain/anonymity/atom-patterns';

/** A frozen atom with its figures: what it adds to every cell that holds it. */
export interface FrozenAtom extends PublicationAtom {
  respondents: number;
  invited: number;
  /** Per connection line, the count of each score 1–5 (line 1's five first). */
  scoreCounts: number[];
  commentMinGroupSize: number;
}

/** A published cell's figures: distinct people, responses and invitations, and score counts, summed over its atoms. */
export function cellFigures(atoms: readonly FrozenAtom[]) {
  const scoreCounts = new Array<number>(atoms[0]?.scoreCounts.length ?? 0).fill(0);
  for (const atom of atoms) atom.scoreCounts.forEach((count, index) => (scoreCounts[index]! += count));
  return {
    respondents: distinctPersons(atoms),
    responses: atoms.reduce((sum, atom) => sum + atom.respondents, 0),
    invited: atoms.reduce((sum, atom) => sum + atom.invited, 0),
    scoreCounts,
  };
}
