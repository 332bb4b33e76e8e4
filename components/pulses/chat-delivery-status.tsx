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
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="chat-counts">
            <caption className="mb-2 text-left font-medium text-brand-900">{t('countsCaption')}</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t('channelColumn')}
                </th>
                {STATES.map((state) => (
                  <th key={state} scope="col" className="px-3 py-2 text-right font-semibold">
                    {t(`counts.${state}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((channel) => (
                <tr key={channel} className="border-t border-slate-100" data-testid={`chat-counts-${channel}`}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    {t(`channel.${channel}`)}
                  </th>
                  {STATES.map((state) => (
                    <td
                      key={state}
                      className="px-3 py-2 text-right tabular-nums"
                      data-testid={`chat-${channel}-${state}`}
                    >
                      {format.number(openPulse[channel]?.[state] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-sm text-slate-600">{t('countsNote')}</p>
        </div>
      )}
    </div>
  );
}
