import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import type { BankItem } from '@/lib/server/pulses/question-bank';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';

/** The bank per connection line: each question in both languages, whether it is active, how often it was asked. */
export async function QuestionBankTable({ items }: { items: BankItem[] }) {
  const [t, lines, format] = await Promise.all([
    getTranslations('pulses.bank'),
    getTranslations('lines'),
    getAppFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' });
  return (
    <div className="space-y-6">
      {CONNECTION_LINES.map((line) => (
        <div key={line} className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="bg-slate-50 px-4 py-2 text-left font-semibold text-brand-900">
              {t('lineHeading', { line, name: lines(`${line}.name`) })}
            </caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t('question')}
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t('asked')}
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {t('status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items
                .filter((item) => item.line === line)
                .map((item) => (
                  <tr key={item.id} className="border-t border-slate-100 align-top">
                    <th scope="row" className="px-4 py-2 font-normal">
                      <Link
                        href={`/org/pulses/items/${item.id}`}
                        lang="nl"
                        className="font-medium text-brand-700 underline-offset-2 hover:underline"
                      >
                        {item.textNl}
                      </Link>
                      <span lang="en" className="block text-slate-600">
                        {item.textEn}
                      </span>
                    </th>
                    <td className="px-4 py-2">
                      {t('askedCount', { count: item.pulseCount })}
                      {item.lastAskedAt ? (
                        <span className="block text-slate-600">{t('lastAsked', { date: date(item.lastAskedAt) })}</span>
                      ) : null}
                    </td>
                    <td className="px-4 py-2">
                      {item.active
                        ? t('active')
                        : t('retiredOn', { date: item.retiredAt ? date(item.retiredAt) : '—' })}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
