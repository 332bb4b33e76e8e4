import type { PersonMeanSums } from './history-state';
import type { HeldFigure } from './rank-attacker';

/**
 * The sums over person means as the attacker holds them, in one family with the answer counts. A
 * mean is not linear in the answers, so each figure is held as a sum over its terms, one per
 * (person, team). A term of one piece is that answer over the fixed number of items: the same
 * unknown as the piece the counts sum. A term of two or more pieces is a new unknown of its person,
 * named by its pieces, which the same person's mean of the same answers shares and nothing else
 * does. A cell's count, Σ and Σ² of means run over the same terms: one held figure. The connection
 * score's composite of a term (its mean of line means) is held the same way: over one piece, the
 * piece itself (the strongest assumption: the counts cancel it); over several, a new unknown of its
 * person, apart from the line mean of the same pieces.
 */
export function heldPersonMeanFigures(figures: readonly PersonMeanSums[]): {
  held: HeldFigure[];
  opaqueTerms: Map<string, readonly string[]>;
} {
  const opaqueTerms = new Map<string, readonly string[]>();
  const unknownOf = (pieces: readonly string[], composite: boolean) => {
    if (pieces.length === 1) return pieces[0]!;
    const name = `${composite ? 'composite mean' : 'mean'} of ${pieces.join(' + ')}`;
    opaqueTerms.set(name, pieces);
    return name;
  };
  return {
    held: figures.map((figure) => ({
      name: figure.name,
      pieces: figure.terms.map((pieces) => unknownOf(pieces, figure.composite === true)),
    })),
    opaqueTerms,
  };
}
