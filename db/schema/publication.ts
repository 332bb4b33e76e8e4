import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { periodKindEnum } from './rollups';
import { pulses } from './surveys';

/**
 * What was published, decided once and never changed (lib/publication): reports of every role read
 * these tables and nothing else, so a reorganisation, a threshold change, a late answer, a rebuild
 * or retention cannot change a figure that was shown, nor whether it is shown.
 */

/** A pulse that closed and settled: its atoms are frozen with the thresholds in force then. */
export const publishedPulses = pgTable('published_pulses', {
  pulseId: integer()
    .primaryKey()
    .references(() => pulses.id, { onDelete: 'cascade' }),
  publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  minGroupSize: integer().notNull(),
  commentMinGroupSize: integer().notNull(),
});

/**
 * One team's answers to one pulse (an atom), frozen when the pulse was published: the units they
 * count in (the team, its departments then, the organisation), how many answered and were invited,
 * and the count of each score 1–5 per connection line (line 1's five counts first).
 */
export const publishedAtoms = pgTable(
  'published_atoms',
  {
    pulseId: integer()
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    teamId: integer().notNull(),
    units: text().array().notNull(),
    respondents: integer().notNull(),
    invited: integer().notNull(),
    scoreCounts: integer().array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.pulseId, t.teamId] })],
);

/** A period whose cells are decided. */
export const publishedPeriods = pgTable(
  'published_periods',
  {
    periodKind: periodKindEnum().notNull(),
    periodLabel: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * Its question figures are decided (lib/domain/anonymity/decide-question-figures.ts). False for a
     * period decided before question figures were kept, until the next publication run decides them.
     */
    questionsDecided: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.periodKind, t.periodLabel] })],
);

/**
 * Every decided cell: shown with its figures, or hidden with the reason ('too-few': fewer than k
 * answered; 'protecting': held back so that no smaller group can be worked out).
 */
export const publishedCells = pgTable(
  'published_cells',
  {
    unit: text().notNull(),
    periodKind: periodKindEnum().notNull(),
    periodLabel: text().notNull(),
    status: text().notNull(),
    respondents: integer(),
    responses: integer(),
    invited: integer(),
    heldBack: boolean().notNull().default(false),
    comments: boolean().notNull().default(false),
    scoreCounts: integer().array(),
    /**
     * Per line, of each (person, team)'s mean answer on the line over the cell's atoms: how many, their
     * sum and their sum of squares (line 1's three first); filled right after the cell is decided
     * (lib/queries/publication/fill-person-means.ts). Empty when its answers were gone before it was filled.
     */
    personMeans: doublePrecision().array(),
    /**
     * Per line, of the (person, team) pairs in both this cell and the previous published period's cell
     * of the unit: how many, the sums of their means now and before, of their squares and of their
     * products (six per line). All zero for a line where fewer than k pairs are in both.
     */
    overlap: doublePrecision().array(),
  },
  (t) => [
    primaryKey({ columns: [t.unit, t.periodKind, t.periodLabel] }),
    index('published_cells_period_idx').on(t.periodKind, t.periodLabel),
    index('published_cells_unfilled_idx')
      .on(t.periodKind, t.periodLabel)
      .where(sql`${t.status} = 'shown' and ${t.personMeans} is null`),
    check('published_cells_status', sql`${t.status} in ('shown', 'too-few', 'protecting')`),
  ],
);

/** The atoms each shown cell sums over: its definition, which later decisions must respect. */
export const publishedCellAtoms = pgTable(
  'published_cell_atoms',
  {
    unit: text().notNull(),
    periodKind: periodKindEnum().notNull(),
    periodLabel: text().notNull(),
    pulseId: integer().notNull(),
    teamId: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unit, t.periodKind, t.periodLabel, t.pulseId, t.teamId] }),
    index('published_cell_atoms_atom_idx').on(t.pulseId, t.teamId),
  ],
);

/**
 * Per atom, the count of each score 1–5 of every item its pulse asked (zero counts for an atom
 * nobody answered), frozen with the atom. An atom without rows was frozen before these were kept.
 */
export const publishedAtomItems = pgTable(
  'published_atom_items',
  {
    pulseId: integer()
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    teamId: integer().notNull(),
    itemId: integer().notNull(),
    scoreCounts: integer().array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.pulseId, t.teamId, t.itemId] })],
);

/**
 * A shown cell's published question figure: the score counts of one item over the cell's atoms whose
 * pulse asked it. `partial`: not every atom of the cell asked it, so the figure sums a smaller set of
 * atoms than the cell, which every later decision must respect as a published group of its own.
 */
export const publishedCellItems = pgTable(
  'published_cell_items',
  {
    unit: text().notNull(),
    periodKind: periodKindEnum().notNull(),
    periodLabel: text().notNull(),
    itemId: integer().notNull(),
    scoreCounts: integer().array().notNull(),
    /** The pulses of the figure that asked the item: a person answers it at most once per pulse. */
    pulses: integer().notNull(),
    partial: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unit, t.periodKind, t.periodLabel, t.itemId] }),
    index('published_cell_items_period_idx').on(t.periodKind, t.periodLabel),
  ],
);
