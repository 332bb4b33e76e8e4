'use server';
import { movePerson } from '@/lib/server/people/move-person';
import { changeActivation } from '@/lib/server/people/person-activation';
import { type PeopleFile, applyPeopleImport, previewPeopleImport } from '@/lib/server/people/people-import';
import type { ActionState } from '@/lib/domain/forms/action-state';
import { runFormAction } from '@/lib/server/next/run-form-action';
import { personActivationForm, teamMoveForm } from '@/lib/domain/people/person-schemas';
import { type ImportView, importView } from '@/lib/domain/people-import/import-view';
import { peopleImportForm } from '@/lib/domain/people-import/people-import-form';

const PEOPLE = ['/org/people', '/org/structure'];

export async function movePersonAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runFormAction(form, {
    contract: teamMoveForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      await movePerson(viewer, input);
      return null;
    },
    revalidate: PEOPLE,
  });
}

/** Deactivates or reactivates; the result says which, for the message. */
export async function personActivationAction(
  _previous: ActionState<{ active: boolean }>,
  form: FormData,
): Promise<ActionState<{ active: boolean }>> {
  return runFormAction(form, {
    contract: personActivationForm,
    permission: 'org:manage',
    change: changeActivation,
    revalidate: PEOPLE,
  });
}

/** A dry run, or applying a file (CSV or XLSX) whose dry run was shown; invalid rows come back in the view either way. */
export async function importPeopleAction(
  _previous: ActionState<ImportView>,
  form: FormData,
): Promise<ActionState<ImportView>> {
  return runFormAction(form, {
    contract: peopleImportForm,
    permission: 'org:manage',
    change: async (viewer, input) => {
      const file: PeopleFile =
        input.xlsx === null
          ? { kind: 'csv', text: input.csv }
          : { kind: 'xlsx', bytes: Buffer.from(input.xlsx, 'base64') };
      const result =
        input.mode === 'apply'
          ? await applyPeopleImport(viewer, file, input.digest)
          : await previewPeopleImport(viewer, file);
      return importView(result.plan, result.applied, result.digest);
    },
    revalidate: PEOPLE,
  });
}
