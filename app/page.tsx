import { forbidden, redirect } from 'next/navigation';
import { getViewer } from '@/lib/server/access/session';
import { homeFor } from '@/lib/domain/permissions';

export default async function HomePage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  const home = homeFor(viewer.roles);
  if (!home) forbidden();
  redirect(home);
}
