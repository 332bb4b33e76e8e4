import { getTranslations } from 'next-intl/server';

/** The asterisk on a shown figure that leaves out some answers to protect a smaller group; its words for screen readers and on hover. */
export async function HeldBackMarker() {
  const t = await getTranslations('trends.heldBack');
  return (
    <span title={t('marker')}>
      <span aria-hidden="true">*</span>
      <span className="sr-only"> ({t('marker')})</span>
    </span>
  );
}

/** The one line under a table or cards that explains the asterisk, where any figure has one. */
export async function HeldBackNote() {
  const t = await getTranslations('trends.heldBack');
  return <p className="mt-2 text-sm text-slate-700">{t('note')}</p>;
}
