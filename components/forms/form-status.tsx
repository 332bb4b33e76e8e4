'use client';
import { useTranslations } from 'next-intl';
import { type ActionState, genericRefusal } from '@/lib/domain/forms/action-state';

/** The namespaces whose `form` and `refused` messages the status reads. */
export type FormNamespace = 'people' | 'pulses' | 'admin' | 'alerts';

/** The live region that says whether a form's change was saved, and if not, why. */
export function FormStatus({
  id,
  state,
  namespace,
  saved,
  savedIsProblem = false,
}: {
  id: string;
  state: ActionState<unknown>;
  namespace: FormNamespace;
  saved?: string;
  savedIsProblem?: boolean;
}) {
  const t = useTranslations(namespace) as unknown as { (key: string): string; has: (key: string) => boolean };
  const message = messageFor(state, t);
  const ok = state.status === 'saved' && !savedIsProblem;
  return (
    <div id={id} role="status" aria-live="polite">
      {message ? (
        <p className={`rounded-md px-3 py-2 text-sm ${ok ? 'bg-brand-50 text-brand-900' : 'bg-red-50 text-red-800'}`}>
          {state.status === 'saved' && saved ? saved : message}
        </p>
      ) : null}
    </div>
  );
}

function messageFor(
  state: ActionState<unknown>,
  t: { (key: string): string; has: (key: string) => boolean },
): string | null {
  switch (state.status) {
    case 'idle':
      return null;
    case 'saved':
      return t('form.saved');
    case 'invalid':
      return t('form.invalid');
    case 'failed':
      return t('form.failed');
    case 'refused': {
      const generic = genericRefusal(state.reason);
      if (generic) return t(`form.${generic}`);
      return t.has(`refused.${state.reason}`) ? t(`refused.${state.reason}`) : t('form.conflict');
    }
  }
}
