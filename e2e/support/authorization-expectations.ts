import type { DemoIds } from './authorization-demo-ids';
import type { DemoRole, MatrixRole } from './authorization-roles';
import type { SurfaceId } from './authorization-surface';

/**
 * What every page, route handler method and server action must answer to each role: the one
 * table of the authorization matrix (e2e/authorization-matrix.spec.ts), keyed by the ids the code
 * enumeration gives (e2e/support/authorization-surface.ts). Access is denied unless granted: the
 * helpers below start from the refusal of their kind, and an entry names who gets more.
 */
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
const bySession = (signedOut: Outcome, signedIn: Outcome): Record<MatrixRole, Outcome> => ({
  anonymous: signedOut,
  deactivated: signedOut,
  ...each(signedIn),
});
const everyone = (outcome: Outcome) => bySession(outcome, outcome);
/** A page behind sign-in: to /login without a live session, the 403 page for a role not granted. */
const page = (granted: Granted) => ({ ...bySession('login', 403), ...granted });
/** A JSON or CSV API: 401 without a live session, 403 for a role not granted. */
const api = (granted: Granted) => ({ ...bySession(401, 403), ...granted });

/**
 * A form's server action run through `runFormAction` (lib/server/next/run-form-action.ts), the
 * leader's actions among them: refused as `{ status: 'refused', reason }` before its input is read. Anonymous visitors never reach it: the
 * proxy sends them to /login from the page it is posted to.
 */
const REFUSED = { returned: { status: 'refused', reason: 'forbidden' } };
const SIGNED_OUT = { returned: { status: 'refused', reason: 'unauthenticated' } };
/** Past the authorization check, the empty form is refused for its fields: nothing changes. */
const INVALID = { returned: { status: 'invalid' } };
const formAction = (granted: Granted): Record<MatrixRole, Outcome> => ({
  anonymous: 'login',
  deactivated: SIGNED_OUT,
  ...each(REFUSED),
  ...granted,
});
const hrForm = formAction({ hr: INVALID });
const adminForm = formAction({ admin: INVALID });

/** Only a person's page has these forms: the action is posted from employee@'s. */
const fromPersonPage = (ids: DemoIds) => ({ personId: String(ids.person) });

/** Those who hold the employee role: everyone but admin@, who answers no pulses. */
const ANSWERING = { employee: 200, leader: 200, head: 200, hr: 200 } as const;
const teamId = (pick: (ids: DemoIds) => number) => (ids: DemoIds) => ({ teamId: String(pick(ids)) });
const MISSING = 'an id no row has';
const IMPORT_HEADER = 'email,name,department,team,role,leader_email';

const TEAM_CASES = {
  led: { label: 'Servicedesk, which leader@ leads', params: teamId((ids) => ids.team.led) },
  headed: { label: 'a team in the department below the one head@ heads', params: teamId((ids) => ids.team.headed) },
  own: { label: "Applicatiebeheer, employee@'s team, which leader@ leads too", params: teamId((ids) => ids.team.own) },
  missing: { label: MISSING, params: teamId((ids) => ids.missing) },
};

const UNITS = {
  org: { label: 'the organisation', query: () => 'unit=org&period=month' },
  headed: {
    label: 'Productie, which head@ heads',
    query: (ids: DemoIds) => `unit=department:${ids.department.headed}&period=month`,
  },
  nested: {
    label: 'the department below Productie',
    query: (ids: DemoIds) => `unit=department:${ids.department.nested}&period=month`,
  },
  other: {
    label: 'a department head@ does not head',
    query: (ids: DemoIds) => `unit=department:${ids.department.other}&period=month`,
  },
  missing: { label: MISSING, query: (ids: DemoIds) => `unit=department:${ids.missing}&period=month` },
};
const unitCases = [
  { ...UNITS.org, outcomes: api({ hr: 200 }) },
  { ...UNITS.headed, outcomes: api({ hr: 200, head: 200 }) },
  { ...UNITS.nested, outcomes: api({ hr: 200, head: 200 }) },
  { ...UNITS.other, outcomes: api({ hr: 200 }) },
  { ...UNITS.missing, outcomes: api({ hr: 404 }) },
];

