import fc from 'fast-check';

/** Departments and teams are numbered from 1 in the order given; people from 1, team by team. */
export interface HistoryOrganisation {
  /** Each department's parent: only an earlier department, so the first tree has no cycles. */
  departmentParents: (number | null)[];
  teams: { department: number; size: number; participation: number }[];
}

/** What happens between two views; ids that do not fit the moment (nobody open, an unknown person) make an event a no-op. */
export type HistoryEvent =
  /** The next pulse opens `gapDays` after the previous one opened (or now, if later); the previous one has closed by then. */
  | { type: 'open'; gapDays: number }
  /** Some hours pass in the open pulse; invited people answer (with their team's participation) or revise. */
  | { type: 'answers'; hours: number; seed: number }
  /** One invited person answers the open pulse, or revises their answer. */
  | { type: 'answer'; person: number; score: number }
  /** An answer accepted before the last pulse closed whose commit lands after the close, before it settles. */
  | { type: 'late-commit'; person: number; score: number }
  | { type: 'close' }
  | { type: 'wait'; hours: number }
  | { type: 'publish' }
  | { type: 'move-person'; person: number; team: number }
  | { type: 'move-team'; team: number; department: number }
  /** Refused (a no-op) where it would make a cycle. */
  | { type: 'move-department'; department: number; parent: number | null }
  /** Raises the comment threshold with it where it would fall below. */
  | { type: 'set-k'; minGroupSize: number }
  /** Never below k. */
  | { type: 'set-comment-k'; commentMinGroupSize: number }
  /** Deletes the raw answers of whole months once they, and the weeks and quarters of all their pulses, are decided. */
  | { type: 'retention' };

export interface History {
  /** The first moment: a number of days after Monday 16 February 2026, 08:00 in Brussels (so some histories cross 1 April). */
  startDay: number;
  organisation: HistoryOrganisation;
  minGroupSize: number;
  commentMinGroupSize: number;
  events: HistoryEvent[];
}

const organisationArbitrary: fc.Arbitrary<HistoryOrganisation> = fc.integer({ min: 1, max: 5 }).chain((departments) =>
  fc.record({
    departmentParents: fc.tuple(
      ...Array.from({ length: departments }, (_, index) =>
        index === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 1, max: index }), { nil: null }),
      ),
    ),
    teams: fc.array(
      fc.record({
        department: fc.integer({ min: 1, max: departments }),
        // Small teams as often as ordinary ones.
        size: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 6, max: 15 })),
        participation: fc.double({ min: 0.15, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  }),
);

// A gap of 2 days puts two pulses in one week when the first opens early in it.
const openArbitrary: fc.Arbitrary<HistoryEvent> = fc.record({
  type: fc.constant('open'),
  gapDays: fc.oneof(fc.constant(2), fc.integer({ min: 3, max: 10 })),
});

function eventArbitrary({ departmentParents, teams }: HistoryOrganisation): fc.Arbitrary<HistoryEvent> {
  const person = fc.integer({ min: 1, max: teams.reduce((sum, team) => sum + team.size, 0) });
  const team = fc.integer({ min: 1, max: teams.length });
  const department = fc.integer({ min: 1, max: departmentParents.length });
  const answer = { person, score: fc.integer({ min: 1, max: 5 }) };
  const of = <T extends HistoryEvent['type']>(type: T) => fc.constant(type);
  return fc.oneof(
    { weight: 1, arbitrary: openArbitrary },
    {
      weight: 12,
      arbitrary: fc.record({ type: of('answers'), hours: fc.integer({ min: 1, max: 12 }), seed: fc.nat() }),
    },
    { weight: 2, arbitrary: fc.record({ type: of('answer'), ...answer }) },
    { weight: 2, arbitrary: fc.record({ type: of('late-commit'), ...answer }) },
    { weight: 2, arbitrary: fc.record({ type: of('close') }) },
    { weight: 2, arbitrary: fc.record({ type: of('wait'), hours: fc.integer({ min: 1, max: 240 }) }) },
    { weight: 3, arbitrary: fc.record({ type: of('publish') }) },
    { weight: 1, arbitrary: fc.record({ type: of('move-person'), person, team }) },
    { weight: 1, arbitrary: fc.record({ type: of('move-team'), team, department }) },
    {
      weight: 1,
      arbitrary: fc.record({ type: of('move-department'), department, parent: fc.option(department, { nil: null }) }),
    },
    { weight: 1, arbitrary: fc.record({ type: of('set-k'), minGroupSize: fc.integer({ min: 3, max: 7 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({ type: of('set-comment-k'), commentMinGroupSize: fc.integer({ min: 3, max: 14 }) }),
    },
    { weight: 1, arbitrary: fc.record({ type: of('retention') }) },
  );
}

/** Random histories: a small nested organisation and 3 to 16 runs of events, each opened by a pulse; the simulator closes, publishes and retains at the end. */
export const randomHistoryArbitrary: fc.Arbitrary<History> = organisationArbitrary.chain((organisation) =>
  fc.record({
    startDay: fc.integer({ min: 0, max: 45 }),
    organisation: fc.constant(organisation),
    minGroupSize: fc.integer({ min: 3, max: 7 }),
    commentMinGroupSize: fc.integer({ min: 3, max: 14 }),
    events: fc
      .array(fc.tuple(openArbitrary, fc.array(eventArbitrary(organisation), { minLength: 1, maxLength: 8 })), {
        minLength: 3,
        maxLength: 16,
      })
      .map((runs) => runs.flatMap(([open, events]) => [open, ...events])),
  }),
);
