import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { distinctPersons } from '@/lib/domain/anonymity/atom-patterns';
import { type CellDecision, decidePeriodCells } from '@/lib/domain/anonymity/decide-period-cells';
import { decideQuestionFigures } from '@/lib/domain/anonymity/decide-question-figures';
import type { DuePeriod } from '@/lib/domain/anonymity/periods-due';
import type { Figure, HistoryState, PublishedCell } from './history-state';
import { itemsOfPulse, questionAtom } from './simulated-items';

const MEASURES = ['scores', 'n', 'favourable', 'participation'] as const;

/** Decides a period's cells, then their question figures, as the server does, and returns those shown. */
export function decidePeriod(state: HistoryState, { kind, label, pulseIds }: DuePeriod): PublishedCell[] {
  const atoms = [...state.frozenAtoms.values()].filter((atom) => pulseIds.includes(atom.pulseId));
  const commentMinGroupSize = Math.max(
    ...state.pulses.filter((pulse) => pulseIds.includes(pulse.id)).map((pulse) => pulse.commentMinGroupSize),
  );
  const shown: PublishedCell[] = [];
  for (const decision of decidePeriodCells(
    { kind, label, atoms, commentMinGroupSize },
    state.patterns,
    state.frozenAtoms,
  )) {
    if (decision.status !== 'shown') continue;
    const { unit, heldBack, comments } = decision;
    shown.push({
      unit,
      kind,
      label,
      heldBack,
      comments,
      commentMinGroupSize,
      figures: figuresOf(state, decision, kind, label),
      questions: [],
      personMeans: null,
    });
  }
  const pulseOf = (id: string) => state.frozenAtoms.get(id)!.pulseId;
  const questions = decideQuestionFigures(
    { kind, label, atoms },
    shown.map((cell) => ({ unit: cell.unit, atoms: cell.figures[0]!.atoms })),
    state.patterns,
    state.frozenAtoms,
    (id) => itemsOfPulse(pulseOf(id)),
  );
  for (const { unit, itemId, atoms: asked } of questions) {
    const cell = shown.find((each) => each.unit === unit)!;
    cell.questions.push({ itemId, atoms: asked });
    const scores = asked.flatMap((id) => state.contents.get(id)!).map((piece) => state.pieces.get(piece)!.score);
    cell.figures.push({
      name: `${unit}|${kind}|${label}|question ${itemId}`,
      atoms: asked.map((id) => questionAtom(id, itemId)),
      value: [1, 2, 3, 4, 5].map((score) => scores.filter((each) => each === score).length).join(','),
    });
  }
  state.published.push(...shown);
  state.decided.add(`${kind}|${label}`);
  return shown;
}

/** The figures of a published cell, worked out once from its frozen atoms. */
function figuresOf(state: HistoryState, { unit, atoms }: CellDecision, kind: PeriodKind, label: string): Figure[] {
  const pieces = atoms.flatMap((id) => state.contents.get(id)!).map((piece) => state.pieces.get(piece)!);
  const counts = [1, 2, 3, 4, 5].map((score) => pieces.filter((piece) => piece.score === score).length);
  const invited = atoms
    .map((id) => state.frozenAtoms.get(id)!)
    .reduce(
      (sum, atom) =>
        sum + [...state.pulses[atom.pulseId - 1]!.invited.values()].filter((teamId) => teamId === atom.teamId).length,
      0,
    );
  const values = {
    scores: counts.join(','),
    n: String(distinctPersons(atoms.map((id) => state.frozenAtoms.get(id)!))),
    favourable: String(counts[3]! + counts[4]!),
    participation: `${pieces.length}/${invited}`,
  };
  return MEASURES.map((measure) => ({ name: `${unit}|${kind}|${label}|${measure}`, atoms, value: values[measure] }));
}
