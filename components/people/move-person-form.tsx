'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { movePersonAction } from '@/app/(signed-in)/org/people/actions';
import { SelectField, TextField } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useValidatedAction } from '@/components/forms/use-validated-action';
import { fieldIsInvalid } from '@/lib/domain/forms/action-state';
import { teamMoveForm } from '@/lib/domain/people/person-schemas';

export interface TeamGroup {
  /** The department's path, such as "Productie › Logistiek". */
  label: string;
  teams: { id: number; name: string }[];
}

export function MovePersonForm({
  personId,
  currentTeamId,
  groups,
  today,
}: {
  personId: number;
  currentTeamId: number | null;
  groups: TeamGroup[];
  today: string;
}) {
  const t = useTranslations('people');
  const { state, pending, form } = useValidatedAction(teamMoveForm, movePersonAction);
  const status = useId();
  return (
    <form
      {...form}
      noValidate
      aria-describedby={status}
      className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
    >
      <input type="hidden" name="personId" value={personId} />
      <SelectField
        name="teamId"
        label={t('person.moveTeam')}
        defaultValue={currentTeamId ?? ''}
        error={fieldIsInvalid(state, 'teamId') ? t('errors.teamId') : undefined}
      >
        {currentTeamId === null ? <option value="">—</option> : null}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField
        name="date"
        type="date"
        label={t('person.moveDate')}
        hint={t('person.moveDateHint')}
        defaultValue={today}
        max={today}
        error={fieldIsInvalid(state, 'date') ? t('errors.date') : undefined}
      />
      <SubmitButton pending={pending} label={t('person.moveSubmit')} pendingLabel={t('person.moveSubmit')} />
      <div className="sm:col-span-3">
        <FormStatus id={status} state={state} namespace="people" saved={t('person.moveSaved')} />
      </div>
    </form>
  );
}
