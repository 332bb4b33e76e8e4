import { getTranslations } from 'next-intl/server';
import { getReportFormat } from '@/components/reports/report-format';
import type { LeaderActionView } from '@/lib/server/team/leader-actions';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import { ActionDoneToggle } from './action-done-toggle';
import { LeaderActionForm } from './leader-action-form';

interface LeaderActionsSectionProps {
  teamId: number;
  actions: LeaderActionView[];
  defaultLine: number;
  defaultOwner: string;
  /** False for those who read a team's actions without recording them (HR). */
  editable: boolean;
}

/** What the leaders decided to do about the lines; for them, the form to add an action and a way to mark one done. */
export async function LeaderActionsSection({
  teamId,
  actions,
  defaultLine,
  defaultOwner,
  editable,
}: LeaderActionsSectionProps) {
  const [t, lines, format] = await Promise.all([
    getTranslations('team.actions'),
    getTranslations('lines'),
    getReportFormat(),
  ]);
  const lineLabel = (line: ConnectionLine) => `${line} · ${lines(`${line}.name`)}`;
  return (
    <section aria-labelledby="actions-title" className="mb-10">
      <h2 id="actions-title" className="mb-1 text-xl font-semibold text-brand-900">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t(editable ? 'intro' : 'readOnlyIntro')}</p>
      <div className={editable ? 'grid gap-6 lg:grid-cols-2' : ''}>
        {editable ? (
          <LeaderActionForm
            teamId={teamId}
            lines={CONNECTION_LINES.map((line) => ({ value: line, label: lineLabel(line) }))}
            defaultLine={defaultLine}
            defaultOwner={defaultOwner}
          />
        ) : null}
        <div>
          <h3 id="actions-list-title" className="mb-2 font-semibold text-brand-900">
            {t('listTitle')}
          </h3>
          {actions.length === 0 ? (
            <p className="text-slate-700">{t('none')}</p>
          ) : (
            <ul aria-labelledby="actions-list-title" className="space-y-3">
              {actions.map((action) => (
                <li key={action.id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                    {lineLabel(action.line)}
                  </p>
                  <p
                    className={`mt-1 whitespace-pre-line ${action.done ? 'text-slate-600 line-through' : 'text-slate-900'}`}
                  >
                    {action.what}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {t('meta', { owner: action.owner, recorded: format.date(action.createdAt) })}
                    {action.dueDate ? ` · ${t('due', { date: format.date(`${action.dueDate}T12:00:00Z`) })}` : ''}
                    {' · '}
                    <span className="font-medium">{action.done ? t('done') : t('open')}</span>
                  </p>
                  {editable ? (
                    <div className="mt-2">
                      <ActionDoneToggle actionId={action.id} done={action.done} what={action.what} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
