import { getTranslations } from 'next-intl/server';
import { CHAT_CHANNELS } from '@/lib/domain/chat/chat-delivery-setting';
import type { ChatDeliveryControls } from '@/lib/server/chat/chat-delivery-controls';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';

const STATES = ['delivered', 'waiting', 'failed'] as const;

/** Which channels this server can send to, and the open pulse's Teams and Slack messages in counts, never names. */
export async function ChatDeliveryStatus({ controls }: { controls: ChatDeliveryControls }) {
  const [t, format] = await Promise.all([getTranslations('pulses.chat'), getAppFormatter()]);
  const { configured, openPulse } = controls;
  const shown = CHAT_CHANNELS.filter((channel) => configured.includes(channel) || openPulse?.[channel]);
  return (
    <div className="space-y-4">
      <ul className="space-y-1 text-sm" data-testid="chat-configured">
        {CHAT_CHANNELS.map((channel) => (
          <li key={channel}>
            {t(configured.includes(channel) ? 'configured' : 'notConfigured', {
              channel: t(`channel.${channel}`),
              variable: channel === 'teams' ? 'TEAMS_WORKFLOW_URL' : 'SLACK_BOT_TOKEN',
            })}
          </li>
        ))}
      </ul>
      {openPulse === null ? (
        <p className="text-sm text-slate-700">{t('noOpenPulse')}</p>
      ) : shown.length === 0 ? null : (
        <div className="space-y-3" data-testid="chat-counts">
          <h3 className="font-medium text-brand-900">{t('countsCaption')}</h3>
          {shown.map((channel) => (
            <div key={channel}>
              <h4 className="mb-1 text-sm font-semibold text-slate-800">{t(`channel.${channel}`)}</h4>
              <dl className="grid grid-cols-3 gap-3">
                {STATES.map((state) => (
                  <div key={state} className="rounded-md bg-slate-50 p-3">
                    <dt className="text-sm text-slate-700">{t(`counts.${state}`)}</dt>
                    <dd
                      className="text-xl font-semibold tabular-nums text-brand-900"
                      data-testid={`chat-${channel}-${state}`}
                    >
                      {format.number(openPulse[channel]?.[state] ?? 0)}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
          <p className="text-sm text-slate-600">{t('countsNote')}</p>
        </div>
      )}
    </div>
  );
}
