import type { HiddenReason } from '@/lib/domain/reports/report-data';

/** A translator of the `trends.hidden` messages, from `getTranslations` on the server or `useTranslations` in the browser. */
export type HiddenReasonTranslator = (key: 'tooFew' | 'protecting' | 'pending', values: { k: number }) => string;

const MESSAGE: Record<HiddenReason, Parameters<HiddenReasonTranslator>[0]> = {
  'too-few': 'tooFew',
  protecting: 'protecting',
  pending: 'pending',
};

/** Why a figure is not shown, in words: the one text for it on every page, in every report and in the live participation. */
export function hiddenReasonText(t: HiddenReasonTranslator, reason: HiddenReason, minGroupSize: number): string {
  return t(MESSAGE[reason], { k: minGroupSize });
}
