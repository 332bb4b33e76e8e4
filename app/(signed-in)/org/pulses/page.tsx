import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LeaderEmailsForm } from '@/components/alerts/leader-emails-form';
import { PageHeader } from '@/components/page-header';
import { ChatDeliveryForm } from '@/components/pulses/chat-delivery-form';
import { ChatDeliveryStatus } from '@/components/pulses/chat-delivery-status';
import { MailTimingForm } from '@/components/pulses/mail-timing-form';
import { NextPulsePreview } from '@/components/pulses/next-pulse-preview';
import { OpenPulseMailStatus } from '@/components/pulses/open-pulse-mail-status';
import { QuestionBankTable } from '@/components/pulses/question-bank-table';
import { ScheduleForm } from '@/components/pulses/schedule-form';
import { NewSurveyItemForm } from '@/components/pulses/survey-item-form';
import { ThresholdsForm } from '@/components/pulses/thresholds-form';
import { saveThresholdsAction } from './actions';
import { getPulseSettings } from '@/lib/server/pulses/pulse-settings';
import { getAlertSettings } from '@/lib/server/alerts/alert-settings';
import { getMailControls } from '@/lib/server/notifications/pulse-mail-controls';
import { getChatDeliveryControls } from '@/lib/server/chat/chat-delivery-controls';
import { listQuestionBank } from '@/lib/server/pulses/question-bank';
import { requirePageViewer } from '@/lib/server/access/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pulses'))('title') };
}

const SECTION = 'rounded-lg border border-slate-200 bg-white p-5 shadow-sm';

export default async function PulsesPage() {
  const viewer = await requirePageViewer('org:manage');
  const [settings, mail, chat, bank, alertSettings, t, tAlerts] = await Promise.all([
    getPulseSettings(viewer),
    getMailControls(viewer),
    getChatDeliveryControls(viewer),
    listQuestionBank(viewer),
    getAlertSettings(viewer),
    getTranslations('pulses'),
    getTranslations('alerts.settings'),
  ]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <NextPulsePreview settings={settings} />
        <div className="grid gap-6">
          <section aria-labelledby="schedule" className={SECTION}>
            <h2 id="schedule" className="mb-3 text-lg font-semibold text-brand-900">
              {t('schedule.title')}
            </h2>
            <ScheduleForm schedule={settings.schedule} />
          </section>
          <section aria-labelledby="mail" className={SECTION}>
            <h2 id="mail" className="text-lg font-semibold text-brand-900">
              {t('mail.title')}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t('mail.intro')}</p>
            <OpenPulseMailStatus controls={mail} />
            <h3 className="mb-3 mt-6 font-semibold text-brand-900">{t('mail.timingTitle')}</h3>
            <MailTimingForm timing={mail.timing} />
          </section>
          <section aria-labelledby="chat" className={SECTION}>
            <h2 id="chat" className="text-lg font-semibold text-brand-900">
              {t('chat.title')}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t('chat.intro')}</p>
            <ChatDeliveryStatus controls={chat} />
            <h3 className="mb-3 mt-6 font-semibold text-brand-900">{t('chat.choiceTitle')}</h3>
            <ChatDeliveryForm setting={chat.setting} configured={chat.configured} />
          </section>
          <section aria-labelledby="thresholds" className={SECTION}>
            <h2 id="thresholds" className="text-lg font-semibold text-brand-900">
              {t('thresholds.title')}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t('thresholds.intro')}</p>
            <ThresholdsForm thresholds={settings.thresholds} action={saveThresholdsAction} />
          </section>
          <section aria-labelledby="alert-emails" className={SECTION}>
            <h2 id="alert-emails" className="text-lg font-semibold text-brand-900">
              {tAlerts('title')}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{tAlerts('intro')}</p>
            <LeaderEmailsForm settings={alertSettings} />
          </section>
        </div>
      </div>
      <section aria-labelledby="bank" className="mt-10">
        <h2 id="bank" className="text-xl font-semibold text-brand-900">
          {t('bank.title')}
        </h2>
        <p className="mb-4 max-w-3xl text-slate-600">{t('bank.intro')}</p>
        <div className="mb-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h3 className="mb-3 font-semibold text-brand-900">{t('bank.add')}</h3>
          <NewSurveyItemForm />
        </div>
        <QuestionBankTable items={bank} />
      </section>
    </>
  );
}
