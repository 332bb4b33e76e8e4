import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { getAppFormatter } from '@/lib/server/i18n/app-formatter';
import type { PeriodKind } from '@/lib/domain/periods/period-labels';

export type PeriodStyle = 'short' | 'long';

/** Number and period formatting in the reader's language: scores with one decimal, periods in words; one per request. */
export const getReportFormat = cache(async () => {
  const [t, format] = await Promise.all([getTranslations('trends'), getAppFormatter()]);
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
  return {
    score: (value: number) => format.number(value, oneDecimal),
    change: (value: number) => format.number(value, { ...oneDecimal, signDisplay: 'exceptZero' }),
    percent: (value: number) => format.number(value / 100, { style: 'percent', maximumFractionDigits: 0 }),
    date: (iso: string) => format.dateTime(new Date(iso), { day: 'numeric', month: 'long' }),
    period: (kind: PeriodKind, label: string, style: PeriodStyle = 'long'): string => {
      const year = label.slice(0, 4);
      if (kind === 'week')
        return t(style === 'short' ? 'periodName.weekShort' : 'periodName.week', {
          week: Number(label.slice(6)),
          year,
        });
      if (kind === 'quarter') return t('periodName.quarter', { quarter: label.slice(6), year });
      return format.dateTime(new Date(`${label}-15T12:00:00Z`), {
        month: style === 'short' ? 'short' : 'long',
        year: 'numeric',
      });
    },
  };
});

export type ReportFormat = Awaited<ReturnType<typeof getReportFormat>>;
