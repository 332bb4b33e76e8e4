import type { RunningServer } from '../support/next-server';
import { signIn } from '../support/credentials-sign-in';
import { builtActionId, postFormAction } from './server-action';

export interface SettingsCoherenceResult {
  /** The anonymity thresholds an admin saved through the first server, as HR's next request to each other server read them. */
  thresholds: { saved: number; seen: Record<string, number> };
  /** An employee's HR-only request to each other server (403)… */
  roleBefore: Record<string, number>;
  /** …once HR was granted through the first server: with the session from before, which a role change ends (401)… */
  grantedOldSession: Record<string, number>;
  /** …with a session signed in again on the second server (200)… */
  grantedNewSession: Record<string, number>;
  /** …and with that session once HR was revoked through the first server (401 or 403). */
  revoked: Record<string, number>;
  pass: boolean;
}

const ADMIN_ACTIONS = 'app/(signed-in)/admin/actions.ts';

/**
 * A threshold change and a role change made through one app server must hold on the next request
 * to every other: no server keeps a copy of either.
 */
export async function checkSettingsCoherence(options: {
  root: string;
  servers: RunningServer[];
  admin: string;
  hr: string;
  employee: { personId: number; email: string; cookie: string };
  password: string;
}): Promise<SettingsCoherenceResult> {
  const [first, ...others] = options.servers as [RunningServer, ...RunningServer[]];
  const action = (name: string, fields: Record<string, string>) =>
    postFormAction(first.origin, '/admin', builtActionId(options.root, ADMIN_ACTIONS, name), options.admin, fields);
  const pulseSettings = (server: RunningServer, cookie: string) =>
    fetch(`${server.origin}/api/v1/pulse-settings`, { headers: { cookie }, signal: AbortSignal.timeout(15_000) });
  const thresholdsOn = async (server: RunningServer) => {
    const response = await pulseSettings(server, options.hr);
    if (!response.ok) throw new Error(`GET /api/v1/pulse-settings as HR answered ${response.status}`);
    return ((await response.json()) as { thresholds: { minGroupSize: number; commentMinGroupSize: number } })
      .thresholds;
  };
  const statusesOn = async (cookie: string) =>
    Object.fromEntries(
      await Promise.all(
        others.map(async (server) => {
          const response = await pulseSettings(server, cookie);
          await response.arrayBuffer();
          return [server.name, response.status] as const;
        }),
      ),
    );
  const expectSaved = async (state: Promise<{ status: string }>, what: string) => {
    const { status } = await state;
    if (status !== 'saved') throw new Error(`${what} through ${first.name} answered ${status}`);
  };

  const before = await thresholdsOn(first);
  const saved = before.minGroupSize + 1;
  const saveThresholds = (minGroupSize: number, commentMinGroupSize: number) =>
    expectSaved(
      action('saveThresholdsAsAdminAction', {
        minGroupSize: String(minGroupSize),
        commentMinGroupSize: String(commentMinGroupSize),
      }),
      'saving the thresholds',
    );
  let seen: Record<string, number>;
  try {
    await saveThresholds(saved, Math.max(saved, before.commentMinGroupSize));
    seen = Object.fromEntries(
      await Promise.all(
        others.map(async (server) => [server.name, (await thresholdsOn(server)).minGroupSize] as const),
      ),
    );
  } finally {
    await saveThresholds(before.minGroupSize, before.commentMinGroupSize);
  }

  const roleBefore = await statusesOn(options.employee.cookie);
  await expectSaved(action('grantRoleAction', { email: options.employee.email, role: 'hr' }), 'granting HR');
  const grantedOldSession = await statusesOn(options.employee.cookie);
  const signedInAgain = await signIn(others[0]!.origin, options.employee.email, options.password);
  const grantedNewSession = await statusesOn(signedInAgain);
  await expectSaved(
    action('revokeRoleAction', { personId: String(options.employee.personId), role: 'hr' }),
    'revoking HR',
  );
  const revoked = await statusesOn(signedInAgain);
  const all = (statuses: Record<string, number>, ...allowed: number[]) =>
    Object.values(statuses).every((status) => allowed.includes(status));
  return {
    thresholds: { saved, seen },
    roleBefore,
    grantedOldSession,
    grantedNewSession,
    revoked,
    pass:
      Object.values(seen).every((value) => value === saved) &&
      all(roleBefore, 403) &&
      all(grantedOldSession, 401) &&
      all(grantedNewSession, 200) &&
      all(revoked, 401, 403),
  };
}
