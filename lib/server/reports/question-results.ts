import 'server-only';
import { cache } from 'react';
import { getReadDb } from '@/db';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';
import { type LineQuestions, buildQuestionResults } from '@/lib/domain/reports/question-results';
import { type UnitKey, parseUnit } from '@/lib/domain/rollups/units';
import {
  readAskedItems,
  readCellShown,
  readPreviousPeriod,
  readQuestionFigures,
} from '@/lib/queries/reports/question-figures';
import { requireTeamAccess } from '@/lib/server/access/team-access';
import { requireUnitAccess } from '@/lib/server/access/unit-access';
import type { Viewer } from '@/lib/server/access/viewer';

export interface QuestionResults {
  /** The unit's cell of the period is shown: otherwise none of its questions is. */
  shown: boolean;
  lines: LineQuestions[];
}

/**
 * The questions a team's, a department's or the organisation's period asked, per line, from the
 * published question figures alone; for whoever may see the unit's results. Asked once per request.
 */
export const getQuestionResults = cache(
  async (viewer: Viewer, unit: UnitKey, kind: PeriodKind, at: string): Promise<QuestionResults> => {
    const parsed = parseUnit(unit);
    if (parsed?.kind === 'team') await requireTeamAccess(viewer, parsed.id, 'results');
    else await requireUnitAccess(viewer, unit);
    const db = await getReadDb();
    const [shown, previous, asked] = await Promise.all([
      readCellShown(db, unit, kind, at),
      readPreviousPeriod(db, kind, at),
      readAskedItems(db, kind, [at]),
    ]);
    if (!shown) return { shown: false, lines: [] };
    const figures = await readQuestionFigures(db, kind, previous ? [at, previous] : [at], [unit]);
    const now = figures.get(`${unit}|${at}`) ?? new Map();
    const before = previous ? (figures.get(`${unit}|${previous}`) ?? null) : null;
    return { shown: true, lines: buildQuestionResults(asked.get(at) ?? [], now, before) };
  },
);
