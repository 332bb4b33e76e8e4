'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { removeLeadershipAction } from '@/app/(signed-in)/org/structure/actions';
import { FormStatus } from '@/components/forms/form-status';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { leadershipRemovalForm } from '@/lib/domain/organisation/organisation-schemas';

/** A person's name with a button that ends their leadership of this team or department. */
export function RemoveLeadershipButton({
  unit,
  unitId,
  person,
}: {
  unit: 'team' | 'department';
  unitId: number;
  person: { personId: number; name: string; active: boolean };
}) {
  const t = useTranslations('people.structure');
  const { state, pending, form } = useValidatedAction(leadershipRemovalForm, removeLeadershipAction);
  const status = useId();
  return (
    <form {...form} aria-describedby={status} className="inline-flex flex-wrap items-center gap-1">
      <input type="hidden" name="unit" value={unit} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="personId" value={person.personId} />
      <span>
        {person.name}
        {person.active ? null : <span className="text-slate-600"> ({t('inactive')})</span>}
      </span>
      <button
        type="submit"
        disabled={pending}
        aria-label={t('remove', { name: person.name })}
        className="rounded px-1.5 text-lg leading-none text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        ×
      </button>
      <FormStatus id={status} state={state.status === 'saved' ? { status: 'idle' } : state} namespace="people" />
    </form>
  );
}
