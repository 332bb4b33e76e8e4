import { rotateItems } from '@/lib/domain/pulses/rotate-items';

/** The simulated survey: five items of one line, two asked per pulse, rotating as the server asks them. */
const ITEMS = new Map([[1, [1, 2, 3, 4, 5]]]);

export const itemsOfPulse = (pulseId: number): number[] => rotateItems(ITEMS, pulseId);

/** One committed answer's score on one item: the finest unknown once question figures are served. */
export const itemPiece = (piece: string, itemId: number) => `${piece}#${itemId}`;

/** An atom's answers to one item, as a question figure names what it sums. */
export const questionAtom = (atom: string, itemId: number) => `${atom}#${itemId}`;
