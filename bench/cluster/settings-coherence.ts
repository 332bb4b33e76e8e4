import type { RunningServer } from '../support/next-server';
import { builtActionId, postFormAction } from './server-action';

export interface SettingsCoherenceResult {
  /** The anonymity thresholds an admin saved through the first server, as HR's next request to each other server read them. */
  thresholds: { saved: number; seen: Record<string, number> };
  /** HR granted to an employee through the first server: their next request to each other server, allowed (200) or not. */
  roleGranted: Record<string, number>;
  /** The same role revoked through the first server: their next request to each other server (403). */
  roleRevoked: Record<string, number>;
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
  const allowedOn = async () =>
    Object.fromEntries(
      await Promise.all(
        others.map(async (server) => {
          const response = await pulseSettings(server, options.employee.cookie);
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

  const refusedBefore = await allowedOn();
  await expectSaved(action('grantRoleAction', { email: options.employee.email, role: 'hr' }), 'granting HR');
  const roleGranted = await allowedOn();
  await expectSaved(
    action('revokeRoleAction', { personId: String(options.employee.personId), role: 'hr' }),
    'revoking HR',
  );
  const roleRevoked = await allowedOn();
  const all = (statuses: Record<string, number>, status: number) =>
    Object.values(statuses).every((value) => value === status);
  return {
    thresholds: { saved, seen },
    roleGranted,
    roleRevoked,
    pass:
      Object.values(seen).every((value) => value === saved) &&
      all(refusedBefore, 403) &&
      all(roleGranted, 200) &&
      all(roleRevoked, 403),
  };
}
