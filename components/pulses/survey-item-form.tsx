'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { createItemAction, updateItemAction } from '@/app/(signed-in)/org/pulses/actions';
import { SelectField, TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { CONNECTION_LINES } from '@/lib/domain/model/connection-lines';
import { ITEM_TEXT_MAX, surveyItemForm, surveyItemTextForm } from '@/lib/domain/pulses/survey-item-schemas';

/** Adds a question to the bank: its line and its Dutch and English text. */
export function NewSurveyItemForm() {
  const t = useTranslations();
  const { state, pending, form } = useValidatedAction(surveyItemForm, createItemAction, { resetOnSave: true });
  const status = useId();
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      <SelectField
        name="line"
        label={t('pulses.bank.line')}
        defaultValue=""
        required
        error={fieldIsInvalid(state, 'line') ? t('pulses.errors.line') : undefined}
      >
        <option value="">—</option>
        {CONNECTION_LINES.map((line) => (
          <option key={line} value={line}>
            {line} · {t(`lines.${line}.name`)}
          </option>
        ))}
      </SelectField>
      <ItemTextFields state={state} />
      <SubmitButton pending={pending} label={t('pulses.bank.create')} pendingLabel={t('pulses.bank.create')} />
      <FormStatus id={status} state={state} namespace="pulses" saved={t('pulses.bank.created')} />
    </form>
  );
}

/** Rewords an existing question; its line stays. */
export function SurveyItemTextForm({ item }: { item: { id: number; textNl: string; textEn: string } }) {
  const t = useTranslations('pulses');
  const { state, pending, form } = useValidatedAction(surveyItemTextForm, updateItemAction);
  const status = useId();
  return (
    <form {...form} noValidate aria-describedby={status} className="space-y-3">
      <input type="hidden" name="itemId" value={item.id} />
      <ItemTextFields state={state} item={item} />
      <SubmitButton pending={pending} label={t('item.save')} pendingLabel={t('item.save')} />
      <FormStatus id={status} state={state} namespace="pulses" saved={t('item.saved')} />
    </form>
  );
}

function ItemTextFields({
  state,
  item,
}: {
  state: Parameters<typeof fieldIsInvalid>[0];
  item?: { textNl: string; textEn: string };
}) {
  const t = useTranslations('pulses');
  return (
    <>
      <TextField
        name="textNl"
        lang="nl"
        label={t('bank.textNl')}
        defaultValue={item?.textNl}
        maxLength={ITEM_TEXT_MAX}
        required
        error={fieldIsInvalid(state, 'textNl') ? t('errors.textNl') : undefined}
      />
      <TextField
        name="textEn"
        lang="en"
        label={t('bank.textEn')}
        defaultValue={item?.textEn}
        maxLength={ITEM_TEXT_MAX}
        required
        error={fieldIsInvalid(state, 'textEn') ? t('errors.textEn') : undefined}
      />
    </>
  );
}
