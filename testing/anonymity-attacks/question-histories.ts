import type { HistoryState, PublishedCell, ViewRecorder } from './history-state';
import type { History } from './random-history';
import { itemsOfPulse, questionAtom } from './simulated-items';

const answers = (...persons: number[]) =>
  persons.map((person) => ({ type: 'answer' as const, person, score: 1 + (person % 5) }));

/**
 * Team 1 (persons 1–6) alone; k = 5. It answers the weekly pulses of March with three people each:
 * no week shows, March does (six people). The pulses ask items {3, 4}, {5, 1}, {1, 2} and {3, 4}
 * (simulated-items.ts), so item 5 was asked only in the week persons 2–4 answered, and item 2 only in
 * the week persons 1, 5 and 6 did: March's figure of either would be three people's answers.
 */
export const rotationHistory: History = {
  startDay: 14,
  organisation: { departmentParents: [null], teams: [{ department: 1, size: 6, participation: 1 }] },
  minGroupSize: 5,
  commentMinGroupSize: 10,
  events: [
    { type: 'open', gapDays: 0 },
    ...answers(1, 2, 3),
    { type: 'open', gapDays: 7 },
    ...answers(2, 3, 4),
    { type: 'open', gapDays: 7 },
    ...answers(1, 5, 6),
    { type: 'open', gapDays: 7 },
    ...answers(4, 5, 6),
  ],
};

/**
 * Views as a naive rule would serve them, which they never are: every shown cell's figure of every
 * item over its atoms that asked it, as if a question inherited its cell's publication.
 */
export function withNaiveQuestionFigures(recordViews: ViewRecorder): ViewRecorder {
  return (state) =>
    recordViews(state).map((view) =>
      view.viewer === 'hr' ? { ...view, figures: [...view.figures, ...state.published.flatMap(naive(state))] } : view,
    );
}

const naive = (state: HistoryState) => (cell: PublishedCell) => {
  const atoms = cell.figures[0]!.atoms;
  const itemsOf = (id: string) => itemsOfPulse(state.frozenAtoms.get(id)!.pulseId);
  return [...new Set(atoms.flatMap(itemsOf))].map((itemId) => ({
    name: `${cell.unit}|${cell.kind}|${cell.label}|naive question ${itemId}`,
    atoms: atoms.filter((id) => itemsOf(id).includes(itemId)).map((id) => questionAtom(id, itemId)),
    value: 'served',
  }));
};

/** The items of a history's shown team 1 March figures. */
export const marchQuestions = (state: HistoryState) =>
  state.published
    .find((cell) => cell.unit === 'team:1' && cell.kind === 'month')
    ?.questions.map((question) => [question.itemId, question.atoms] as const) ?? [];
