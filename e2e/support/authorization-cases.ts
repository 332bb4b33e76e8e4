import type { DemoIds } from './authorization-demo-ids';
import type { DemoRole, MatrixRole } from './authorization-roles';

/** What the authorization matrix expects of a request, and the helpers its tables are written with. */
export type Outcome =
  /** An HTTP status, with no redirect. */
  | 200
  | 401
  | 403
  | 404
  | 409
  | 422
  /** A redirect (HTTP, or a server action's) to the sign-in page. */
  | 'login'
  /** A redirect to the page the role lands on after signing in. */
  | 'home'
  | { redirect: string }
  | { status: number; json: unknown }
  /** What a server action returned (its fields; others may be there too). */
  | { returned: unknown }
  /**
   * Not sent for this role, and why: only for a request that would end every session of a demo
   * account, which the other specs share.
   */
  | { notSent: string };

export interface Case {
  /** What the case asks for, in words, for the failure messages. */
  label?: string;
  /** Values for the dynamic segments (of the page a server action is posted to), from the demo data. */
  params?: (ids: DemoIds) => Record<string, string>;
  query?: (ids: DemoIds) => string;
  /** A route handler's body, with the content type a browser form or fetch would send. */
  body?: (ids: DemoIds) => { contentType: string; data: string };
  /** A server action's form fields: input it refuses after its authorization check, or a change no other spec sees. */
  form?: (ids: DemoIds) => Record<string, string>;
  /** It ends the session it runs in (signing out): it runs last, in a session of its own. */
  endsSession?: boolean;
  outcomes: Record<MatrixRole, Outcome>;
}

type Granted = Partial<Record<DemoRole, Outcome>>;
const DEMO_ROLES: DemoRole[] = ['employee', 'leader', 'head', 'hr', 'admin'];
const each = (outcome: Outcome) =>
  Object.fromEntries(DEMO_ROLES.map((role) => [role, outcome])) as Record<DemoRole, Outcome>;

/** Without a session, and with a deactivated person's, one outcome; signed in, another. */
export const bySession = (signedOut: Outcome, signedIn: Outcome): Record<MatrixRole, Outcome> => ({
  anonymous: signedOut,
  deactivated: signedOut,
  ...each(signedIn),
});
export const everyone = (outcome: Outcome) => bySession(outcome, outcome);
/** A page behind sign-in: to /login without a live session, the 403 page for a role not granted. */
export const page = (granted: Granted) => ({ ...bySession('login', 403), ...granted });
/** A JSON or CSV API: 401 without a live session, 403 for a role not granted. */
export const api = (granted: Granted) => ({ ...bySession(401, 403), ...granted });

/**
 * A form's server action run through `runFormAction` (lib/server/next/run-form-action.ts), the
 * leader's actions among them: refused as `{ status: 'refused', reason }` before its input is read. Anonymous visitors never reach it: the
 * proxy sends them to /login from the page it is posted to.
 */
const REFUSED = { returned: { status: 'refused', reason: 'forbidden' } };
const SIGNED_OUT = { returned: { status: 'refused', reason: 'unauthenticated' } };
/** Past the authorization check, the empty form is refused for its fields: nothing changes. */
export const INVALID = { returned: { status: 'invalid' } };
export const formAction = (granted: Granted): Record<MatrixRole, Outcome> => ({
  anonymous: 'login',
  deactivated: SIGNED_OUT,
  ...each(REFUSED),
  ...granted,
});
export const hrForm = formAction({ hr: INVALID });
export const adminForm = formAction({ admin: INVALID });

/** A label for a case whose id no row has. */
export const MISSING = 'an id no row has';