/** One answer to a pulse of eight questions: refused for the missing answers once the person may answer it. */
const oneAnswer = (ids: DemoIds) => ({
  contentType: 'application/json',
  data: JSON.stringify({ answers: [{ itemId: ids.pulse.openItem, score: 3 }] }),
});
const submittable = (status: 404 | 409 | 422) => api({ employee: status, leader: status, head: status, hr: status });

/** A month whose comments the demo shows or not: either way the state of the month, for whoever may see the team. */
const COMMENT_MONTH = () => 'period=month&at=2026-10';
/** A well-formed comment id no comment has. */
const NO_COMMENT = '00000000-0000-4000-8000-000000000000';
const oneReply = () => ({ contentType: 'application/json', data: JSON.stringify({ body: 'Dank je.' }) });

export const EXPECTATIONS: Record<SurfaceId, Case | Case[]> = {
  'page /': { outcomes: bySession('login', 'home') },
  'page /login': { outcomes: bySession(200, 'home') },
  'page /survey': { outcomes: page(ANSWERING) },
  'page /me': { outcomes: page(ANSWERING) },
  'page /team': { outcomes: page({ leader: 200, head: 200 }) },
  'page /team/[teamId]': [
    { ...TEAM_CASES.led, outcomes: page({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: page({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: page({ leader: 200, hr: 200 }) },
    // A team outside a leader's scope is refused; one that does not exist is not found, by anyone.
    { ...TEAM_CASES.missing, outcomes: bySession('login', 404) },
  ],
  'page /alerts': { outcomes: page({ leader: 200, head: 200 }) },
  'page /org': { outcomes: page({ hr: 200 }) },
  'page /org/departments/[id]': [
    {
      label: UNITS.headed.label,
      params: (ids) => ({ id: String(ids.department.headed) }),
      outcomes: page({ hr: 200, head: 200 }),
    },
    {
      label: UNITS.nested.label,
      params: (ids) => ({ id: String(ids.department.nested) }),
      outcomes: page({ hr: 200, head: 200 }),
    },
    { label: UNITS.other.label, params: (ids) => ({ id: String(ids.department.other) }), outcomes: page({ hr: 200 }) },
    { label: MISSING, params: (ids) => ({ id: String(ids.missing) }), outcomes: page({ hr: 404 }) },
  ],
  'page /org/people': { outcomes: page({ hr: 200 }) },
  'page /org/people/[personId]': [
    { label: 'employee@', params: (ids) => ({ personId: String(ids.person) }), outcomes: page({ hr: 200 }) },
    { label: MISSING, params: (ids) => ({ personId: String(ids.missing) }), outcomes: page({ hr: 404 }) },
  ],
  'page /org/people/import': { outcomes: page({ hr: 200 }) },
  'page /org/pulses': { outcomes: page({ hr: 200 }) },
  'page /org/pulses/items/[itemId]': [
    {
      label: 'a question of the bank',
      params: (ids) => ({ itemId: String(ids.surveyItem) }),
      outcomes: page({ hr: 200 }),
    },
    { label: MISSING, params: (ids) => ({ itemId: String(ids.missing) }), outcomes: page({ hr: 404 }) },
  ],
  'page /org/structure': { outcomes: page({ hr: 200 }) },
  'page /admin': { outcomes: page({ admin: 200 }) },
  'page /admin/audit': { outcomes: page({ admin: 200 }) },

  'GET /api/health': { outcomes: everyone(200) },
  // Auth.js's own session endpoint: a session that has ended (a deactivated person's) is no session.
  'GET /api/auth/[...nextauth]': {
    label: 'the session',
    params: () => ({ nextauth: 'session' }),
    outcomes: bySession({ status: 200, json: null }, { status: 200, json: { user: {} } }),
  },
  'POST /api/auth/[...nextauth]': {
    label: "signing out without the CSRF token of Auth.js's own form",
    params: () => ({ nextauth: 'signout' }),
    body: () => ({ contentType: 'application/x-www-form-urlencoded', data: 'callbackUrl=%2Flogin' }),
    outcomes: everyone('login'),
  },
  'GET /api/v1/admin/audit': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/admin/overview': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/admin/roles': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/departments': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/export/aggregates.csv': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/export/aggregates.xlsx': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/export/audit.csv': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/export/heatmap.csv': unitCases,
  'GET /api/v1/export/heatmap.xlsx': unitCases,
  'GET /api/v1/heatmap': unitCases,
  'GET /api/v1/me': { outcomes: api({ ...ANSWERING, admin: 200 }) },
  'GET /api/v1/me/answers': { outcomes: api(ANSWERING) },
  'GET /api/v1/me/memberships': { outcomes: api(ANSWERING) },
  'GET /api/v1/me/team-score': { outcomes: api(ANSWERING) },
  'GET /api/v1/people/import/template': { outcomes: api({ hr: 200 }) },
  'POST /api/v1/people/import': {
    label: 'a dry run of a file with an invalid row',
    query: () => 'mode=dry-run',
    body: () => ({
      contentType: 'text/csv',
      data: `${IMPORT_HEADER}\nnot-an-email,Autorisatiematrix,Nergens,Niemand,,`,
    }),
    outcomes: api({ hr: 200 }),
  },
  'GET /api/v1/people': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/pulse-settings': { outcomes: api({ hr: 200 }) },
  'PUT /api/v1/pulses/[pulseId]/response': [
    {
      label: 'one answer to the open pulse',
      params: (ids) => ({ pulseId: String(ids.pulse.open) }),
      body: oneAnswer,
      outcomes: submittable(422),
    },
    {
      label: 'one answer to a closed pulse',
      params: (ids) => ({ pulseId: String(ids.pulse.closed) }),
      body: oneAnswer,
      outcomes: submittable(409),
    },
    {
      label: MISSING,
      params: (ids) => ({ pulseId: String(ids.missing) }),
      body: oneAnswer,
      outcomes: submittable(404),
    },
  ],
  'GET /api/v1/pulses/current': { outcomes: api(ANSWERING) },
  'GET /api/v1/survey-items': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/teams': { outcomes: api({ leader: 200, head: 200 }) },
  // Participation is for those who look after a team, not for its members.
  'GET /api/v1/teams/[teamId]/participation': [
    { ...TEAM_CASES.led, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, outcomes: bySession(401, 404) },
  ],
  // A team's comments and their conversations are for HR and its leaders, not for its members.
  'GET /api/v1/teams/[teamId]/comments': [
    { ...TEAM_CASES.led, query: COMMENT_MONTH, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, query: COMMENT_MONTH, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, query: COMMENT_MONTH, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, query: COMMENT_MONTH, outcomes: bySession(401, 404) },
  ],
  // A comment nobody may see answers as one that does not exist, to whoever asks: it gives nothing away.
  'POST /api/v1/comments/[commentId]/replies': {
    label: NO_COMMENT,
    params: () => ({ commentId: NO_COMMENT }),
    body: oneReply,
    outcomes: bySession(401, 404),
  },
  'GET /api/v1/me/conversations': { outcomes: bySession(401, 200) },
  'POST /api/v1/me/conversations/[commentId]/answers': {
    label: NO_COMMENT,
    params: () => ({ commentId: NO_COMMENT }),
    body: oneReply,
    outcomes: bySession(401, 404),
  },
  // A team's report holds what its page shows: for HR and its leaders, as that page.
  'GET /api/v1/teams/[teamId]/report.pdf': [
    { ...TEAM_CASES.led, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, outcomes: bySession(401, 404) },
  ],
  // A team's results are for HR, its leaders, and its own members.
  'GET /api/v1/teams/[teamId]/trends': [
    { ...TEAM_CASES.led, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: api({ employee: 200, leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, outcomes: bySession(401, 404) },
  ],

  'action app/(signed-in)/admin/actions.ts#saveThresholdsAsAdminAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#grantRoleAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#revokeRoleAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#retentionAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#roleHolderActivationAction': { outcomes: adminForm },
  'action app/(signed-in)/org/people/actions.ts#movePersonAction': { params: fromPersonPage, outcomes: hrForm },
  'action app/(signed-in)/org/people/actions.ts#personActivationAction': { params: fromPersonPage, outcomes: hrForm },
  'action app/(signed-in)/org/people/actions.ts#importPeopleAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#saveScheduleAction': { outcomes: hrForm },
  // HR's form for the thresholds; the admin has a form of their own, where thresholds may also go down.
  'action app/(signed-in)/org/pulses/actions.ts#saveThresholdsAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#createItemAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#updateItemAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#retireItemAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#saveMailTimingAction': { outcomes: hrForm },
  // Without the open pulse's id the press is refused for its field: the matrix reminds nobody.
  'action app/(signed-in)/org/pulses/actions.ts#sendReminderNowAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#saveDepartmentAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#saveTeamAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#addLeadershipAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#removeLeadershipAction': { outcomes: hrForm },
  // Signing in needs no session: an empty form is refused for its fields, whoever sends it.
  'action app/login/actions.ts#signInWithPassword': { outcomes: everyone({ returned: { error: 'invalid' } }) },
  // Without Microsoft configured (as in the e2e environment) Auth.js sends everyone to its sign-in route.
  'action app/login/actions.ts#signInWithMicrosoft': { outcomes: everyone({ redirect: '/api/auth/signin' }) },
  // The language is anyone's to choose; an unknown one changes nothing.
  'action app/actions.ts#setLocale': { form: () => ({ locale: 'xx' }), outcomes: everyone({ returned: undefined }) },
  // A valid form, so that the team decides: leader@ records an action on a team of theirs, head@ is refused it.
  'action app/(signed-in)/team/actions.ts#recordLeaderAction': {
    label: 'an action for Applicatiebeheer, which leader@ leads and head@ does not',
    form: (ids) => ({
      teamId: String(ids.team.own),
      line: '2',
      what: 'Autorisatiematrix: een gesprek over groei',
      owner: 'Autorisatiematrix',
      dueDate: '',
    }),
    outcomes: formAction({ leader: { returned: { status: 'saved' } } }),
  },
  'action app/(signed-in)/team/actions.ts#markLeaderActionDone': {
    label: MISSING,
    form: (ids) => ({ actionId: String(ids.missing), done: 'true' }),
    outcomes: formAction({
      leader: { returned: { status: 'refused', reason: 'not_found' } },
      head: { returned: { status: 'refused', reason: 'not_found' } },
    }),
  },
  // Leaders and HR reply on comments, their authors answer; an empty reply is refused for its field.
  'action app/(signed-in)/team/conversation-actions.ts#replyToCommentAction': {
    outcomes: formAction({ leader: INVALID, head: INVALID, hr: INVALID }),
  },
  'action app/(signed-in)/me/conversation-actions.ts#answerConversationAction': {
    outcomes: formAction({ employee: INVALID, leader: INVALID, head: INVALID, hr: INVALID }),
  },
  // Alerts are a leader's own: an alert no row has is not found; a choice it does not know changes nothing.
  'action app/(signed-in)/alerts/actions.ts#openAlertAction': {
    label: MISSING,
    form: (ids) => ({ alertId: String(ids.missing) }),
    outcomes: formAction({
      leader: { returned: { status: 'refused', reason: 'not_found' } },
      head: { returned: { status: 'refused', reason: 'not_found' } },
    }),
  },
  'action app/(signed-in)/alerts/actions.ts#saveAlertPreferencesAction': {
    label: 'a kind of alert that does not exist',
    form: () => ({ kinds: 'everything' }),
    outcomes: formAction({ leader: INVALID, head: INVALID }),
  },
  'action app/(signed-in)/alerts/actions.ts#saveAlertSettingsAction': {
    label: 'a switch that is neither on nor off',
    form: () => ({ leaderEmails: 'maybe' }),
    outcomes: hrForm,
  },
  'action app/(signed-in)/actions.ts#signOutAction': { endsSession: true, outcomes: everyone('login') },
  'action app/(signed-in)/actions.ts#signOutEverywhereAction': {
    endsSession: true,
    outcomes: bySession('login', {
      notSent:
        'ends every session of the demo account, which other specs share (e2e/session-revocation.spec.ts signs out everywhere as a person of its own)',
    }),
  },
};
