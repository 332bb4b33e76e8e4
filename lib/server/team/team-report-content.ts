import 'server-only';
import { createTranslator } from 'next-intl';
import type { ReportList, TeamReportContent } from '@/lib/domain/exports/team-report-pdf';
import type { AppLocale } from '@/lib/domain/i18n/locales';
import type { Messages } from '@/lib/domain/i18n/messages';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { ORGANISATION_TIME_ZONE, type PeriodKind } from '@/lib/domain/periods/period-labels';
import type { ReportCell } from '@/lib/domain/reports/cell-book';
import { tooSmallForResults } from '@/lib/domain/reports/too-small-team';
import type { TeamResults } from '@/lib/server/reports/team-results';
import type { TeamInScope } from './leader-teams';
import type { LeaderActionView } from './leader-actions';
import type { TeamComments } from './team-comments';

interface TeamReportInput {
  locale: AppLocale;
  messages: Messages;
  team: TeamInScope;
  kind: PeriodKind;
  results: TeamResults;
  comments: TeamComments | null;
  actions: readonly LeaderActionView[];
  minGroupSize: number;
  now?: Date;
}

const TREND_PERIODS = 6;
const LANGUAGE_TAGS: Record<AppLocale, string> = { nl: 'nl-BE', en: 'en-GB' };

/** The report's words and figures in the reader's language, with dates in nl-BE or en-GB. */
export function teamReportContent(input: TeamReportInput): TeamReportContent {
  const { locale, messages, team, kind, results, comments, actions, minGroupSize } = input;
  const t = createTranslator({ locale, messages, namespace: 'exports.report' });
  const tag = LANGUAGE_TAGS[locale];
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const day = (date: Date) =>
    new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: ORGANISATION_TIME_ZONE }).format(date);
  const names = createTranslator({ locale, messages, namespace: 'trends.periodName' });
  const monthName = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const periodName = (label: string) => {
    const year = label.slice(0, 4);
    if (kind === 'week') return names('week', { week: Number(label.slice(6)), year });
    if (kind === 'quarter') return names('quarter', { quarter: label.slice(6), year });
    return monthName.format(new Date(`${label}-15T12:00:00Z`));
  };
  const lineName = (line: (typeof CONNECTION_LINES)[number]) => messages.lines[line].name;
  const reason = (cell: ReportCell) => messages.exports.hidden[cell.hidden ?? 'too-few'];
  const { trends, at } = results;
  const periods = trends.lines[0]?.points.map((point) => point.period) ?? [];
  const atIndex = at === null ? -1 : periods.indexOf(at);

  const tooSmall = tooSmallForResults(team.memberCount, trends, minGroupSize);
  const base = {
    title: t('title', { team: team.name }),
    subtitle: t('subtitle', {
      department: team.departmentName,
      period: at === null ? messages.exports.periodKinds[kind] : periodName(at),
      date: day(input.now ?? new Date()),
    }),
    actions: actionList(),
    footer: t('footer'),
  };
  if (tooSmall || atIndex < 0)
    return {
      ...base,
      notice: tooSmall
        ? t('tooSmall', {
            team: team.name,
            members: team.memberCount,
            k: minGroupSize,
            department: team.departmentName,
          })
        : t('noResults'),
      lines: null,
      trend: null,
      comments: null,
    };

  const connection = trends.connection.points[atIndex];
  const shownPeriods = periods.slice(Math.max(0, atIndex - TREND_PERIODS + 1), atIndex + 1);
  const score = (cell: ReportCell | undefined) =>
    cell && !cell.suppressed && cell.score !== null ? oneDecimal.format(cell.score) : '–';
  return {
    ...base,
    notice: null,
    lines: {
      heading: t('lines'),
      table: {
        columns: [t('line'), t('score'), t('favourable'), t('respondents'), t('change'), t('interval')],
        widths: [0.26, 0.14, 0.12, 0.1, 0.14, 0.24],
        rows: trends.lines.map(({ line, points }) => {
          const cell = points[atIndex]!;
          if (cell.suppressed) return [lineName(line), t('hidden', { reason: reason(cell) }), '', '', '', ''];
          return [
            lineName(line),
            score(cell),
            cell.favourable === null ? '–' : percent.format(cell.favourable / 100),
            cell.n === null ? '–' : String(cell.n),
            cell.change === null ? '–' : change.format(cell.change),
            cell.ciLow === null || cell.ciHigh === null
              ? '–'
              : `${oneDecimal.format(cell.ciLow)} – ${oneDecimal.format(cell.ciHigh)}`,
          ];
        }),
      },
      connection: !connection
        ? null
        : connection.suppressed
          ? t('connectionHidden', { reason: reason(connection) })
          : t('connection', { score: score(connection) }),
    },
    trend: {
      heading: t('trend'),
      table: {
        columns: [t('period'), ...CONNECTION_LINES.map(lineName), messages.exports.columns.connection],
        widths: [0.2, 0.14, 0.14, 0.14, 0.14, 0.24],
        rows: shownPeriods.map((period, index) => {
          const at = atIndex - shownPeriods.length + 1 + index;
          return [
            periodName(period),
            ...trends.lines.map(({ points }) => score(points[at])),
            score(trends.connection.points[at]),
          ];
        }),
      },
    },
    comments: commentList(),
  };

  function commentList(): ReportList {
    const shown = comments?.state === 'shown' ? comments.comments : [];
    const state = comments?.state === 'shown' || !comments ? 'none' : comments.state;
    return {
      heading: t('comments'),
      items: shown.map((comment) => (comment.line ? `${lineName(comment.line)}: ${comment.body}` : comment.body)),
      empty: t(`commentsState.${state}`, { threshold: comments?.threshold ?? 0 }),
      more: (count) => t('more', { count }),
    };
  }

  function actionList(): ReportList {
    const ordered = [...actions.filter((action) => !action.done), ...actions.filter((action) => action.done)];
    return {
      heading: t('actions'),
      items: ordered.map((action) =>
        [
          t('action', { line: lineName(action.line), what: action.what, owner: action.owner }),
          action.dueDate ? ` (${t('due', { date: day(new Date(`${action.dueDate}T12:00:00Z`)) })})` : '',
          action.done ? ` · ${t('done')}` : '',
        ].join(''),
      ),
      empty: t('noActions'),
      more: (count) => t('more', { count }),
    };
  }
}
