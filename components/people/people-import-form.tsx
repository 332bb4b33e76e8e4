'use client';
import { useTranslations } from 'next-intl';
import { type ChangeEvent, useId, useState } from 'react';
import { importPeopleAction } from '@/app/(signed-in)/org/people/actions';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import type { ImportView } from '@/lib/domain/people-import/import-view';
import { XLSX_CONTENT_TYPE, peopleImportForm } from '@/lib/domain/people-import/people-import-form';
import { ImportResult } from './import-result';

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * Reads a chosen CSV file into the text field (which can also be pasted into), or keeps a chosen
 * XLSX workbook to send as it is, runs a dry run, and
 * offers to apply exactly what the dry run showed when it found no errors.
 */
export function PeopleImportForm() {
  const t = useTranslations('people');
  const { state, pending, form } = useValidatedAction(peopleImportForm, importPeopleAction);
  const [csv, setCsv] = useState('');
  const [workbook, setWorkbook] = useState<{ name: string; base64: string } | null>(null);
  const ids = { file: useId(), text: useId(), status: useId(), error: useId() };
  const view = state.status === 'saved' ? state.result : null;
  const canApply = view !== null && !view.applied && view.errorCount === 0;
  const invalid = fieldIsInvalid(state, 'csv');

  function summaryOf(result: ImportView): string {
    if (result.errorCount > 0) return t('import.errorsTitle', { count: result.errorCount });
    if (result.warningCount > 0 && !result.applied)
      return `${t('import.planTitle')}. ${t('import.warningsTitle', { count: result.warningCount })}`;
    return result.applied ? `${t('import.appliedTitle')}. ${t('import.appliedIntro')}` : t('import.planTitle');
  }

  /** A CSV file fills the text field; a workbook is sent as it is, and the server reads its first sheet. */
  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (/\.xlsx$/i.test(file.name) || file.type === XLSX_CONTENT_TYPE) {
      setWorkbook({ name: file.name, base64: await base64Of(file) });
      setCsv('');
    } else {
      setWorkbook(null);
      setCsv(await file.text());
    }
  }

  return (
    <div className="space-y-6">
      <form
        {...form}
        noValidate
        aria-describedby={ids.status}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <div>
          <label htmlFor={ids.file} className="block text-sm font-medium text-slate-800">
            {t('import.file')}
          </label>
          <input
            id={ids.file}
            type="file"
            accept={`.csv,.xlsx,text/csv,text/plain,${XLSX_CONTENT_TYPE}`}
            onChange={(event) => void readFile(event)}
            className="mt-1 block text-sm"
          />
        </div>
        <div>
          <label htmlFor={ids.text} className="block text-sm font-medium text-slate-800">
            {t('import.paste')}
          </label>
          <textarea
            id={ids.text}
            name="csv"
            rows={8}
            value={csv}
            onChange={(event) => {
              setCsv(event.target.value);
              setWorkbook(null);
            }}
            spellCheck={false}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? ids.error : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          />
          {invalid ? (
            <p id={ids.error} className="mt-1 text-sm text-red-800">
              {t('errors.csv')}
            </p>
          ) : null}
        </div>
        {workbook ? (
          <p className="text-sm text-slate-700" role="status">
            {t('import.workbook', { name: workbook.name })}
          </p>
        ) : null}
        <input type="hidden" name="xlsx" value={workbook?.base64 ?? ''} />
        <input type="hidden" name="digest" value={canApply ? view.digest : ''} />
        <div className="flex flex-wrap gap-3">
          <SubmitButton
            pending={pending}
            name="mode"
            value="dry-run"
            label={t('import.dryRun')}
            pendingLabel={t('import.dryRunning')}
            variant={canApply ? 'secondary' : 'primary'}
          />
          {canApply ? (
            <SubmitButton
              pending={pending}
              name="mode"
              value="apply"
              label={t('import.apply')}
              pendingLabel={t('import.applying')}
            />
          ) : null}
        </div>
        <FormStatus
          id={ids.status}
          state={state}
          namespace="people"
          saved={view ? summaryOf(view) : undefined}
          savedIsProblem={(view?.errorCount ?? 0) > 0}
        />
      </form>
      {view ? <ImportResult view={view} /> : null}
    </div>
  );
}
