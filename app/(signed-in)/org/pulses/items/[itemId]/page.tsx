import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { RetireItemForm } from '@/components/pulses/retire-item-form';
import { SurveyItemTextForm } from '@/components/pulses/survey-item-form';
import { getBankItem } from '@/lib/server/pulses/question-bank';
import { orNotFoundPage } from '@/lib/server/next/or-not-found-page';
import { requirePageViewer } from '@/lib/server/access/session';
import { parseDatabaseId } from '@/lib/domain/validation/database-id';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pulses.bank'))('title') };
}

const SECTION = 'rounded-lg border border-slate-200 bg-white p-5 shadow-sm';

export default async function SurveyItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const viewer = await requirePageViewer('org:manage');
  const itemId = parseDatabaseId((await params).itemId);
  if (itemId === null) notFound();
  const [item, t, lines, format] = await Promise.all([
    orNotFoundPage(getBankItem(viewer, itemId)),
    getTranslations('pulses'),
    getTranslations('lines'),
    getAppFormatter(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p className="mb-4">
        <Link href="/org/pulses" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t('item.back')}
        </Link>
      </p>
      <PageHeader title={t('item.title', { id: item.id })}>
        <p>
          {item.line} · {lines(`${item.line}.name`)} —{' '}
          {item.active ? t('bank.active') : t('bank.retiredOn', { date: item.retiredAt ? when(item.retiredAt) : '—' })}
        </p>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="edit" className={SECTION}>
          <h2 id="edit" className="mb-3 text-lg font-semibold text-brand-900">
            {t('item.editTitle')}
          </h2>
          <SurveyItemTextForm item={{ id: item.id, textNl: item.textNl, textEn: item.textEn }} />
        </section>
        <section aria-labelledby="retire" className={SECTION}>
          <h2 id="retire" className="mb-3 text-lg font-semibold text-brand-900">
            {t('item.retireTitle')}
          </h2>
          {item.active ? (
            <RetireItemForm itemId={item.id} />
          ) : (
            <p className="text-slate-700">{t('item.retiredNote')}</p>
          )}
        </section>
      </div>
      <section aria-labelledby="asked" className="mt-8">
        <h2 id="asked" className="mb-3 text-lg font-semibold text-brand-900">
          {t('item.pulsesTitle')}
        </h2>
        {item.pulses.length === 0 ? (
          <p className="text-slate-600">{t('item.noPulses')}</p>
        ) : (
          <DataTable
            framed
            caption={t('item.pulsesTitle')}
            columns={[
              { label: t('item.opened') },
              { label: t('item.closed') },
              { label: t('item.position'), className: 'text-right' },
            ]}
          >
            {item.pulses.map((pulse) => (
              <tr key={pulse.id} className="border-t border-slate-100">
                <th scope="row" className="px-4 py-2 font-normal tabular-nums">
                  {when(pulse.opensAt)}
                </th>
                <td className="px-4 py-2 tabular-nums">{when(pulse.closesAt)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{pulse.position}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
