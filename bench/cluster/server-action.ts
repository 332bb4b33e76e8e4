import { readFileSync } from 'node:fs';
import path from 'node:path';
import { actionArguments, actionResult } from '@/e2e/support/authorization-requests';

/** The id Next gave a server action in the production build in `root` (the value of its `Next-Action` header). */
export function builtActionId(root: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`${file}#${exportedName} is not in the build: build again`);
  return found[0];
}

/**
 * Posts a form action of `useActionState` (previous state and form) to `page` on `origin`, as the
 * page's form would, and returns the state it answered.
 */
export async function postFormAction(
  origin: string,
  page: string,
  actionId: string,
  cookie: string,
  fields: Record<string, string>,
): Promise<{ status: string }> {
  const response = await fetch(`${origin}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin, 'sec-fetch-site': 'same-origin', cookie, 'next-action': actionId, accept: 'text/x-component' },
    body: actionArguments(2, fields),
    signal: AbortSignal.timeout(15_000),
  });
  const answered = actionResult(await response.text());
  if (response.status !== 200 || !answered.returned)
    throw new Error(`the action on ${origin}${page} answered ${response.status} without a state`);
  return answered.value as { status: string };
}
