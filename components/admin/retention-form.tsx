'use client';
import { useTranslations } from 'next-intl';
import { useAppFormatter } from '@/components/i18n/use-app-formatter';
import { useId } from 'react';
import { retentionAction } from '@/app/(signed-in)/admin/actions';
import { TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS, retentionForm } from '@/lib/domain/admin/admin-schemas';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';

/** Counts first; only then offers to delete exactly what was counted, in a form of its own. */
export function RetentionForm() {
  const t = useTranslations('admin.retention');
  const errors = useTranslations('admin.errors');
  const format = useAppFormatter();
  const { state, pending, form } = useValidatedAction(retentionForm, retentionAction);
  const status = useId();
  const outcome = state.status === 'saved' ? state.result : null;
  const counted = outcome && !outcome.deleted && outcome.responses > 0 ? outcome : null;
  const numbers = outcome
    ? {
        responses: outcome.responses,
        pulses: outcome.pulses,
        cutoff: format.dateTime(outcome.cutoff, { dateStyle: 'long' }),
        periods: format.list(
          outcome.periods.map((month) =>
            format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: 'long', year: 'numeric' }),
          ),
        ),
      }
    : null;
  return (
    <div className="space-y-4">
      <form {...form} noValidate aria-describedby={status} className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <TextField
            name="months"
            type="number"
            min={RETENTION_MIN_MONTHS}
            max={RETENTION_MAX_MONTHS}
            label={t('months')}
            hint={t('monthsHint')}
            defaultValue={24}
            error={fieldIsInvalid(state, 'months') ? errors('months') : undefined}
          />
        </div>
        <SubmitButton pending={pending} label={t('count')} pendingLabel={t('counting')} variant="secondary" />
      </form>
      <FormStatus
        id={status}
        state={state}
        namespace="admin"
        saved={numbers ? (outcome?.deleted ? t('deleted', numbers) : t('wouldDelete', numbers)) : undefined}
      />
      {counted ? (
        <form
          onSubmit={form.onSubmit}
          className="rounded-md border border-red-200 bg-red-50 p-4"
          aria-labelledby={`${status}-confirm`}
        >
          <h3 id={`${status}-confirm`} className="font-semibold text-red-900">
            {t('confirmTitle')}
          </h3>
          <p className="mb-3 text-red-900">{t('irreversible')}</p>
          <input type="hidden" name="months" value={counted.months} />
          <input type="hidden" name="confirm" value="delete" />
          <SubmitButton pending={pending} label={t('delete')} pendingLabel={t('deleting')} variant="danger" />
        </form>
      ) : null}
    </div>
  );
}
