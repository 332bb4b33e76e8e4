import 'server-only';
import { getDb } from '@/db';
import { AppError } from '@/lib/domain/errors';
import { type PersonDetails, readPersonDetails } from '@/lib/queries/people/person-details';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export type { PersonDetails };

/** A person as HR manages them: roles, team history, what they lead. Whether and how they answered is never part of it. */
export async function getPersonDetails(viewer: Viewer, personId: number): Promise<PersonDetails> {
  assertPermission(viewer, 'org:manage');
  const person = await readPersonDetails(await getDb(), personId);
  if (!person) throw new AppError('not_found', 'There is no person with this id.');
  return person;
}
